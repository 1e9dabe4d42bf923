import nock from 'nock';
import { randomUUID } from 'node:crypto';
import { HandoverDispatcher } from '../../src/handover/dispatcher';
import { MemoryOutbox, RedisOutbox, type Outbox, type OutboxItem } from '../../src/handover/outbox';
import { HandoverPayloadSchema, IDEMPOTENCY_HEADER, SIGNATURE_HEADER, sign, verify } from '../../src/handover/payload';
import type { Gemeente } from '../../src/content/gemeenten';
import { capturingLogger } from '../helpers/silentLog';
import { useRedisServer } from '../helpers/redisServer';

const SECRET = 'wijkteam-geheim-0123456789abcdef';
const HOOK = 'https://wijkteam.teststad.example';
const gemeente: Gemeente = {
  id: 'teststad',
  name: 'Teststad',
  allowedOrigins: ['https://www.teststad.example'],
  page: { primaryColor: '#123456', logoText: 'Teststad' },
  contacts: {},
  handover: { webhookUrl: `${HOOK}/terugbellen`, secretEnv: 'HANDOVER_SECRET_TESTSTAD', giveUpAfterMinutes: 60 },
};

function item(now: number, conversation = 'conversation/webchat/abc'): OutboxItem {
  const key = randomUUID();
  return {
    key,
    conversation,
    gemeente: 'teststad',
    payload: {
      version: 1,
      idempotencyKey: key,
      gemeente: 'teststad',
      referrals: ['schuldhulpverlening'],
      contact: { name: 'Sam', phone: '+31612345678', moment: 'middag' },
      consentAt: new Date(now).toISOString(),
    },
    reference: { channelId: 'webchat', conversation: { id: 'abc' } },
    createdAt: now,
    attempts: 0,
    nextAt: now,
    giveUpAt: now + 60 * 60_000,
  };
}

interface Received {
  body: string;
  signature: string;
  key: string;
}

/** A clock the test moves, and a dispatcher on it. */
function setup(outbox: Outbox) {
  let now = Date.parse('2026-11-22T10:00:00Z');
  const notified: OutboxItem[] = [];
  const { log, lines } = capturingLogger();
  const dispatcher = new HandoverDispatcher(outbox, {
    gemeenten: new Map([['teststad', gemeente]]),
    env: { HANDOVER_SECRET_TESTSTAD: SECRET },
    log,
    notifyGaveUp: async (i) => {
      notified.push(i);
    },
    now: () => now,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    timeoutMs: 300,
  });
  return { dispatcher, notified, lines, advance: (ms: number) => (now += ms), now: () => now };
}

function recordInto(received: Received[]) {
  return function (this: nock.ReplyFnContext, _uri: string, body: nock.Body) {
    received.push({ body: JSON.stringify(body), signature: String(this.req.headers[SIGNATURE_HEADER.toLowerCase()]), key: String(this.req.headers[IDEMPOTENCY_HEADER.toLowerCase()]) });
  };
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('delivering a call-back request', () => {
  it('sends one signed request with an idempotency key and a valid payload, then forgets it', async () => {
    const outbox = new MemoryOutbox();
    const { dispatcher, advance, now } = setup(outbox);
    const request = item(Date.parse('2026-11-22T10:00:00Z'));
    await outbox.add(request);
    const received: Received[] = [];
    nock(HOOK).post('/terugbellen').reply(function (uri, body) {
      recordInto(received).call(this, uri, body);
      return [200, { ok: true }];
    });
    await dispatcher.tick();
    advance(10_000);
    await dispatcher.tick();
    expect(received).toHaveLength(1);
    const sent = received[0];
    expect(sent.key).toBe(request.key);
    expect(HandoverPayloadSchema.parse(JSON.parse(sent.body))).toEqual(request.payload);
    expect(verify(sent.body, sent.signature, SECRET, now() / 1000)).toBe(true);
    expect(verify(sent.body, sent.signature, 'another-secret', now() / 1000)).toBe(false);
    // A replay: the same signed request an hour later, or a timestamp from 1970, is refused.
    expect(verify(sent.body, sent.signature, SECRET, now() / 1000 + 3600)).toBe(false);
    expect(verify(sent.body, sign(sent.body, SECRET, 0), SECRET, now() / 1000)).toBe(false);
    expect(await outbox.size()).toBe(0);
  });

  it('retries after 500s with backoff, always with the same key, until delivered once', async () => {
    const outbox = new MemoryOutbox();
    const { dispatcher, advance, lines } = setup(outbox);
    const request = item(Date.parse('2026-11-22T10:00:00Z'));
    await outbox.add(request);
    const received: Received[] = [];
    nock(HOOK).post('/terugbellen').times(2).reply(function (uri, body) {
      recordInto(received).call(this, uri, body);
      return [500, 'kapot'];
    });
    nock(HOOK).post('/terugbellen').reply(function (uri, body) {
      recordInto(received).call(this, uri, body);
      return [201];
    });
    await dispatcher.tick(); // fails: next try after 1 s
    await dispatcher.tick(); // not due yet
    expect(received).toHaveLength(1);
    advance(1000);
    await dispatcher.tick(); // fails: next try after 2 s
    advance(1500);
    await dispatcher.tick(); // not due yet
    expect(received).toHaveLength(2);
    advance(600);
    await dispatcher.tick(); // delivered
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.key))).toEqual(new Set([request.key]));
    expect(await outbox.size()).toBe(0);
    expect(lines.filter((l) => l.includes('"handover.delivered"'))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('+31612345678');
    expect(lines.join('\n')).not.toContain('Sam');
  });

  it('counts a time-out as a failure and tries again', async () => {
    const outbox = new MemoryOutbox();
    const { dispatcher, advance } = setup(outbox);
    await outbox.add(item(Date.parse('2026-11-22T10:00:00Z')));
    nock(HOOK).post('/terugbellen').delay(1000).reply(200);
    nock(HOOK).post('/terugbellen').reply(200);
    await dispatcher.tick();
    expect(await outbox.size()).toBe(1);
    advance(1000);
    await dispatcher.tick();
    expect(await outbox.size()).toBe(0);
  });

  it('keeps trying while the webhook is down, and delivers when it is up again', async () => {
    const outbox = new MemoryOutbox();
    const { dispatcher, advance } = setup(outbox);
    await outbox.add(item(Date.parse('2026-11-22T10:00:00Z')));
    nock(HOOK).post('/terugbellen').times(4).replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
    for (let i = 0; i < 4; i++) {
      await dispatcher.tick();
      advance(60_000);
    }
    expect(await outbox.size()).toBe(1);
    const up = nock(HOOK).post('/terugbellen').reply(200);
    await dispatcher.tick();
    expect(up.isDone()).toBe(true);
    expect(await outbox.size()).toBe(0);
  });

  it('gives up at the configured time, and tells the person', async () => {
    const outbox = new MemoryOutbox();
    const { dispatcher, advance, notified } = setup(outbox);
    const request = item(Date.parse('2026-11-22T10:00:00Z'));
    await outbox.add(request);
    nock(HOOK).post('/terugbellen').times(100).reply(503);
    for (let i = 0; i < 100 && (await outbox.size()) > 0; i++) {
      await dispatcher.tick();
      advance(5 * 60_000);
    }
    expect(await outbox.size()).toBe(0);
    expect(notified.map((n) => n.key)).toEqual([request.key]);
  });

  it('removes what is not delivered yet when the person deletes their data', async () => {
    const outbox = new MemoryOutbox();
    await outbox.add(item(Date.now(), 'conversation/webchat/mine'));
    await outbox.add(item(Date.now(), 'conversation/webchat/other'));
    expect(await outbox.removeConversation('conversation/webchat/mine')).toBe(1);
    expect(await outbox.size()).toBe(1);
  });
});

describe('with the outbox in Redis', () => {
  const redis = useRedisServer();

  async function redisOutbox(): Promise<RedisOutbox> {
    const outbox = new RedisOutbox(redis.url, `t${Math.random().toString(36).slice(2)}:`);
    await outbox.connect();
    return outbox;
  }

  it('survives a bot restart between tries, and delivers once', async () => {
    const prefix = `restart${Math.random().toString(36).slice(2)}:`;
    const first = new RedisOutbox(redis.url, prefix);
    await first.connect();
    const one = setup(first);
    const request = item(one.now());
    await first.add(request);
    nock(HOOK).post('/terugbellen').reply(500);
    await one.dispatcher.tick();
    await first.close();

    const second = new RedisOutbox(redis.url, prefix);
    await second.connect();
    const two = setup(second);
    two.advance(5000);
    const received: Received[] = [];
    nock(HOOK).post('/terugbellen').reply(function (uri, body) {
      recordInto(received).call(this, uri, body);
      return [200];
    });
    await two.dispatcher.tick();
    await two.dispatcher.tick();
    expect(received.map((r) => r.key)).toEqual([request.key]);
    expect(await second.size()).toBe(0);
    await second.close();
  });

  it('hands a due request to only one of two instances at a time', async () => {
    const outbox = await redisOutbox();
    await outbox.add(item(Date.now()));
    const [a, b] = await Promise.all([outbox.claimDue(Date.now(), 60_000, 10), outbox.claimDue(Date.now(), 60_000, 10)]);
    expect(a.length + b.length).toBe(1);
    await outbox.close();
  });

  it('removes a conversation\'s undelivered requests', async () => {
    const outbox = await redisOutbox();
    await outbox.add(item(Date.now(), 'conversation/webchat/mine'));
    await outbox.add(item(Date.now(), 'conversation/webchat/mine'));
    await outbox.add(item(Date.now(), 'conversation/webchat/other'));
    expect(await outbox.removeConversation('conversation/webchat/mine')).toBe(2);
    expect(await outbox.size()).toBe(1);
    await outbox.close();
  });
});
