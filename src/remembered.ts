/**
 * Answers of a pure function of a text, kept for texts seen again (a button's words, "nee", a message read by
 * several readers in one turn). Bounded: cleared when full; keys longer than `longestKey` are not kept.
 */
export class Remembered<V> {
  private readonly answers = new Map<string, V>();

  constructor(
    private readonly size: number,
    private readonly longestKey = Number.POSITIVE_INFINITY,
  ) {}

  find(key: string): V | undefined {
    return this.answers.get(key);
  }

  keep(key: string, value: V): void {
    if (key.length > this.longestKey) return;
    if (this.answers.size >= this.size) this.answers.clear();
    this.answers.set(key, value);
  }

  /** The remembered answer, or `compute`'s, kept. */
  of(key: string, compute: () => V): V {
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known as V;
    const value = compute();
    this.keep(key, value);
    return value;
  }
}
