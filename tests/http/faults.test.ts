import v8 from 'node:v8';
import vm from 'node:vm';
import nock from 'nock';
import { createApp, type App, type AppOptions } from '../../src/app';
import { loadConfig } from '../../src/config';
import { MemoryStorage } from '../../src/bot/storage';
import { MemoryTranscriptStore } from '../../src/bot/directLine/transcriptStore';
import { silentLogger } from '../helpers/silentLog';
import { ERROR_TEXT, poll, postActivity, say, startConversation, textsOf } from '../helpers/directLine';

const LOOSE = { createBurst: 10_000, createPerSecond: 1000, postBurst: 10_000, postPerSecond: 1000 };
const APP_ID = { MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-password' };

async function started(env: Record<string, string> = {}, options: AppOptions = {}): Promise<{ app: App; base: string }> {
  const app = await createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env }), silentLogger(), new MemoryStorage(3600), { dispatchEveryMs: false, ...options });
  return { app, base: `http://127.0.0.1:${await app.listen(0)}` };
}

beforeAll(() => nock.enableNetConnect(/127\.0\.0\.1|localhost/));

describe('"verwijder mijn gegevens" on the local Direct Line', () => {
  let app: App;
  let base: string;
  beforeAll(async () => ({ app, base } = await started({}, { directLineRates: LOOSE })));
  afterAll(() => app.close());

  it('leaves nothing of before in the transcript: only the confirmation', async () => {
    const id = await startConversation(base);
    await postActivity(base, id, { type: 'event', name: 'webchat/join', from: { id: 'u-test' } });
    for (const text of ['Ik wil praten over geld', 'Mijn naam is Sam de Vries, Dorpsstraat 12, 0612345678']) await say(base, id, text);
    const before = await poll(base, id);
    expect(textsOf(before.activities)).toContain('Sam de Vries');

    await say(base, id, 'verwijder mijn gegevens');
    const after = await poll(base, id, 0);
    const shown = textsOf(after.activities);
    console.log(`delete: ${before.activities.length} activities before, ${after.activities.length} after (${JSON.stringify(after.activities.map((a) => a.text))})`);
    expect(shown).not.toMatch(/Sam|Dorpsstraat|0612345678|praten over geld|verwijder/);
    expect(after.activities.every((a) => a.from.role === 'bot' && a.channelData?.geldgesprek?.deleted === true)).toBe(true);
    expect(shown).toContain('Ik heb je gegevens gewist');
    // A page polling from where it was still gets the confirmation: watermarks keep counting.
    const fromWhereItWas = await poll(base, id, Number(before.watermark) + 1);
    expect(textsOf(fromWhereItWas.activities)).toContain('Ik heb je gegevens gewist');
  });
});

describe('the local Direct Line is bounded', () => {
  it('creating conversations stores nothing and is rate-limited per address (429)', async () => {
    const transcripts = new MemoryTranscriptStore();
    const { app, base } = await started({}, { transcripts });
    const id = await startConversation(base);
    await say(base, id, 'hoi');
    const kept = (await poll(base, id)).activities.length;
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await fetch(`${base}/v3/directline/conversations`, { method: 'POST' })).status);
    console.log(`30 POST /conversations from one address: ${statuses.filter((s) => s === 201).length} × 201, ${statuses.filter((s) => s === 429).length} × 429`);
    expect(statuses).toContain(429);
    expect((await poll(base, id)).activities.length).toBe(kept);
    await app.close();
  });

  it('starting web chat sessions is rate-limited per address too (429), with no stack trace', async () => {
    const { app, base } = await started({});
    const statuses: number[] = [];
    let body = '';
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${base}/api/webchat/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      statuses.push(res.status);
      if (res.status === 429) body = await res.text();
    }
    expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true);
    expect(statuses).toContain(429);
    expect(body).not.toMatch(/\bat \w+ \(/);
    await app.close();
  });

  it('refuses an activity over the size cap with 413, and deep JSON with 400; later polls still work', async () => {
    const { app, base } = await started({}, { directLineRates: LOOSE });
    const id = await startConversation(base);
    const big = await postActivity(base, id, { type: 'message', text: 'hoi', from: { id: 'u' }, channelData: { pad: 'x'.repeat(40 * 1024) } });
    expect(big.status).toBe(413);
    const deep = `${'{"d":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const nested = await fetch(`${base}/v3/directline/conversations/${id}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${id}`, 'Content-Type': 'application/json' },
      body: `{"type":"message","text":"hoi","from":{"id":"u"},"channelData":${deep}}`,
    });
    expect(nested.status).toBe(400);
    const body = await nested.text();
    expect(body).not.toMatch(/at \w+ \(|\.ts:|node_modules/);
    expect((await fetch(`${base}/v3/directline/conversations/${id}/activities?watermark=0`, { headers: { Authorization: `Bearer ${id}` } })).status).toBe(200);
    await app.close();
  });

  it('does not store typing, and 3,000 posts of 60 KB raise memory by less than 64 MB', async () => {
    const transcripts = new MemoryTranscriptStore();
    const { app, base } = await started({}, { directLineRates: LOOSE, transcripts });
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const ids = await Promise.all(Array.from({ length: 30 }, () => startConversation(base)));
    const pad = 'x'.repeat(60 * 1024 - 200);
    const pad30 = 'y'.repeat(30 * 1024);
    for (let round = 0; round < 100; round++) {
      await Promise.all(
        ids.map((id, i) =>
          // Most are "typing" of 60 KB (not stored); every third is an event of 30 KB (stored, bounded).
          postActivity(base, id, (round + i) % 3 === 0 ? { type: 'event', name: 'x', from: { id: 'u' }, channelData: { pad: pad30 } } : { type: 'typing', from: { id: 'u' }, channelData: { pad } }),
        ),
      );
    }
    gc();
    const grown = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    console.log(`3,000 posts of up to 60 KB: heap grew ${grown.toFixed(1)} MB; transcript holds ${(transcripts.totalBytes / 1024 / 1024).toFixed(2)} MB`);
    expect(grown).toBeLessThan(64);
    expect(transcripts.totalBytes).toBeLessThanOrEqual(30 * transcripts.limits.maxBytesPerConversation);
    const typing = (await poll(base, ids[1])).activities.filter((a) => a.type === 'typing');
    expect(typing).toEqual([]);
    await app.close();
  }, 120_000);
});

describe('production closes the local Direct Line', () => {
  it('with an app id and password, POST /v3/directline/conversations is not there and the page gets no session', async () => {
    const { app, base } = await started(APP_ID);
    const res = await fetch(`${base}/v3/directline/conversations`, { method: 'POST' });
    console.log(`production without LOCAL_DIRECT_LINE: POST /v3/directline/conversations → ${res.status}`);
    expect([404, 405]).toContain(res.status);
    const session = await fetch(`${base}/api/webchat/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(session.status).toBeGreaterThanOrEqual(500);
    await app.close();
  });

  it('opens it only when LOCAL_DIRECT_LINE=true', async () => {
    const { app, base } = await started({ ...APP_ID, LOCAL_DIRECT_LINE: 'true' });
    expect((await fetch(`${base}/v3/directline/conversations`, { method: 'POST' })).status).toBe(201);
    await app.close();
  });
});

describe('/api/messages at the border', () => {
  it('membersAdded of the wrong type gets 400, not a turn error', async () => {
    const { app, base } = await started();
    const activity = { type: 'conversationUpdate', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9/', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' }, membersAdded: 'everyone' };
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('membersAdded');
    await app.close();
  });
});

describe('without an app id', () => {
  it('refuses a serviceUrl that is not on this machine', async () => {
    const { app, base } = await started();
    const activity = { type: 'message', text: 'hoi', channelId: 'emulator', serviceUrl: 'https://evil.example/', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } };
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
    expect(res.status).toBe(400);
    await app.close();
  });
});

describe('simultaneous messages on one conversation, one instance', () => {
  it('20 at once all get an answer, none the error', async () => {
    const { app, base } = await started({}, { directLineRates: LOOSE });
    const id = await startConversation(base);
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => say(base, id, `bericht ${i}`).then((r) => r.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(textsOf((await poll(base, id)).activities)).not.toContain(ERROR_TEXT);
    await app.close();
  });
});
