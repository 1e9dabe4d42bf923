import type { Storage, StoreItems } from 'botbuilder';
import { documentJson } from './documentJson';
import { ETAG_ANY, ETAG_NEW, ETagConflictError, newETag, type ManagedStorage, type StorageHealth } from './etag';

interface Entry {
  json: string;
  eTag: string;
  expiresAt: number;
}

/**
 * In-memory storage with the same ETag rules and expiry as `RedisStorage`, for a single
 * instance without Redis and for tests. Items are copied in and out, never shared.
 */
export class MemoryStorage implements Storage, ManagedStorage {
  readonly kind = 'memory' as const;
  private readonly items = new Map<string, Entry>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const result: StoreItems = {};
    for (const key of keys) {
      const entry = this.live(key);
      if (!entry) continue;
      const item = { ...(JSON.parse(entry.json) as Record<string, unknown>), eTag: entry.eTag };
      documentJson.noteRead(item, entry.json);
      result[key] = item;
    }
    return result;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const doc = (item ?? {}) as { eTag?: string };
      const { eTag, ...value } = doc;
      const current = this.live(key);
      if (eTag === ETAG_NEW ? current !== undefined : eTag && eTag !== ETAG_ANY && current?.eTag !== eTag) {
        throw new ETagConflictError(key);
      }
      this.items.set(key, { json: documentJson.takeWrite(doc) ?? JSON.stringify(value), eTag: newETag(), expiresAt: this.now() + this.ttlSeconds * 1000 });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  async health(): Promise<StorageHealth> {
    return { kind: 'memory', ok: true };
  }

  async close(): Promise<void> {
    this.items.clear();
  }

  private live(key: string): Entry | undefined {
    const entry = this.items.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.items.delete(key);
      return undefined;
    }
    return entry;
  }
}
