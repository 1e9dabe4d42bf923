import { containsPhrase, normalize, words } from './normalize';

/** Interrupt phrases per kind, in the order they are checked (first match wins). */
export type InterruptTable<K extends string> = ReadonlyArray<readonly [K, readonly string[]]>;

/** How many words may stand around an interrupt phrase ("ik wil nu stoppen hoor"). */
const MAX_EXTRA_WORDS = 3;

/**
 * The interrupt a message asks for, if any. Matching ignores case, accents and punctuation, and
 * allows a few words around the phrase; a long sentence that happens to hold "stop" is not an
 * interrupt ("ik moet stoppen met gokken want dat kost me alles" is an answer, not a request to stop).
 */
export function matchInterrupt<K extends string>(text: string, table: InterruptTable<K>): K | null {
  const t = normalize(text);
  if (t === '') return null;
  const count = words(t).length;
  for (const [kind, phrases] of table) {
    for (const phrase of phrases) {
      const p = normalize(phrase);
      if (p === '') continue;
      if (t === p) return kind;
      if (p !== '?' && containsPhrase(t, p) && count - words(p).length <= MAX_EXTRA_WORDS) return kind;
    }
  }
  return null;
}
