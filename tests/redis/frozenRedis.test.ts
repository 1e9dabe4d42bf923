import nock from 'nock';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { RedisStorage } from '../../src/bot/storage';
import { silentLogger } from '../helpers/silentLog';
import { startRedis, type RunningRedis } from '../helpers/redisServer';
import { Chat, textOf } from '../helpers/chat';

jest.setTimeout(40_000);

/** A Redis that hangs (SIGSTOP: the port still accepts, nothing answers) must not hang the bot. */
describe('a frozen Redis', () => {
  let redis: RunningRedis;
  let app: App;
  let base: string;
  let storage: RedisStorage;
  beforeAll(async () => {
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    redis = await startRedis();
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'frozen:' });
    app = await createApp(config, silentLogger(), undefined, { dispatchEveryMs: false });
    base = `http://127.0.0.1:${await app.listen(0)}`;
    storage = new RedisStorage({ url: redis.url, keyPrefix: 'frozen:', ttlSeconds: 3600, log: silentLogger() });
    await storage.connect();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    process.kill(redis.pid, 'SIGSTOP');
  });
  afterAll(async () => {
    process.kill(redis.pid, 'SIGCONT');
    await storage.close();
    await app.close();
    await redis.stop();
  });

  it('/healthz answers 503 within 2 s, without the Redis address', async () => {
    const started = Date.now();
    const res = await fetch(`${base}/healthz`);
    const ms = Date.now() - started;
    const body = await res.text();
    console.log(`frozen Redis: /healthz ${res.status} in ${ms} ms: ${body}`);
    expect(res.status).toBe(503);
    expect(ms).toBeLessThan(2000);
    expect(body).not.toContain(String(redis.port));
  });

  it('a turn fails fast with the friendly error, and a crisis message still gets its help', async () => {
    const chat = new Chat({ storage, conversationId: 'frozen-1' });
    let started = Date.now();
    const plain = textOf(await chat.say('hoi'));
    const plainMs = Date.now() - started;
    started = Date.now();
    const crisis = textOf(await chat.say('ik wil dood'));
    const crisisMs = Date.now() - started;
    console.log(`frozen Redis: a turn answered in ${plainMs} ms, a crisis message in ${crisisMs} ms`);
    expect(plain).toContain('er ging bij mij iets mis');
    expect(crisis).toContain('113');
    expect(plainMs).toBeLessThan(3000);
    expect(crisisMs).toBeLessThan(3000);
  });

  it('the local Direct Line answers 503 quickly instead of hanging', async () => {
    const id = '22222222-2222-4222-8222-222222222222';
    const started = Date.now();
    const res = await fetch(`${base}/v3/directline/conversations/${id}/activities?watermark=0`, { headers: { Authorization: `Bearer ${id}` } });
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(2500);
  });
});
