import { createClient } from 'redis';
import { ETAG_NEW, isETagConflict, RedisStorage } from '../../src/bot/storage';
import { silentLogger } from '../helpers/silentLog';
import { startRedis, type RunningRedis } from '../helpers/redisServer';

let redis: RunningRedis;
let storage: RedisStorage;
const TTL = 30 * 24 * 3600;

beforeAll(async () => {
  redis = await startRedis();
  storage = new RedisStorage({ url: redis.url, keyPrefix: 'test:', ttlSeconds: TTL, log: silentLogger() });
  await storage.connect();
});

afterAll(async () => {
  await storage?.close();
  await redis?.stop();
});

const expectConflict = async (promise: Promise<unknown>) => {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(isETagConflict(err)).toBe(true);
};

describe('RedisStorage follows botbuilder\'s Storage contract', () => {
  it('creates an item and reads it back with an eTag', async () => {
    await storage.write({ a: { step: 1 } });
    const { a } = await storage.read(['a']);
    expect(a).toMatchObject({ step: 1 });
    expect(typeof a.eTag).toBe('string');
  });

  it('reads a missing key as absent', async () => {
    expect(await storage.read(['nope'])).toEqual({});
  });

  it('updates with the matching eTag, and gives a new eTag', async () => {
    await storage.write({ b: { step: 1 } });
    const first = (await storage.read(['b'])).b;
    await storage.write({ b: { step: 2, eTag: first.eTag } });
    const second = (await storage.read(['b'])).b;
    expect(second).toMatchObject({ step: 2 });
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('refuses a write with a stale eTag, and keeps the newer data', async () => {
    await storage.write({ c: { step: 1 } });
    const stale = (await storage.read(['c'])).c.eTag;
    await storage.write({ c: { step: 2, eTag: stale } });
    await expectConflict(storage.write({ c: { step: 99, eTag: stale } }));
    expect((await storage.read(['c'])).c).toMatchObject({ step: 2 });
  });

  it('overwrites with eTag "*"', async () => {
    await storage.write({ d: { step: 1 } });
    await storage.write({ d: { step: 7, eTag: '*' } });
    expect((await storage.read(['d'])).d).toMatchObject({ step: 7 });
  });

  it('creates only once with ETAG_NEW', async () => {
    await storage.write({ e: { who: 'first', eTag: ETAG_NEW } });
    await expectConflict(storage.write({ e: { who: 'second', eTag: ETAG_NEW } }));
    expect((await storage.read(['e'])).e).toMatchObject({ who: 'first' });
  });

  it('deletes', async () => {
    await storage.write({ f: { step: 1 } });
    await storage.delete(['f']);
    expect(await storage.read(['f'])).toEqual({});
  });

  it('sets the expiry on every write', async () => {
    await storage.write({ g: { step: 1 } });
    const ttl = await storage.ttlOf('g');
    expect(ttl).toBeGreaterThan(TTL - 10);
    expect(ttl).toBeLessThanOrEqual(TTL);
  });

  it('puts the prefix before every key, so bots can share one Redis', async () => {
    await storage.write({ 'conversation/x': { step: 1 } });
    const client = createClient({ url: redis.url });
    await client.connect();
    expect(await client.keys('*conversation/x')).toEqual(['test:conversation/x']);
    await client.quit();
    const other = new RedisStorage({ url: redis.url, keyPrefix: 'other:', ttlSeconds: TTL, log: silentLogger() });
    await other.connect();
    expect(await other.read(['conversation/x'])).toEqual({});
    await other.close();
  });

  it('of two concurrent writers with the same eTag, exactly one wins; the loser\'s retry sees the winner', async () => {
    await storage.write({ h: { count: 0 } });
    const { eTag } = (await storage.read(['h'])).h;
    const results = await Promise.allSettled([
      storage.write({ h: { count: 1, by: 'A', eTag } }),
      storage.write({ h: { count: 1, by: 'B', eTag } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(isETagConflict(lost.reason)).toBe(true);
    const winner = (await storage.read(['h'])).h;
    const loser = results[0].status === 'rejected' ? 'A' : 'B';
    expect(winner.by).not.toBe(loser);
    await storage.write({ h: { count: winner.count + 1, by: loser, eTag: winner.eTag } });
    expect((await storage.read(['h'])).h).toMatchObject({ count: 2, by: loser });
  });

  it('counts right under 50 concurrent read-modify-write loops', async () => {
    await storage.write({ counter: { n: 0 } });
    const increment = async () => {
      for (;;) {
        const item = (await storage.read(['counter'])).counter;
        try {
          await storage.write({ counter: { n: item.n + 1, eTag: item.eTag } });
          return;
        } catch (err) {
          if (!isETagConflict(err)) throw err;
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, increment));
    expect((await storage.read(['counter'])).counter.n).toBe(50);
  });

  it('reports health: ok while up', async () => {
    expect(await storage.health()).toEqual({ kind: 'redis', ok: true });
  });
});

describe('RedisStorage sends its write script once', () => {
  const stats = async (client: ReturnType<typeof createClient>) => {
    const info = await client.info('commandstats');
    const calls = (cmd: string) => Number(new RegExp(`cmdstat_${cmd}:calls=(\\d+)`).exec(info)?.[1] ?? 0);
    return { eval: calls('eval'), evalsha: calls('evalsha') };
  };

  it('writes with EVALSHA, and sends the script again (EVAL) only after Redis lost it', async () => {
    const admin = createClient({ url: redis.url });
    await admin.connect();
    await admin.scriptFlush();
    await admin.configResetStat();
    await storage.write({ s1: { n: 1 } });
    const eTag = (await storage.read(['s1'])).s1.eTag;
    await storage.write({ s1: { n: 2, eTag } });
    await storage.write({ s2: { n: 1 } });
    expect(await stats(admin)).toEqual({ eval: 1, evalsha: 3 });
    expect((await storage.read(['s1'])).s1).toMatchObject({ n: 2 });
    await expectConflict(storage.write({ s1: { n: 3, eTag } }));
    await admin.close();
  });
});
