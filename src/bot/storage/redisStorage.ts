import { createHash } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { RedisBacked, timed } from '../../redisClient';
import type { Logger } from '../../log';
import { documentJson } from './documentJson';
import { ETAG_ANY, ETAG_NEW, ETagConflictError, newETag, type ManagedStorage, type StorageHealth } from './etag';

/**
 * Writes an item only when its ETag rule holds, atomically, and sets its expiry.
 * KEYS[1] the key; ARGV: expected eTag ('' or '*' for any, '__new__' for "must not exist"),
 * new eTag, JSON document, TTL in seconds. Returns 1 on write, 0 on conflict.
 */
const WRITE_IF_MATCH = `
local current = redis.call('HGET', KEYS[1], 'etag')
local expected = ARGV[1]
if expected == '${ETAG_NEW}' then
  if current then return 0 end
elseif expected ~= '' and expected ~= '${ETAG_ANY}' then
  if current ~= expected then return 0 end
end
redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'doc', ARGV[3])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return 1
`;

/** The script's SHA1: writes send only this (EVALSHA), and the script itself only when Redis does not have it yet. */
const WRITE_IF_MATCH_SHA = createHash('sha1').update(WRITE_IF_MATCH).digest('hex');

const isNoScript = (err: unknown) => err instanceof Error && err.message.startsWith('NOSCRIPT');

/** The health check's ping may take this long. */
const HEALTH_PING_MS = 500;

export interface RedisStorageOptions {
  url: string;
  /** Put before every key, so several bots can share one Redis. */
  keyPrefix: string;
  ttlSeconds: number;
  log: Logger;
}


/**
 * botbuilder `Storage` on Redis: each item is a hash {etag, doc}, written by one Lua script so
 * the ETag check and the write are atomic. Every write renews the key's expiry.
 */
export class RedisStorage extends RedisBacked implements Storage, ManagedStorage {
  readonly kind = 'redis' as const;
  private lastError: string | undefined;

  constructor(private readonly options: RedisStorageOptions) {
    super(options.url, options.keyPrefix, (err: Error) => {
      const message = err?.message ?? String(err);
      if (message !== this.lastError) options.log.warn({ event: 'redis.error', reason: message }, 'Redis error');
      this.lastError = message;
    });
    this.client.on('ready', () => {
      if (this.lastError !== undefined) options.log.info({ event: 'redis.ready' }, 'Redis is reachable again');
      this.lastError = undefined;
    });
  }


  async read(keys: string[]): Promise<StoreItems> {
    const result: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const [etag, doc] = await timed(this.client.hmGet(this.key(key), ['etag', 'doc']));
        if (etag === null || doc === null) return;
        const json = String(doc);
        const item = { ...(JSON.parse(json) as Record<string, unknown>), eTag: String(etag) };
        documentJson.noteRead(item, json);
        result[key] = item;
      }),
    );
    return result;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const doc = (item ?? {}) as { eTag?: string };
      const { eTag, ...value } = doc;
      const json = documentJson.takeWrite(doc) ?? JSON.stringify(value);
      const args = { keys: [this.key(key)], arguments: [eTag ?? '', newETag(), json, String(this.options.ttlSeconds)] };
      // After a Redis restart or SCRIPT FLUSH the script is gone: EVAL sends it again (and Redis caches it).
      const written = await timed(
        this.client.evalSha(WRITE_IF_MATCH_SHA, args).catch((err: unknown) => {
          if (isNoScript(err)) return this.client.eval(WRITE_IF_MATCH, args);
          throw err;
        }),
      );
      if (Number(written) !== 1) throw new ETagConflictError(key);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await timed(this.client.del(keys.map((k) => this.key(k))));
  }

  /** Seconds until the key expires (for tests and operators). */
  async ttlOf(key: string): Promise<number> {
    return Number(await timed(this.client.ttl(this.key(key))));
  }

  /** Whether Redis answers a ping within `timeoutMs`. The detail never names the Redis host (it is shown on `/healthz`). */
  async health(timeoutMs = HEALTH_PING_MS): Promise<StorageHealth> {
    if (!this.client.isReady) return { kind: 'redis', ok: false, detail: 'not connected' };
    try {
      await timed(this.client.ping(), timeoutMs);
      return { kind: 'redis', ok: true };
    } catch (err) {
      return { kind: 'redis', ok: false, detail: (err as Error).name === 'TimeoutError' ? 'no answer in time' : 'ping failed' };
    }
  }

}
