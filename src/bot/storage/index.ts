import type { Storage } from 'botbuilder';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { ManagedStorage } from './etag';
import { MemoryStorage } from './memoryStorage';
import { RedisStorage } from './redisStorage';

export type BotStorage = Storage & ManagedStorage;

/** Redis when REDIS_URL is set; memory otherwise, said once at start-up. */
export async function createStorage(config: Config, log: Logger): Promise<BotStorage> {
  const ttlSeconds = config.STATE_TTL_DAYS * 24 * 60 * 60;
  if (!config.REDIS_URL) {
    log.info({ event: 'storage.memory' }, 'No REDIS_URL: conversation state is kept in memory and lost on restart');
    return new MemoryStorage(ttlSeconds);
  }
  const storage = new RedisStorage({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, ttlSeconds, log });
  try {
    await storage.connect();
    log.info({ event: 'storage.redis' }, 'Conversation state is kept in Redis');
  } catch (err) {
    log.error({ event: 'storage.redis.unreachable', reason: (err as Error).message }, 'Redis is not reachable yet; retrying in the background');
  }
  return storage;
}

export { ETAG_ANY, ETAG_NEW, ETagConflictError, isETagConflict } from './etag';
export { documentJson } from './documentJson';
export { MemoryStorage } from './memoryStorage';
export { RedisStorage } from './redisStorage';
