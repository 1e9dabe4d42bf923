import type { ContentKey } from '../content';
import type { Facts } from '../language';

/**
 * What the person already said (facts read from any message) answers these questions of the money
 * conversation: a question with a known answer is confirmed in one short line and not asked again.
 * Keys are machine state ids (routekaart nodes and the release checklist).
 */
const KNOWN: Record<string, (f: Facts) => boolean | undefined> = {
  vrijgekomen: (f) => f.released,
  // "Moet je binnenkort je huis uit?": an eviction or cut-off said is the answer; someone without a place of their
  // own has no house to leave (the crisis answer and the checklist's onderdak take up where they sleep).
  urgent: (f) => f.urgent ?? (f.housing === false ? false : undefined),
  checkOnderdak: (f) => f.housing,
  checkInkomen: (f) => (f.income === undefined ? undefined : f.income !== 'geen'),
  inkomen: (f) => (f.income === undefined ? undefined : f.income !== 'geen'),
  formeel: (f) => (f.income === 'werk' || f.income === 'uitkering' || f.income === 'allebei' ? true : f.income === 'familie' ? false : undefined),
  familie: (f) => (f.income === 'familie' ? true : undefined),
  achterstanden: (f) => (f.arrears === true ? true : undefined),
  schulden: (f) => f.debts,
  cjib: (f) => f.cjib,
  informeel: (f) => (f.informal === true ? true : undefined),
  begeleiding: (f) => f.helpNow,
};

export const FACT_NODES = Object.keys(KNOWN);

/** The answer the facts give to a question, if they give one. */
export function knownAnswer(facts: Facts | undefined, node: string): boolean | undefined {
  const read = KNOWN[node];
  return facts && read ? read(facts) : undefined;
}

/** Questions that confirm with another question's line: the checklist's income question and the routekaart's say the same. */
const CONFIRM_AS: Record<string, string> = { checkInkomen: 'inkomen' };

/** The short line that confirms an answer given earlier, e.g. "Je zei al dat je net vrij bent." */
export function confirmKey(node: string, answer: boolean, facts: Facts = {}): ContentKey {
  // A debt to a dealer or on the street is said back in words that fit: never "mensen die je kent".
  if (node === 'informeel' && answer && facts.street) return 'gesprek.alGezegd.informeel.straat';
  return `gesprek.alGezegd.${CONFIRM_AS[node] ?? node}.${answer ? 'ja' : 'nee'}` as ContentKey;
}

/** Facts said later add to, and correct, what was said before. */
export function mergeFacts(before: Facts, after: Facts): Facts {
  return { ...before, ...after };
}
