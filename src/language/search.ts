import { nearlyEqual, normalize, normalizeAsTyped, words } from './normalize';

/** Words that say nothing about what is searched for. */
const STOPWORDS = new Set(
  'de het een en van ik je jij wat doe bij hoe voor met in op is te dat die er om aan als of zijn wordt kan naar wil mijn welke waar wie moet mag een over heeft hebben heb ze hij zij we wij nog ook dan maar niet geen dit deze mee zo iets iemand cliënt client'.split(' ').map(normalize),
);

/** A light Dutch stem: "achterstanden" and "achterstand" meet, "schulden" and "schuld" too. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(heden|heid|ingen|ing|en|es|e|s)$/, '');
}

/**
 * The words of a text that say what is searched for, unstemmed. A number written in parts ("0800 8115",
 * "0800-8115") also counts as one word ("08008115"), so a phone number typed without spaces finds it too.
 */
export function searchWords(text: string): string[] {
  const all = words(normalizeAsTyped(text));
  const found = all.filter((w) => !STOPWORDS.has(w) && w.length > 1);
  let run: string[] = [];
  for (const w of [...all, '']) {
    if (/^\d+$/.test(w)) {
      run.push(w);
      continue;
    }
    if (run.length > 1) found.push(run.join(''));
    run = [];
  }
  return found;
}

export function terms(text: string): string[] {
  return searchWords(text).map(stem);
}

export interface SearchDocument {
  id: string;
  /** Weighted fields: the title and search words count double. */
  title: string;
  body: string;
  keywords: readonly string[];
}

export interface SearchHit {
  id: string;
  score: number;
}

/** BM25 over a small, fixed set of documents; built once, searched many times. */
export class SearchIndex {
  private readonly docs: Array<{ id: string; tf: Map<string, number>; length: number }>;
  private readonly df = new Map<string, number>();
  /** Every word as the entries write it, with its stem: a typo is a typo in what people type, not in a stem. */
  private readonly written = new Map<string, string>();
  private readonly avgLength: number;

  constructor(documents: readonly SearchDocument[]) {
    this.docs = documents.map((d) => {
      for (const w of [d.title, d.body, ...d.keywords].flatMap(searchWords)) this.written.set(w, stem(w));
      const all = [...terms(d.title), ...terms(d.title), ...terms(d.body), ...d.keywords.flatMap((k) => [...terms(k), ...terms(k)])];
      const tf = new Map<string, number>();
      for (const t of all) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return { id: d.id, tf, length: all.length };
    });
    this.avgLength = this.docs.reduce((n, d) => n + d.length, 0) / Math.max(1, this.docs.length);
  }

  /**
   * A query word the index does not know stands for the known words one typo away ("bewinvoerder",
   * "briefadress"). The typo is looked for in the word as typed, against the words as the entries write
   * them: a stemmer can turn one typo into two ("briefadress" → "briefadres" but "briefadres" → "briefadr").
   * The stems are compared too, for a typo in another form of a known word. Words under five letters get no
   * such help.
   */
  private known(word: string): string[] {
    const term = stem(word);
    if (this.written.has(word)) return [term];
    // A typo may leave a stem the index knows ("social" for "sociaal": the stem of "sociale"): that one counts too.
    const near = new Set<string>(this.df.has(term) ? [term] : []);
    for (const [written, itsStem] of this.written) if (nearlyEqual(written, word)) near.add(itsStem);
    for (const t of this.df.keys()) if (nearlyEqual(t, term)) near.add(t);
    return [...near];
  }

  /** The best entries for a query, best first; weak hits (under a third of the best) are left out. */
  search(query: string, limit = 3): SearchHit[] {
    const q = [...new Set(searchWords(query).flatMap((w) => this.known(w)))];
    if (q.length === 0) return [];
    const k1 = 1.2;
    const b = 0.75;
    const n = this.docs.length;
    const hits = this.docs
      .map((d) => {
        let score = 0;
        for (const t of q) {
          const f = d.tf.get(t) ?? 0;
          if (!f) continue;
          const idf = Math.log(1 + (n - (this.df.get(t) ?? 0) + 0.5) / ((this.df.get(t) ?? 0) + 0.5));
          score += idf * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * d.length) / this.avgLength)));
        }
        return { id: d.id, score };
      })
      .filter((h) => h.score > 0)
      .sort((a, b2) => b2.score - a.score);
    const best = hits[0]?.score ?? 0;
    return hits.filter((h) => h.score >= best / 3).slice(0, limit);
  }
}
