import { RedisPlanStore } from '../../src/plan/redisStore';
import { createRedisClient } from '../../src/redisClient';
import { useRedisServer } from '../helpers/redisServer';

const redis = useRedisServer();
const DAY_MS = 24 * 3600 * 1000;
const plan = { title: 'Jouw plan', sections: [{ title: 'Geldfit', lines: ['Bel 0800-8115.', '• Gratis'] }, { title: 'Jouw eigen volgende stap', lines: ['“<b>bellen</b>”'], typed: true }], madeAt: '2026-11-30T10:00:00.000Z' };

describe('the kept plans in Redis', () => {
  it('keeps a plan under its token with the time limit, readable from another instance', async () => {
    const one = new RedisPlanStore(redis.url, 'plans1:', 30 * DAY_MS);
    const two = new RedisPlanStore(redis.url, 'plans1:', 30 * DAY_MS);
    await Promise.all([one.connect(), two.connect()]);
    const kept = await one.keep({ token: 'A'.repeat(32), conversation: 'conversation/webchat/abc-123', plan });
    expect(await two.get('A'.repeat(32))).toEqual(kept);
    expect(kept.sections[1]).toEqual(plan.sections[1]);
    expect(await two.get('B'.repeat(32))).toBeNull();

    const raw = createRedisClient(redis.url);
    await raw.connect();
    const keys = await raw.keys('plans1:*');
    // The conversation is known only by a hash: its id is in no key and no value.
    expect(keys.join(' ')).not.toContain('abc-123');
    for (const key of keys) expect(JSON.stringify(await raw.type(key) === 'set' ? await raw.sMembers(key) : await raw.get(key))).not.toContain('abc-123');
    const ttl = Number(await raw.pTTL('plans1:plan:token:' + 'A'.repeat(32)));
    expect(ttl).toBeGreaterThan(30 * DAY_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(30 * DAY_MS);
    await raw.close();
    await one.close();
    await two.close();
  });

  it('forgets every plan of one conversation, and only those; keys expire', async () => {
    const store = new RedisPlanStore(redis.url, 'plans2:', 1500);
    await store.connect();
    await store.keep({ token: '1'.repeat(32), conversation: 'c1', plan });
    await store.keep({ token: '2'.repeat(32), conversation: 'c1', plan });
    await store.keep({ token: '3'.repeat(32), conversation: 'c2', plan });
    expect(await store.forget('c1')).toBe(2);
    expect(await store.get('1'.repeat(32))).toBeNull();
    expect(await store.get('2'.repeat(32))).toBeNull();
    expect(await store.get('3'.repeat(32))).not.toBeNull();
    await new Promise((r) => setTimeout(r, 1700));
    expect(await store.get('3'.repeat(32))).toBeNull();
    const raw = createRedisClient(redis.url);
    await raw.connect();
    expect(await raw.keys('plans2:*')).toEqual([]);
    await raw.close();
    await store.close();
  });
});
