/**
 * The records this process last returned for each conversation, as JSON. A stored record that reads back as
 * exactly that JSON was made by this code from a record it had checked, so it needs no second zod check. Any
 * other content (another instance's write, an older version's, a changed or foreign one) is checked as before.
 */
export class OwnRecords {
  private readonly json = new Map<string, string>();

  constructor(private readonly max = 5000) {}

  /** Whether `stored` is, to the character, the record last returned for this conversation. `storedJson`: the JSON it was read from, when the storage gave it. */
  isOwn(key: string, stored: unknown, storedJson?: string): boolean {
    const own = this.json.get(key);
    return own !== undefined && own === (storedJson ?? JSON.stringify(stored));
  }

  /** Remembers the record returned for this conversation; gives its JSON (undefined for none). */
  remember(key: string, record: object | null): string | undefined {
    this.json.delete(key);
    if (record === null) return undefined;
    // The oldest conversation goes first when full (a Map keeps the order of insertion).
    if (this.json.size >= this.max) this.json.delete(this.json.keys().next().value as string);
    const json = JSON.stringify(record);
    this.json.set(key, json);
    return json;
  }
}
