import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, sign } from '../../src/handover/payload';
import { createReceiver, RECEIVER_PATH, REPLAY_WINDOW_SECONDS, verifySignature, type CallBackRequest } from '../../scripts/demoReceiver';

const SECRET = 'demo-receiver-test-secret';
const NOW = 1_800_000_000;
const body = (key = randomUUID()) =>
  JSON.stringify({ version: 1, idempotencyKey: key, gemeente: 'voorbeeldstad', referrals: ['schuldhulpverlening'], contact: { name: 'Sam', phone: '+31612345678', moment: 'middag' }, consentAt: new Date(NOW * 1000).toISOString() });

/** The reference receiver checks exactly what the bot's dispatcher signs (src/handover/payload.ts). */
describe('verifySignature', () => {
  const raw = body();
  it('accepts what the bot signs, within the replay window', () => {
    expect(verifySignature(Buffer.from(raw), sign(raw, SECRET, NOW), SECRET, NOW + 10)).toEqual({ ok: true, ageSeconds: 10 });
  });
  it.each([
    ['a wrong secret', sign(raw, 'another-secret', NOW), raw, NOW, /does not match/],
    ['a changed body', sign(raw, SECRET, NOW), raw.replace('Sam', 'Kim'), NOW, /does not match/],
    ['an old signature (a replay)', sign(raw, SECRET, NOW), raw, NOW + REPLAY_WINDOW_SECONDS + 1, /replay window/],
    ['a signature from the future', sign(raw, SECRET, NOW + REPLAY_WINDOW_SECONDS + 1), raw, NOW, /replay window/],
    ['no signature', '', raw, NOW, /expected form/],
    ['a short v1', `t=${NOW},v1=abcd`, raw, NOW, /expected form/],
  ])('refuses %s', (_what, header, sent, now, reason) => {
    expect(verifySignature(Buffer.from(sent), header, SECRET, now)).toEqual({ ok: false, reason: expect.stringMatching(reason) as string });
  });
});

describe('the receiver', () => {
  let server: http.Server;
  let url: string;
  const delivered: CallBackRequest[] = [];
  const refused: string[] = [];
  beforeAll(async () => {
    server = createReceiver({ secret: SECRET, now: () => NOW * 1000, deliver: (r) => void delivered.push(r), refused: (s, r) => void refused.push(`${s} ${r}`) });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${RECEIVER_PATH}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const post = (raw: string, key: string, signature = sign(raw, SECRET, NOW)) =>
    fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: signature, [IDEMPOTENCY_HEADER]: key }, body: raw });

  it('delivers a signed request once; a retry with the same key gets 409, which the bot counts as delivered', async () => {
    const key = randomUUID();
    expect((await post(body(key), key)).status).toBe(200);
    expect((await post(body(key), key, sign(body(key), SECRET, NOW + 5))).status).toBe(409);
    expect(delivered.map((r) => r.idempotencyKey)).toEqual([key]);
  });

  it('refuses a bad signature with 401, a key that differs from the body with 400, and other paths with 404', async () => {
    const key = randomUUID();
    expect((await post(body(key), key, sign(body(key), 'wrong', NOW))).status).toBe(401);
    expect((await post(body(key), randomUUID())).status).toBe(400);
    expect((await fetch(url.replace(RECEIVER_PATH, '/elders'), { method: 'POST' })).status).toBe(404);
    expect(refused.map((r) => r.slice(0, 3))).toEqual(['409', '401', '400', '404']);
    expect(refused.join('\n')).not.toContain('Sam'); // refusals never print the body
  });
});
