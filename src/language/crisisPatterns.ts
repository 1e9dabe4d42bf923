import { nearlyEqual, normalize } from './normalize';
import { Remembered } from '../remembered';

/** One word: whole, or (ending in '*') a prefix. */
interface Token {
  text: string;
  prefix: boolean;
}

/** Words one place in a pattern accepts, made for quick lookup: exact words, prefixes, and long words that forgive one typo. */
export interface WordSet {
  exact: Set<string>;
  prefixes: string[];
  fuzzy: string[];
}
/** One place in a pattern: a single word from a set, or one of a few phrases (a concept may hold phrases). */
interface Position {
  single: WordSet;
  phrases: WordSet[][];
}
export type Sequence = Position[];

/**
 * The crisis rules' small pattern language (see crisis.nl.json's $comment): words with '|' alternatives, '*' word
 * starts and '@concept' names, compiled once into positions and matched against a message's words. Long words
 * forgive one typo, and two words typed apart that make one long pattern word are read as that word.
 */
export function patternBook(concepts: Readonly<Record<string, readonly string[]>>, fillers: ReadonlySet<string>, realWords: ReadonlySet<string> = new Set()) {
  /** Long words of the patterns that find a crisis, whole and as word starts: "zelf moord" typed apart is "zelfmoord". */
  const JOIN_WORDS = new Set<string>();
  const JOIN_PREFIXES = new Set<string>();
  /** Every long pattern word, to find once per typed word which of them it is one typo away from. */
  const FUZZY_VOCABULARY = new Set<string>();
  /** Every whole pattern word and word start, to read a word typed without its last n ("slape", "buite") as the pattern word. */
  const WHOLE_WORDS = new Set<string>();
  const WORD_STARTS = new Set<string>();
  /** Typed word → the long pattern words it nearly equals (bounded; cleared when full). */
  const nearCache = new Remembered<ReadonlySet<string>>(5000);

  function token(word: string): Token {
    return { text: normalize(word.toLowerCase().replace(/\*$/, '')).replace(/ /g, ''), prefix: word.endsWith('*') };
  }

  /** Compiles "ik wil|wou @death" into positions, each with its alternatives; concepts expand to their words and phrases. Fillers are dropped when `dropFillers`. */
  function compileWords(pattern: string, dropFillers: boolean, seen: readonly string[] = []): Token[][][] {
    const positions: Token[][][] = [];
    for (const word of pattern.replace(/'/g, ' ').split(/\s+/).filter(Boolean)) {
      const alternatives: Token[][] = [];
      for (const alt of word.split('|')) {
        if (alt.startsWith('@')) {
          const name = alt.slice(1);
          const entries = concepts[name];
          if (!entries || seen.includes(name)) throw new Error(`Crisis pattern '${pattern}' names an unknown or circular concept @${name}`);
          for (const entry of entries) alternatives.push(...expand(compileWords(entry, dropFillers, [...seen, name])));
        } else if (!(dropFillers && fillers.has(alt))) {
          alternatives.push([token(alt)]);
        }
      }
      const kept = alternatives.filter((a) => a.length > 0);
      if (kept.length > 0) positions.push(kept);
    }
    if (positions.length === 0) throw new Error(`Crisis pattern '${pattern}' is only filler words`);
    if (dropFillers && positions.length === 1 && pattern.trim().split(/\s+/).length > 1 && !pattern.includes('@')) {
      throw new Error(`Crisis pattern '${pattern}' is one word without its filler words: it would match far more than it says`);
    }
    return positions;
  }

  /** All word-by-word spellings of a pattern (a concept's phrases are short, so this stays small). */
  function expand(positions: Token[][][]): Token[][] {
    let out: Token[][] = [[]];
    for (const position of positions) out = out.flatMap((prefix) => position.map((alt) => [...prefix, ...alt]));
    return out;
  }

  function wordSet(tokens: readonly Token[], forgiving: boolean): WordSet {
    const long = forgiving ? tokens.filter((t) => t.text.length >= 7).map((t) => t.text) : [];
    for (const text of long) FUZZY_VOCABULARY.add(text);
    if (forgiving) for (const t of tokens) if (t.text.length >= 7) (t.prefix ? JOIN_PREFIXES : JOIN_WORDS).add(t.text);
    for (const t of tokens) (t.prefix ? WORD_STARTS : WHOLE_WORDS).add(t.text);
    return {
      exact: new Set(tokens.filter((t) => !t.prefix).map((t) => t.text)),
      prefixes: [...new Set(tokens.filter((t) => t.prefix).map((t) => t.text))],
      fuzzy: [...new Set(long)],
    };
  }

  /** A pattern as positions. `forgiving`: long words forgive one typo; never for words that cancel ("iemand" is not "niemand"). */
  function compile(pattern: string, dropFillers: boolean, forgiving = true): Sequence {
    return compileWords(pattern, dropFillers).map((alts) => ({
      single: wordSet(
        alts.filter((a) => a.length === 1).map((a) => a[0]),
        forgiving,
      ),
      phrases: alts.filter((a) => a.length > 1).map((phrase) => phrase.map((t) => wordSet([t], forgiving))),
    }));
  }

  /** The long pattern words one typo away from a typed word; none for a real word that only looks like one ("geslapen" is no "geslagen"). */
  function nearWords(word: string): ReadonlySet<string> {
    return nearCache.of(word, () =>
      realWords.has(word) ? new Set<string>() : new Set([...FUZZY_VOCABULARY].filter((f) => Math.abs(f.length - word.length) <= 1 && nearlyEqual(word, f))),
    );
  }

  function inSet(word: string, set: WordSet): boolean {
    if (set.exact.has(word) || set.prefixes.some((p) => word.startsWith(p))) return true;
    if (word.length < 6 || set.fuzzy.length === 0) return false;
    const near = nearWords(word);
    return near.size > 0 && set.fuzzy.some((f) => near.has(f));
  }

  function matchesFrom(words: readonly string[], sequence: Sequence, position: number, at: number): boolean {
    if (position === sequence.length) return true;
    if (at >= words.length) return false;
    const { single, phrases } = sequence[position];
    if (inSet(words[at], single) && matchesFrom(words, sequence, position + 1, at + 1)) return true;
    return phrases.some((phrase) => at + phrase.length <= words.length && phrase.every((set, k) => inSet(words[at + k], set)) && matchesFrom(words, sequence, position + 1, at + phrase.length));
  }

  /** Where in the words the sequence starts. */
  function starts(words: readonly string[], sequence: Sequence): number[] {
    const found: number[] = [];
    for (let at = 0; at < words.length; at++) if (matchesFrom(words, sequence, 0, at)) found.push(at);
    return found;
  }

  const occurs = (words: readonly string[], sequence: Sequence) => {
    for (let at = 0; at < words.length; at++) if (matchesFrom(words, sequence, 0, at)) return true;
    return false;
  };

  /** Every set occurs, all starting within `window` words, in any order (the window starts at one of the occurrences). */
  function together(words: readonly string[], sets: readonly Sequence[], window: number): boolean {
    const positions: number[][] = [];
    for (const set of sets) {
      const found = starts(words, set);
      if (found.length === 0) return false;
      positions.push(found);
    }
    return positions.flat().some((from) => positions.every((p) => p.some((at) => at >= from && at < from + window)));
  }

  /** The two words typed apart make one long pattern word: whole, or split inside a word start ("zelf moordgedachten"). */
  const joinsInto = (first: string, second: string) => {
    const word = first + second;
    if (word.length < 7) return false;
    if (JOIN_WORDS.has(word)) return true;
    for (const p of JOIN_PREFIXES) if (first.length < p.length && word.startsWith(p)) return true;
    return false;
  };

  /**
   * Spoken Dutch drops the last n of -en, and many people type it so: "slape", "buite", "ete". Such a word is
   * read as the pattern word with its n when there is one ("ete" → "eten"); a word that a pattern reads as it
   * is stays ("dakloze" is not "daklozen").
   */
  const withDroppedN = (word: string): string =>
    word.length >= 3 && word.endsWith('e') && WHOLE_WORDS.has(`${word}n`) && !WHOLE_WORDS.has(word) && ![...WORD_STARTS].some((start) => word.startsWith(start)) ? `${word}n` : word;

  function joinSplitWords(list: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < list.length; i++) {
      if (i + 1 < list.length && list[i].length >= 3 && list[i + 1].length >= 3 && joinsInto(list[i], list[i + 1])) {
        out.push(list[i] + list[i + 1]);
        i++;
      } else out.push(list[i]);
    }
    return out;
  }

  return { compile, starts, occurs, together, nearWords, joinSplitWords, withDroppedN };
}
