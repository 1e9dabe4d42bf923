import { containsPhrase, normalize, words } from './normalize';
import { Remembered } from '../remembered';

/** Interrupt phrases per kind, in the order they are checked (first match wins). A phrase that starts with '=' counts only as the whole message. */
export type InterruptTable<K extends string> = ReadonlyArray<readonly [K, readonly string[]]>;

/** How many words may stand around an interrupt phrase ("ik wil nu stoppen hoor"). */
const MAX_EXTRA_WORDS = 3;

/** A table's phrases as the matcher compares them: normalised, with their word counts, empty ones left out. */
type CompiledTable<K extends string> = ReadonlyArray<readonly [K, ReadonlyArray<{ text: string; words: number; wholeOnly: boolean }>]>;

/** Each table is normalised once (the tables are constants), not at every message; its answers are kept per text. */
const compiledTables = new WeakMap<InterruptTable<string>, { phrases: CompiledTable<string>; answers: Remembered<InterruptMatch<string> | null> }>();

function compiled<K extends string>(table: InterruptTable<K>): { phrases: CompiledTable<K>; answers: Remembered<InterruptMatch<K> | null> } {
  let done = compiledTables.get(table) as { phrases: CompiledTable<K>; answers: Remembered<InterruptMatch<K> | null> } | undefined;
  if (!done) {
    const phrases: CompiledTable<K> = table.map(
      ([kind, phrases]) =>
        [
          kind,
          phrases
            .map((raw) => ({ text: normalize(raw), wholeOnly: raw.trim().startsWith('=') || raw.trim() === '?' }))
            .filter((p) => p.text !== '')
            .map((p) => ({ ...p, words: words(p.text).length })),
        ] as const,
    );
    done = { phrases, answers: new Remembered<InterruptMatch<K> | null>(2000, 400) };
    compiledTables.set(table, done);
  }
  return done;
}

/** An interrupt found in a message: its kind, the phrase (normalised) that matched, and whether that phrase was all of it. */
export interface InterruptMatch<K extends string> {
  kind: K;
  phrase: string;
  exact: boolean;
}

/**
 * The interrupt a message asks for, if any. Matching ignores case, accents and punctuation, and
 * allows a few words around the phrase; a long sentence that happens to hold "stop" is not an
 * interrupt ("ik moet stoppen met gokken want dat kost me alles" is an answer, not a request to stop).
 */
export function findInterruptPhrase<K extends string>(text: string, table: InterruptTable<K>): InterruptMatch<K> | null {
  const { phrases, answers } = compiled(table);
  return answers.of(text, () => findIn(normalize(text), phrases));
}

function findIn<K extends string>(t: string, table: CompiledTable<K>): InterruptMatch<K> | null {
  if (t === '') return null;
  const count = words(t).length;
  for (const [kind, phrases] of table) {
    for (const p of phrases) {
      if (t === p.text) return { kind, phrase: p.text, exact: true };
      if (!p.wholeOnly && containsPhrase(t, p.text) && count - p.words <= MAX_EXTRA_WORDS) return { kind, phrase: p.text, exact: false };
    }
  }
  return null;
}

export function matchInterrupt<K extends string>(text: string, table: InterruptTable<K>): K | null {
  return findInterruptPhrase(text, table)?.kind ?? null;
}
