import { normalize } from './normalize';

/** Words that deny what follows them ("geen schulden", "niet bij het CJIB"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['geen', 'niet', 'nooit', 'niks', 'niets', 'nergens', 'geeneen', 'nie', 'geeneens', 'niemand']);

/**
 * True when one of the phrases stands in the text as whole words and not within two words after a negation:
 * "ik wil een budgetcursus" mentions "budgetcursus", "ik heb geen budgetcursus nodig" does not.
 */
export function mentionsUnnegated(text: string, phrases: readonly string[]): boolean {
  const padded = ` ${normalize(text)} `;
  return phrases.some((phrase) => {
    const p = normalize(phrase);
    let at = padded.indexOf(` ${p} `);
    while (at >= 0) {
      const before = padded.slice(0, at).trim().split(' ').slice(-2);
      if (!before.some((w) => NEGATIONS.has(w))) return true;
      at = padded.indexOf(` ${p} `, at + 1);
    }
    return false;
  });
}
