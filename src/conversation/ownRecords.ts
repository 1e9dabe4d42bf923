/**
 * The records this process last returned for each conversation, as JSON. A stored record that reads back as
 * exactly that JSON was made by this code from a record it had checked, so it needs no second zod check. Any
 * other content (another instance's write, an older version's, a changed or foreign one) is checked as before.
 */
export class OwnRecords {
  private readonly json = new Map<string, string>();

  constructor(private readonly max = 5000) {}

  /** Whether `stored` is, to the character, the record last returned for this conversation. */
  isOwn(key: string, stored: unknown): boolean {
    const own = this.json.get(key);
    return own !== undefined && own === JSON.stringify(stored);
  }

  remember(key: string, record: object | null): void {
    this.json.delete(key);
    if (record === null) return;
    // The oldest conversation goes first when full (a Map keeps the order of insertion).
    if (this.json.size >= this.max) this.json.delete(this.json.keys().next().value as string);
    this.json.set(key, JSON.stringify(record));
  }
}
