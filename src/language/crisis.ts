import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import raw from './crisis.nl.json';
import { nearlyEqual, normalize, words } from './normalize';

export type CrisisType = 'suicide' | 'violence' | 'homeless' | 'hunger';
export interface Crisis {
  type: CrisisType;
}

const Rule = z.object({
  strong: z.array(z.string().min(1)),
  weak: z.array(z.string().min(1)),
  cancel: z.array(z.string().min(1)),
  together: z.array(z.array(z.string().min(1)).min(2)),
});
const Rules = z.object({
  fillers: z.array(z.string()),
  window: z.number().int().min(2),
  suicide: Rule,
  violence: Rule,
  homeless: Rule,
  hunger: Rule,
});

const rules = parseDataFile('language/crisis.nl.json', Rules, raw);
const fillers = new Set(rules.fillers);

/** Priority: what threatens life first. */
const ORDER: readonly CrisisType[] = ['suicide', 'violence', 'homeless', 'hunger'];

/** Short forms people type, written out: "m'n" → "mijn", "k" → "ik", "ff" → "even", "nie" → "niet". */
const SPELLING: Record<string, string> = {
  mn: 'mijn', k: 'ik', t: 'het', ff: 'even', nie: 'niet', nx: 'niks', zn: 'zijn', mer: 'meer', nmr: 'meer', mzelf: 'mezelf', hongr: 'honger', wilt: 'wil',
};

/** One word of a pattern: its alternatives, each whole or (ending in '*') a prefix. */
type WordPattern = Array<{ text: string; prefix: boolean }>;

function canonicalWords(text: string): string[] {
  const joined = normalize(text).replace(/\bm n\b/g, 'mijn').replace(/\bz n\b/g, 'zijn');
  return words(joined).map((w) => SPELLING[w] ?? w);
}

/** A pattern's words; fillers are left out when the pattern is matched against text without fillers. */
function compilePattern(pattern: string, dropFillers: boolean): WordPattern[] {
  const compiled = pattern
    .toLowerCase()
    .replace(/'/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !(dropFillers && fillers.has(w)))
    .map((w) => w.split('|').map((alt) => ({ text: normalize(alt.replace(/\*$/, '')).replace(/ /g, ''), prefix: alt.endsWith('*') })));
  // A pattern that filler words shrink to one word would fire far too often ("liever dood" → "dood").
  if (compiled.length === 0 || (compiled.length === 1 && pattern.trim().includes(' '))) {
    throw new Error(`Crisis pattern '${pattern}' is (almost) only filler words`);
  }
  return compiled;
}

function wordMatches(token: string, pattern: WordPattern): boolean {
  return pattern.some(({ text, prefix }) => token === text || (prefix && token.startsWith(text)) || (text.length >= 7 && nearlyEqual(token, text)));
}

function sequenceAt(tokens: string[], pattern: WordPattern[]): boolean {
  for (let start = 0; start + pattern.length <= tokens.length; start++) {
    if (pattern.every((p, i) => wordMatches(tokens[start + i], p))) return true;
  }
  return false;
}

/** All word sets appear within `window` words of each other, in any order. */
function togetherIn(tokens: string[], sets: WordPattern[], window: number): boolean {
  for (let start = 0; start < tokens.length; start++) {
    const slice = tokens.slice(start, start + window);
    if (sets.every((set) => slice.some((t) => wordMatches(t, set)))) return true;
  }
  return false;
}


const compiled = Object.fromEntries(
  ORDER.map((type) => [
    type,
    {
      strong: rules[type].strong.map((p) => compilePattern(p, true)),
      weak: rules[type].weak.map((p) => compilePattern(p, true)),
      cancel: rules[type].cancel.map((p) => compilePattern(p, false)),
      together: rules[type].together.map((set) => set.map((w) => compilePattern(w, false)[0])),
    },
  ]),
) as Record<CrisisType, { strong: WordPattern[][]; weak: WordPattern[][]; cancel: WordPattern[][]; together: WordPattern[][] }>;

/**
 * A crisis in the message, whatever was asked: suicidal thoughts, violence or threats, nowhere to
 * sleep, or no food. Tuned for recall; ordinary money worry ("ik zie het even niet zitten met die
 * rekeningen") is not a crisis unless life-threatening words appear.
 */
export function detectCrisis(text: string): Crisis | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const all = canonicalWords(text.slice(0, 2000));
  if (all.length === 0) return null;
  const core = all.filter((w) => !fillers.has(w));
  for (const type of ORDER) {
    const rule = compiled[type];
    const cancelled = () => rule.cancel.some((p) => sequenceAt(all, p));
    if (rule.strong.some((p) => sequenceAt(core, p))) return { type };
    const weak = rule.weak.some((p) => sequenceAt(core, p)) || rule.together.some((sets) => togetherIn(core, sets, rules.window));
    if (weak && !cancelled()) return { type };
  }
  return null;
}
