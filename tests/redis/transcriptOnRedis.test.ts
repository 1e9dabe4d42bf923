import nock from 'nock';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { RedisTranscriptStore } from '../../src/bot/directLine/redisTranscriptStore';
import { DEFAULT_TRANSCRIPT_LIMITS } from '../../src/bot/directLine/transcriptStore';
import { createRedisClient } from '../../src/redisClient';
import { silentLogger } from '../helpers/silentLog';
import { useRedisServer } from '../helpers/redisServer';
import { ERROR_TEXT, poll, postActivity, say, startConversation, textsOf } from '../helpers/directLine';

const redis = useRedisServer();
const LOOSE = { createBurst: 1000, createPerSecond: 100, postBurst: 1000, postPerSecond: 100 };

async function instance(prefix: string): Promise<{ app: App; base: string }> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix });
  const app = await createApp(config, silentLogger(), undefined, { dispatchEveryMs: false, directLineRates: LOOSE });
  return { app, base: `http://127.0.0.1:${await app.listen(0)}` };
}

beforeAll(() => nock.enableNetConnect(/127\.0\.0\.1|localhost/));

describe('the web transcript in Redis', () => {
  it('keeps watermarks counting after forget, bounds bytes per conversation, and expires', async () => {
    const store = new RedisTranscriptStore(redis.url, 'unit:', { ...DEFAULT_TRANSCRIPT_LIMITS, maxBytesPerConversation: 10_000, idleMs: 60_000 });
    await store.connect();
    const id = '11111111-1111-4111-8111-111111111111';
    for (let i = 0; i < 50; i++) await store.append(id, { type: 'message', text: `${i} ${'x'.repeat(1000)}` });
    const all = await store.since(id, 0);
    expect(all.activities.length).toBeLessThanOrEqual(10);
    expect(all.activities.at(-1)?.text).toMatch(/^49 /);
    expect(all.watermark).toBe('50');
    const raw = createRedisClient(redis.url);
    await raw.connect();
    const ttl = Number(await raw.ttl(`unit:directline:{${id}}:log`));
    await raw.close();
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60);
    await store.forget(id);
    expect(await store.has(id)).toBe(false);
    expect((await store.since(id, 0)).activities).toEqual([]);
    const next = await store.append(id, { type: 'message', text: 'na' });
    expect(next.id.endsWith('0000050')).toBe(true);
    expect((await store.since(id, 50)).activities.map((a) => a.text)).toEqual(['na']);
    await store.close();
  });

  it('two instances serve one web conversation alternately, and a restart keeps it', async () => {
    const one = await instance('alt:');
    const two = await instance('alt:');
    const id = await startConversation(one.base);
    await postActivity(one.base, id, { type: 'event', name: 'webchat/join', from: { id: 'u' } });
    await say(two.base, id, 'Ik wil praten over geld');
    await say(one.base, id, 'Het lukt niet');
    const seenByOne = await poll(one.base, id);
    const seenByTwo = await poll(two.base, id);
    expect(seenByTwo).toEqual(seenByOne);
    expect(textsOf(seenByOne.activities)).toContain('Hoe staat het met je geld?');
    await one.app.close();
    const three = await instance('alt:');
    expect(await poll(three.base, id)).toEqual(seenByOne);
    console.log(`two instances: ${seenByOne.activities.length} activities served alike by both and after a restart`);

    await say(three.base, id, 'verwijder mijn gegevens');
    const after = await poll(two.base, id, 0);
    expect(after.activities.every((a) => a.channelData?.geldgesprek?.deleted === true)).toBe(true);
    expect(textsOf(after.activities)).not.toMatch(/praten over geld|lukt niet/);
    await two.app.close();
    await three.app.close();
  });

  it('20 simultaneous messages on one conversation over two instances all succeed', async () => {
    const one = await instance('twenty:');
    const two = await instance('twenty:');
    const id = await startConversation(one.base);
    await postActivity(one.base, id, { type: 'event', name: 'webchat/join', from: { id: 'u' } });
    const started = Date.now();
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => say(i % 2 ? two.base : one.base, id, `bericht ${i}`).then((r) => r.status)));
    const { activities } = await poll(one.base, id);
    const errors = activities.filter((a) => (a.text ?? '').includes(ERROR_TEXT)).length;
    console.log(`20 at once over two instances: ${statuses.filter((s) => s === 200).length} × 200, ${errors} error replies, ${Date.now() - started} ms`);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(errors).toBe(0);
    expect(activities.filter((a) => a.from.role === 'user' && /^bericht/.test(a.text ?? ''))).toHaveLength(20);
    await one.app.close();
    await two.app.close();
  });
});
