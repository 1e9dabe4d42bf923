import { Remembered } from '../remembered';

/**
 * Text as the matchers compare it: lower case, no accents, no emoji or punctuation
 * (a lone "?" survives, as it means "help"), single spaces.
 */
export function normalize(text: string): string {
  return normalized.of(text, () => clean(text, true));
}

/** Like `normalize`, but stretched letters stay as typed: for the search, where three in a row are a typo ("budgetbeeer"). */
export function normalizeAsTyped(text: string): string {
  return normalizedAsTyped.of(text, () => clean(text, false));
}

/**
 * Texts already cleaned, with their result. A message is read by several readers in one turn (crisis,
 * interrupts, the answer, facts), each of which normalises it, and the readers compare it with phrases they
 * normalise at each call: the same few hundred strings again and again. `clean` is pure, so remembering its
 * answers changes nothing but the cost. Bounded: cleared when full; long texts are not kept.
 */
const normalized = new Remembered<string>(4000, 400);
const normalizedAsTyped = new Remembered<string>(4000, 400);

const LETTERS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', đ: 'd' };

function clean(text: string, squashStretched: boolean): string {
  const lowered = text
    .slice(0, 2000)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Letters that have no accent to take off (Turkish ı, Polish ł, Scandinavian ø, German ß), so "yaşamak istemiyorum artık" stays three words.
    .replace(/[ıłøßæđ]/g, (c) => LETTERS[c]);
  if (/^\s*\?+\s*$/.test(lowered)) return '?';
  return (squashStretched ? lowered.replace(/([a-z])\1{2,}/g, '$1$1') : lowered) // "neeee", "jaaaa": stretched letters count as two
    .replace(/[^a-z0-9\s'-]/g, ' ')
    .replace(/['-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Like `normalize`, but a decimal number keeps its mark: "1,5 jaar" stays "1,5 jaar". */
export function normalizeKeepingNumbers(text: string): string {
  return normalize(text.slice(0, 2000).replace(/(\d)[.,](\d)/g, '$1DECIMAL$2')).replace(/(\d)decimal(\d)/g, '$1,$2');
}

/** Characters that take no room on screen: zero-width spaces and joiners, the word joiner, the byte-order mark. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Nothing to read: empty, spaces only, or only characters that take no room on screen. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '').trim() === '';
}

export function words(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

/** True when `phrase` (normalised) stands in `text` (normalised) as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  // The same as ` ${text} `.includes(` ${phrase} `), without building the two padded strings at every call.
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at === 0 || text.charCodeAt(at - 1) === SPACE) && (end === text.length || text.charCodeAt(end) === SPACE)) return true;
  }
  return false;
}
const SPACE = 32;

/** Damerau-Levenshtein distance, capped: returns `max + 1` as soon as it is certain to exceed `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

/** One typo is allowed in a word of five letters or more; none in shorter words. */
export function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  return editDistance(a, b, 1) <= 1;
}
