import nock from 'nock';
import { createApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { MAX_BODY_BYTES } from '../../src/bot/server';
import { MemoryStorage, RedisStorage } from '../../src/bot/storage';
import { silentLogger } from '../helpers/silentLog';

const ACTIVITY = {
  type: 'message',
  id: 'a1',
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/',
  from: { id: 'user1', name: 'User' },
  recipient: { id: 'bot', name: 'Bot' },
  conversation: { id: 'http-conv' },
  text: 'hoi',
};

async function started(env: Record<string, string> = {}, storage?: MemoryStorage | RedisStorage): Promise<{ app: App; base: string; config: Config }> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, silentLogger(), storage ?? new MemoryStorage(3600));
  const port = await app.listen(0);
  return { app, base: `http://127.0.0.1:${port}`, config };
}

function post(base: string, path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
}

describe('the HTTP endpoints', () => {
  let app: App;
  let base: string;
  beforeAll(async () => {
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    ({ app, base } = await started());
  });
  afterAll(async () => {
    await app.close();
  });

  describe('POST /api/messages with bad input answers clearly and keeps running', () => {
    it('a body that is not JSON gets 400', async () => {
      const res = await post(base, '/api/messages', '{"type": "message", ');
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/JSON/i);
    });

    it('an activity without required fields gets 400 naming the field', async () => {
      const { conversation: _c, ...missing } = ACTIVITY;
      const res = await post(base, '/api/messages', JSON.stringify(missing));
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toContain('conversation');
    });

    it('a JSON array gets 400', async () => {
      const res = await post(base, '/api/messages', '[1,2,3]');
      expect(res.status).toBe(400);
    });

    it('a message of 100 KB gets 413', async () => {
      const text = 'x'.repeat(100 * 1024);
      expect(text.length).toBeGreaterThan(MAX_BODY_BYTES);
      const res = await post(base, '/api/messages', JSON.stringify({ ...ACTIVITY, text }));
      expect(res.status).toBe(413);
    });

    it('an unknown activity type gets 400', async () => {
      const res = await post(base, '/api/messages', JSON.stringify({ ...ACTIVITY, type: 'teleport' }));
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toContain('not a known activity type');
    });

    it('still answers health after all of that', async () => {
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', storage: { kind: 'memory', ok: true } });
    });
  });

  describe('the web page', () => {
    it('serves the page in Dutch, with a content security policy', async () => {
      const res = await fetch(`${base}/`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain('src="/webchat.js"');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
    });

    it('serves Web Chat from the installed package, not a CDN', async () => {
      const res = await fetch(`${base}/webchat.js`);
      expect(res.status).toBe(200);
      expect((await res.text()).length).toBeGreaterThan(1_000_000);
    });

    it('points the page at the local Direct Line when no secret is configured', async () => {
      const res = await post(base, '/api/webchat/session', '{}');
      expect(await res.json()).toEqual({ mode: 'local', domainPath: '/v3/directline', gemeente: null });
    });
  });

  describe('the local Direct Line', () => {
    async function conversation() {
      const res = await post(base, '/v3/directline/conversations', '{}');
      expect(res.status).toBe(201);
      return (await res.json()) as { conversationId: string; token: string };
    }
    const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

    it('greets on join and answers a message, with the user\'s own activity echoed first', async () => {
      const { conversationId, token } = await conversation();
      const dl = `/v3/directline/conversations/${conversationId}`;
      await post(base, `${dl}/activities`, JSON.stringify({ type: 'event', name: 'webchat/join', from: { id: 'u1' } }), auth(token));
      const sent = await post(base, `${dl}/activities`, JSON.stringify({ type: 'message', text: 'Wegwijzer opzoeken', from: { id: 'u1' } }), auth(token));
      expect(sent.status).toBe(200);
      const { id } = await sent.json();
      const res = await fetch(`${base}${dl}/activities?watermark=0`, { headers: auth(token) });
      const body = (await res.json()) as { activities: Array<{ id: string; text?: string; from: { role: string }; replyToId?: string }>; watermark: string };
      const texts = body.activities.map((a) => a.text ?? '');
      expect(texts).toContain('Hoi! Ik ben Geldgesprek.');
      const echoed = body.activities.findIndex((a) => a.id === id);
      expect(body.activities[echoed].from.role).toBe('user');
      expect(body.activities.slice(echoed + 1).map((a) => a.text).join(' ')).toContain('Wat wil je opzoeken?');
      expect(body.watermark).toBe(String(body.activities.length));
      const later = await (await fetch(`${base}${dl}/activities?watermark=${body.watermark}`, { headers: auth(token) })).json();
      expect(later.activities).toEqual([]);
    });

    it('refuses a wrong token with 403 and an unknown id with 404', async () => {
      const { conversationId } = await conversation();
      const other = await conversation();
      const wrong = await fetch(`${base}/v3/directline/conversations/${conversationId}/activities`, { headers: auth(other.token) });
      expect(wrong.status).toBe(403);
      const unknown = await fetch(`${base}/v3/directline/conversations/not-an-id/activities`, { headers: auth('not-an-id') });
      expect(unknown.status).toBe(404);
    });

    it('refuses a malformed activity with 400', async () => {
      const { conversationId, token } = await conversation();
      const res = await post(base, `/v3/directline/conversations/${conversationId}/activities`, JSON.stringify({ type: 'message', text: 'hoi' }), auth(token));
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toContain('from');
    });

    it('reconnects to a known conversation and refreshes its token', async () => {
      const { conversationId, token } = await conversation();
      const again = await fetch(`${base}/v3/directline/conversations/${conversationId}?watermark=`, { headers: auth(token) });
      expect(await again.json()).toMatchObject({ conversationId });
      const refreshed = await post(base, '/v3/directline/tokens/refresh', '', auth(token));
      expect(await refreshed.json()).toMatchObject({ token });
    });
  });
});

describe('CORS for the browser-facing API', () => {
  it('allows a configured gemeente website, and no other', async () => {
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    const { app, base } = await started();
    try {
      const allowed = await fetch(`${base}/api/webchat/session`, { method: 'POST', headers: { Origin: 'https://www.dorpsveen.example', 'Content-Type': 'application/json' }, body: '{}' });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.dorpsveen.example');
      const other = await fetch(`${base}/api/webchat/session`, { method: 'POST', headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' }, body: '{}' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(`${base}/v3/directline/conversations`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
      expect(preflight.status).toBe(403);
      const okPreflight = await fetch(`${base}/v3/directline/conversations`, { method: 'OPTIONS', headers: { Origin: 'https://www.dorpsveen.example', 'Access-Control-Request-Method': 'POST' } });
      expect(okPreflight.status).toBe(204);
    } finally {
      await app.close();
    }
  });

  it('lets only configured gemeente websites frame the chat page, and themes it per gemeente', async () => {
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    const { app, base } = await started();
    try {
      const page = await fetch(`${base}/?embed=1&gemeente=dorpsveen`);
      const ancestors = (page.headers.get('content-security-policy') ?? '').split('; ').find((d) => d.startsWith('frame-ancestors'))!.split(' ');
      expect(ancestors.sort()).toEqual(["'self'", 'frame-ancestors', 'http://127.0.0.1:3978', 'http://localhost:3978', 'https://www.dorpsveen.example'].sort());
      const session = await (await post(base, '/api/webchat/session', JSON.stringify({ gemeente: 'dorpsveen' }))).json();
      expect(session.gemeente).toEqual({ id: 'dorpsveen', name: 'Dorpsveen', primaryColor: '#6a1b4d', logoText: 'Gemeente Dorpsveen' });
      const unknown = await (await post(base, '/api/webchat/session', JSON.stringify({ gemeente: 'nergenshuizen' }))).json();
      expect(unknown.gemeente).toBeNull();
    } finally {
      await app.close();
    }
  });
});

describe('with MicrosoftAppId configured', () => {
  it('refuses an unsigned request with 401', async () => {
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    const { app, base } = await started({
      MicrosoftAppId: '3f1b8f3e-9a7c-4a53-9d2a-2f0c3b1e4d5a',
      MicrosoftAppPassword: 'not-a-real-password',
    });
    // botbuilder's CloudAdapter writes every refused request to console.error itself: captured and checked here.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await post(base, '/api/messages', JSON.stringify(ACTIVITY));
      expect(res.status).toBe(401);
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(consoleError.mock.calls[0][0]).toMatchObject({ statusCode: 401, message: expect.stringContaining('Unauthorized') as string });
    } finally {
      consoleError.mockRestore();
      await app.close();
    }
  });
});

describe('with DIRECT_LINE_SECRET configured', () => {
  afterEach(() => nock.cleanAll());

  it('hands the page an Azure Direct Line token and never the secret', async () => {
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    const scope = nock('https://directline.botframework.com', { reqheaders: { authorization: 'Bearer geheim-direct-line-secret' } })
      .post('/v3/directline/tokens/generate')
      .reply(200, { conversationId: 'abc', token: 'token-for-the-page-123', expires_in: 3600 });
    const { app, base } = await started({ DIRECT_LINE_SECRET: 'geheim-direct-line-secret' });
    try {
      const res = await post(base, '/api/webchat/session', '{}');
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ mode: 'azure', domain: 'https://directline.botframework.com/v3/directline', token: 'token-for-the-page-123', conversationId: 'abc', gemeente: null });
      expect(text).not.toContain('geheim');
      expect(scope.isDone()).toBe(true);
      const page = await fetch(`${base}/`);
      expect(page.headers.get('content-security-policy')).toContain('https://directline.botframework.com');
    } finally {
      await app.close();
    }
  });

  it('answers 502 when Azure refuses, without crashing', async () => {
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    nock('https://directline.botframework.com').post('/v3/directline/tokens/generate').reply(403, { error: 'no' });
    const { app, base } = await started({ DIRECT_LINE_SECRET: 'geheim-direct-line-secret' });
    try {
      const res = await post(base, '/api/webchat/session', '{}');
      expect(res.status).toBe(502);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('starting with REDIS_URL set while Redis is down', () => {
  it('still starts (storage and outbox give up waiting), and /healthz answers 503', async () => {
    const started = Date.now();
    const app = await createApp(loadConfig({ LOG_LEVEL: 'silent', REDIS_URL: 'redis://127.0.0.1:1' }), silentLogger(), undefined, { dispatchEveryMs: false });
    try {
      expect(Date.now() - started).toBeLessThan(10_000);
      const base = `http://127.0.0.1:${await app.listen(0)}`;
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(503);
    } finally {
      await app.close();
    }
  });
});

describe('GET /healthz with Redis configured but unreachable', () => {
  it('answers 503', async () => {
    const storage = new RedisStorage({ url: 'redis://127.0.0.1:1', keyPrefix: 'x:', ttlSeconds: 60, log: silentLogger() });
    await storage.connect(200).catch(() => undefined);
    const { app, base } = await started({}, storage);
    try {
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable', storage: { kind: 'redis', ok: false } });
    } finally {
      await app.close();
    }
  });
});
