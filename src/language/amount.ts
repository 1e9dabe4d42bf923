import { isNumberWord, NUMBER_JOINERS, parseNumberWord } from './numberWords';
import { normalize } from './normalize';

export interface Amount {
  euros: number;
  approximate: boolean;
  range?: { min: number; max: number };
}

/** Words that make an amount an estimate. */
const APPROXIMATE = ['ongeveer', 'circa', 'ca', 'rond', 'rondom', 'zon', 'zo n', 'ruim', 'bijna', 'plusminus', 'plus minus', 'pakweg', 'grofweg', 'zowat', 'ergens', 'iets meer dan', 'iets minder dan', 'meer dan', 'minder dan', 'minstens', 'hooguit', 'max', 'maximaal', 'een stuk of', 'schat', 'denk', 'gok', 'ofzo', 'of zo', 'een beetje'];
/** Slang and words for euros: they mark a number as money. */
const CURRENCY = new Set(['euro', 'euros', 'eur', 'e', 'eu', 'piek', 'pieken', 'knaken', 'ballen', 'pegels', 'euries', 'eurie', 'eurootjes', 'duiten', 'centen', 'poen', 'doekoe', 'flos', 'geld', 'saldo']);
/** Slang multipliers: "2 mille" is 2000, "een barkie" is 100, "een ton" is 100.000. */
const SLANG_FACTORS: Record<string, number> = { mille: 1000, milly: 1000, k: 1000, rug: 1000, ruggen: 1000, barkie: 100, barkies: 100, meier: 100, meiers: 100, ton: 100_000, tientje: 10, tientjes: 10, briefje: 50 };
/** Number words used as factors after a number: "1,5 duizend", "twee ton". */
const WORD_FACTORS: Record<string, number> = { honderd: 100, duizend: 1000, miljoen: 1e6, ...SLANG_FACTORS };
/** Vague quantities: "een paar honderd" is about 300. */
const FEW = ['een paar', 'paar', 'enkele', 'wat', 'een aantal', 'een stuk of wat'];
/** "ik heb geen inkomen", "geen flos", "helemaal niks". */
const ZERO_SENTENCE = /^(ik heb |ik krijg |ik verdien |heb )?(echt |helemaal |nog )?(geen|niks|niets|nul)( inkomen| geld| schulden| schuld| cent| euro| flos| poen| doekoe| knaken| pegels| money| loon| uitkering)?( meer)?$/;
const ZERO = new Set(['geen', 'niks', 'niets', 'nada', 'nul', 'noppes', 'geen cent', 'geen euro', 'helemaal niks', 'niet', 'nop']);

/** Turns digits as the Dutch write them into a number: "1.250,50", "1250,-", "1,5", "12.50", "1.250". */
export function parseDigits(token: string): number | null {
  let t = token.replace(/,-+$/, '').replace(/^€/, '');
  if (!/^\d[\d.,]*$/.test(t)) return null;
  t = t.replace(/[.,]$/, '');
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the later one is the decimal mark ("1.250,50"; "1,250.50" written the English way).
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    t = t.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    // Only commas: "1,5", "12,50" and "1,250" are decimals (Dutch); "1,250,000" groups thousands.
    const parts = t.split(',');
    t = parts.length > 2 ? parts.join('') : parts.join('.');
  } else if (lastDot >= 0) {
    // Only dots: "1.250" and "1.250.000" group thousands; "12.50" and "1.5" are decimals.
    const parts = t.split('.');
    const grouped = parts.slice(1).every((p) => p.length === 3);
    t = grouped ? parts.join('') : parts.length === 2 ? parts.join('.') : parts.join('');
  }
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

interface Found {
  value: number;
  start: number;
  end: number;
}

/** Tokens of normalised text, keeping digits with their separators: "€ 1.250,50" → ["1.250,50"]. */
function tokensOf(raw: string): string[] {
  const prepared = raw
    .slice(0, 500)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/€/g, ' euro ')
    .replace(/(\d),-+/g, '$1 ')
    .replace(/(\d)\s*k\b/g, '$1 k')
    .replace(/(\d)(?=[a-z])/g, '$1 ')
    .replace(/([a-z])(?=\d)/g, '$1 ')
    .replace(/\+\/-|\+-/g, ' plusminus ');
  return prepared
    .split(/[^a-z0-9.,']+/)
    .map((t) => t.replace(/^[.,']+|[.,']+$/g, '').replace(/'/g, ''))
    .filter((t) => t !== '');
}

/** Numbers in the tokens: digits (with a factor word after them) or runs of number words. */
function numbersIn(tokens: string[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const digits = parseDigits(tokens[i]);
    if (digits !== null) {
      let value = digits;
      let end = i + 1;
      while (end < tokens.length && tokens[end] in WORD_FACTORS) value *= WORD_FACTORS[tokens[end++]];
      found.push({ value, start: i, end });
      i = end - 1;
      continue;
    }
    if (isNumberWord(tokens[i], tokens[i + 1] !== undefined && (tokens[i + 1] in WORD_FACTORS || CURRENCY.has(tokens[i + 1]) || tokens[i + 1] === 'en'))) {
      let end = i;
      const parts: string[] = [];
      while (end < tokens.length && (isNumberWord(tokens[end], parts.length === 0) || (NUMBER_JOINERS.has(tokens[end]) && parts.length > 0 && end + 1 < tokens.length && isNumberWord(tokens[end + 1])))) {
        if (!NUMBER_JOINERS.has(tokens[end])) parts.push(tokens[end]);
        end++;
      }
      let value = parseNumberWord(parts.join(''));
      if (value === null) value = parts.map((p) => parseNumberWord(p) ?? 0).reduce((a, b) => a + b, 0);
      while (end < tokens.length && tokens[end] in SLANG_FACTORS) value *= SLANG_FACTORS[tokens[end++]];
      found.push({ value, start: i, end });
      i = end - 1;
      continue;
    }
    if (tokens[i] in SLANG_FACTORS && tokens[i].length > 1 && (i === 0 || tokens[i - 1] === 'een' || tokens[i - 1] === 'n')) {
      found.push({ value: SLANG_FACTORS[tokens[i]], start: i, end: i + 1 });
    }
  }
  return found;
}

const has = (text: string, phrases: readonly string[]) => phrases.some((p) => ` ${text} `.includes(` ${p} `));

/**
 * An amount of money from Dutch as people write and say it, or null. "Weet ik niet" is not an
 * amount (the caller checks it first); "geen" and "niks" are 0.
 */
export function readAmount(raw: string): Amount | null {
  const text = normalize(raw);
  if (text === '') return null;
  if (ZERO.has(text) || ZERO_SENTENCE.test(text)) return { euros: 0, approximate: false };

  const tokens = tokensOf(raw);
  const approximate = has(text, APPROXIMATE) || /\+\/-|\+-|±|~/.test(raw);

  // "een paar honderd", "paar duizend", "honderden", "duizenden"
  for (const few of FEW) {
    const m = ` ${text} `.match(new RegExp(` ${few} (honderd|duizend|tientjes|barkies|mille) `));
    if (m) return { euros: 3 * (m[1] === 'tientjes' ? 10 : WORD_FACTORS[m[1]]), approximate: true };
  }
  if (/\bhonderden\b/.test(text)) return { euros: 300, approximate: true };
  if (/\bduizenden\b/.test(text)) return { euros: 3000, approximate: true };

  const numbers = numbersIn(tokens);
  if (numbers.length === 0) return null;

  // A range: "tussen de 500 en 1000", "500 tot 1000", "500-1000", "500 a 600"
  if (numbers.length >= 2) {
    const [a, b] = numbers;
    const between = tokens.slice(a.end, b.start);
    const isRange = b.start - a.end <= 2 && (between.length === 0 || between.every((t) => ['en', 'tot', 'a', 'of', 'tussen', 'de', 'euro', 'k', 'max'].includes(t)));
    if (isRange && (has(text, ['tussen']) || between.includes('tot') || between.includes('a') || between.length === 0 || between.includes('of'))) {
      // "drie a vierhonderd", "tussen de 1 en 2 duizend": the second's factor applies to the first.
      let first = a.value;
      for (const factor of [1e6, 1000, 100]) {
        if (first < factor && b.value >= factor && b.value % factor === 0 && first * factor <= b.value) {
          first *= factor;
          break;
        }
      }
      const [min, max] = [first, b.value].sort((x, y) => x - y);
      if (min !== max) return { euros: (min + max) / 2, approximate: true, range: { min, max } };
    }
  }

  // Several numbers: the one marked as money wins, else the largest ("3 schulden van samen 2000").
  const marked = numbers.filter((n) => CURRENCY.has(tokens[n.end] ?? '') || tokens[n.start - 1] === 'euro');
  const pick = (marked.length > 0 ? marked : numbers).reduce((best, n) => (n.value > best.value ? n : best));
  return { euros: Math.round(pick.value * 100) / 100, approximate };
}
