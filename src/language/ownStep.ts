import { lexicon } from './lexicon';
import { normalize, words } from './normalize';
import { asksBack, saysDoubt } from './yesNo';

/**
 * True when an answer to "Wat heb je nodig om iets te veranderen?" can be quoted in the plan as the person's own
 * next step: not a question back, not a refusal or "weet ik niet", not what they do not want ("geen reclassering"),
 * and without swear words ("die kutzooi"). A plan is kept and printed; it quotes only what helps the person on.
 */
export function isOwnStep(raw: string): boolean {
  const text = normalize(raw);
  if (text === '' || asksBack(raw) || saysDoubt(raw)) return false;
  if (lexicon.notAStep.some((start) => text === start || text.startsWith(`${start} `))) return false;
  return !swears(raw);
}

/** True when a message holds a swear word ("die kutzooi"): it is never said back or quoted. */
export function swears(raw: string): boolean {
  return words(normalize(raw)).some((w) => lexicon.swearing.some((s) => w.startsWith(s)));
}

/** True when an answer gives its reason: a reason word with words after it ("stress door die dealer"). */
export function saysWhy(raw: string): boolean {
  const w = words(normalize(raw));
  return w.some((x, i) => i > 0 && i < w.length - 1 && lexicon.because.has(x));
}
