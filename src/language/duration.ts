import { parseDigits } from './amount';
import { parseNumberWord } from './numberWords';
import { normalizeKeepingNumbers, words } from './normalize';

/** Days per unit. A month counts as 30 days and a year as 365: durations here are for advice, not for contracts. */
const UNIT_DAYS: Record<string, number> = {
  dag: 1, dagen: 1, dagje: 1, dagjes: 1, d: 1,
  week: 7, weken: 7, weekje: 7, weekjes: 7, wk: 7, w: 7,
  maand: 30, maanden: 30, maandje: 30, maandjes: 30, mnd: 30, mnden: 30, m: 30,
  jaar: 365, jaren: 365, jaartje: 365, jr: 365, j: 365, halfjaar: 182, kwartaal: 91,
};
const WORD_AMOUNTS: Record<string, number> = { een: 1, n: 1, paar: 3, 'een paar': 3, enkele: 3, half: 0.5, halve: 0.5, 'een half': 0.5, 'een halve': 0.5, anderhalf: 1.5, 'anderhalve': 1.5 };
const RELATIVE: Record<string, number> = {
  vandaag: 0, nu: 0, morgen: 1, overmorgen: 2, gisteren: 1, eergisteren: 2,
  'volgende week': 7, 'vorige week': 7, 'volgende maand': 30, 'vorige maand': 30, 'volgend jaar': 365, 'vorig jaar': 365,
  'deze week': 3, 'deze maand': 15, 'dit jaar': 180,
};
/** Words that point back in time: "3 weken geleden", "sinds twee maanden". */
const PAST = ['geleden', 'gisteren', 'eergisteren', 'vorige', 'vorig', 'sinds', 'al'];

export interface Duration {
  days: number;
  /** True when the words point back in time ("3 weken geleden"). */
  past: boolean;
}

function amountOf(token: string): number | null {
  if (token in WORD_AMOUNTS) return WORD_AMOUNTS[token];
  const digits = parseDigits(token);
  if (digits !== null) return digits;
  return parseNumberWord(token);
}

/** A span of time from Dutch words: "twee maanden", "3 weken", "een half jaar", "over twee weken", "volgende maand". */
export function readDuration(raw: string): Duration | null {
  const text = normalizeKeepingNumbers(raw).replace(/\b(\d+)(dagen|dag|weken|week|maanden|maand|mnd|jaar|jr|wk)\b/g, '$1 $2');
  if (text === '') return null;
  const past = PAST.some((p) => ` ${text} `.includes(` ${p} `));
  for (const [phrase, days] of Object.entries(RELATIVE)) {
    if (text === phrase || ` ${text} `.includes(` ${phrase} `)) return { days, past: past || phrase.startsWith('vorig') || phrase.startsWith('gister') || phrase.startsWith('eergister') };
  }
  // "een jaar of twee", "een maand of drie": the number after "of" counts.
  const roughly = text.match(/\b(?:een |n )?(dag|dagen|week|weken|maand|maanden|jaar|jaren) of (\S+)\b/);
  if (roughly && amountOf(roughly[2]) !== null) return { days: Math.round(amountOf(roughly[2])! * UNIT_DAYS[roughly[1]]), past };

  const w = words(text);
  let total = 0;
  let matched = false;
  for (let i = 0; i < w.length; i++) {
    const unit = UNIT_DAYS[w[i]];
    if (unit === undefined) continue;
    // The amount before the unit: "twee", "3", "een half", "anderhalve", or none ("maand" alone is one).
    let amount = 1;
    const prev = w[i - 1];
    const prev2 = w[i - 2];
    if (prev2 && `${prev2} ${prev}` in WORD_AMOUNTS) amount = WORD_AMOUNTS[`${prev2} ${prev}`];
    else if (prev !== undefined && amountOf(prev) !== null) amount = amountOf(prev)!;
    else if (prev === undefined || ['per', 'elke', 'iedere'].includes(prev)) amount = 1;
    // "twee en een halve maand", "anderhalf jaar"
    if (prev === 'half' || prev === 'halve') {
      const before = w[i - 2] === 'een' ? w[i - 4] : undefined;
      if (w[i - 3] === 'en' && before !== undefined && amountOf(before) !== null) amount = amountOf(before)! + 0.5;
    }
    // "een jaar en drie maanden": add up.
    total += amount * unit;
    matched = true;
  }
  if (!matched) return null;
  return { days: Math.round(total), past };
}
