/**
 * Dutch number words, written together or apart: "twaalfhonderd", "drieduizend vijfhonderd",
 * "tweeënhalfduizend", "vijfentwintig", "anderhalf". Input is normalised (no accents, lower case).
 */
const UNITS: Record<string, number> = {
  nul: 0, een: 1, eén: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
  tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
};
const TENS: Record<string, number> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};
const HALVES: Record<string, number> = { anderhalf: 1.5, half: 0.5, halve: 0.5 };
const MULTIPLIERS: Array<[string, number]> = [['miljard', 1e9], ['miljoen', 1e6], ['duizend', 1000], ['honderd', 100]];

/** The word for a small number written in digits ("2" → "twee"), so "geen van de 2" reads as "geen van de twee". */
export function numberWordOf(digits: string): string | undefined {
  const value = Number(digits);
  return /^\d+$/.test(digits) ? Object.keys(UNITS).find((word) => UNITS[word] === value) : undefined;
}

/** Words that may stand between number words and are dropped: "duizend en vijftig". */
export const NUMBER_JOINERS = new Set(['en']);

function below100(word: string): number | null {
  if (word in UNITS) return UNITS[word];
  if (word in TENS) return TENS[word];
  // "vijfentwintig", "tweeentwintig" (from tweeëntwintig), "eenentwintig"
  for (const [tens, value] of Object.entries(TENS)) {
    if (!word.endsWith(tens)) continue;
    const head = word.slice(0, -tens.length);
    const unit = head.endsWith('en') ? head.slice(0, -2) : null;
    if (unit && unit in UNITS && UNITS[unit] >= 1 && UNITS[unit] <= 9) return UNITS[unit] + value;
  }
  return null;
}

/** A whole-number-or-half word: "drie", "vijfentwintig", "anderhalf", "tweeenhalf". */
function simple(word: string): number | null {
  if (word in HALVES) return HALVES[word];
  if (word.endsWith('enhalf')) {
    const base = below100(word.slice(0, -'enhalf'.length));
    return base === null ? null : base + 0.5;
  }
  return below100(word);
}

/** Parses one number word, written together: "drieduizendvijfhonderdtwintig". Null if it is not one. */
export function parseNumberWord(word: string): number | null {
  if (word === '') return null;
  for (const [name, factor] of MULTIPLIERS) {
    const at = word.indexOf(name);
    if (at < 0) continue;
    const left = word.slice(0, at);
    const right = word.slice(at + name.length).replace(/^en(?=[a-z])/, '');
    const leftValue = left === '' ? 1 : parseNumberWord(left);
    if (leftValue === null) return null;
    const rightValue = right === '' ? 0 : parseNumberWord(right);
    if (rightValue === null) return null;
    if (rightValue >= factor) return null;
    return leftValue * factor + rightValue;
  }
  return simple(word);
}

/** True for a word that is a number word by itself. "een" counts only when `allowEen`. */
export function isNumberWord(word: string, allowEen = false): boolean {
  if (word === 'een' && !allowEen) return false;
  return parseNumberWord(word) !== null;
}
