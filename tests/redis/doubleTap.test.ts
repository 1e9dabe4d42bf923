import { MemoryOutbox, RedisOutbox, type Outbox } from '../../src/handover/outbox';
import { HandoverRequests } from '../../src/handover/requests';
import { MemoryStorage, RedisStorage } from '../../src/bot/storage';
import { Chat, sayAll, textOf } from '../helpers/chat';
import { silentLogger } from '../helpers/silentLog';
import { useRedisServer } from '../helpers/redisServer';
import { TESTSTAD } from '../helpers/teststad';

const redis = useRedisServer();

const teststad = TESTSTAD;
const gemeenten = new Map([['teststad', teststad]]);

/** Takes a conversation to the call-back consent question ("Mag ik dit sturen?"). */
async function toConsent(chat: Chat): Promise<void> {
  await chat.send({ type: 'event', name: 'webchat/join', value: { gemeente: 'teststad' } });
  const replies = await sayAll(chat, ['Ik wil praten over geld', 'het lukt niet', 'ja', 'ja', 'ja', 'Sam', '0612345678', 'In de middag']);
  expect(textOf(replies)).toContain('Dit stuur ik naar');
}

/** Sends the same "ja" from each chat at the same moment, and returns every reply text. */
async function tapAtOnce(chats: Chat[]): Promise<string> {
  await Promise.all(chats.map((chat) => chat.adapter.receiveActivity('ja')));
  return chats.map((chat) => chat.adapter.activeQueue.splice(0).map((a) => a.text ?? '').join('\n')).join('\n');
}

async function redisParts(prefix: string): Promise<{ storage: RedisStorage; outbox: RedisOutbox }> {
  const storage = new RedisStorage({ url: redis.url, keyPrefix: prefix, ttlSeconds: 3600, log: silentLogger() });
  const outbox = new RedisOutbox(redis.url, prefix);
  await Promise.all([storage.connect(), outbox.connect()]);
  return { storage, outbox };
}

describe('a double tap on "ja" at the call-back consent sends exactly one request', () => {
  it.each([2, 5])('%i taps at once on one instance', async (taps) => {
    const outbox: Outbox = new MemoryOutbox();
    const chat = new Chat({ gemeenten, storage: new MemoryStorage(3600), handover: new HandoverRequests(outbox), conversationId: `tap-${taps}` });
    await toConsent(chat);
    const said = await tapAtOnce(Array.from({ length: taps }, () => chat));
    expect(said).toContain('Ik stuur het door.');
    expect(await outbox.size()).toBe(1);
  });

  it.each([2, 5])('%i taps at once spread over two instances sharing Redis', async (taps) => {
    const prefix = `tap${taps}:`;
    const one = await redisParts(prefix);
    const two = await redisParts(prefix);
    const id = `tap-redis-${taps}`;
    const first = new Chat({ gemeenten, storage: one.storage, handover: new HandoverRequests(one.outbox), conversationId: id });
    const second = new Chat({ gemeenten, storage: two.storage, handover: new HandoverRequests(two.outbox), conversationId: id });
    await toConsent(first);
    const said = await tapAtOnce(Array.from({ length: taps }, (_, i) => (i % 2 === 0 ? first : second)));
    expect(said).toContain('Ik stuur het door.');
    // Taps after the first are read as new messages; none of them fails.
    expect(said).not.toContain('er ging bij mij iets mis');
    expect(await one.outbox.size()).toBe(1);
    for (const part of [one, two]) {
      await part.outbox.close();
      await part.storage.close();
    }
  });
});
