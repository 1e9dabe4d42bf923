import { RedisStorage } from '../../src/bot/storage';
import { Chat, planData, talk, textOf } from '../helpers/chat';
import { capturingLogger, silentLogger } from '../helpers/silentLog';
import { startRedis, useRedisServer } from '../helpers/redisServer';

const redis = useRedisServer();

/** Storage whose first write waits until `release()`, after its first read: forces a conflicting turn. */
function holdFirstWrite(storage: RedisStorage): RedisStorage & { readSeen: Promise<void>; release(): void } {
  let seen!: () => void;
  let release!: () => void;
  const readSeen = new Promise<void>((resolve) => (seen = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  const read = storage.read.bind(storage);
  const write = storage.write.bind(storage);
  return Object.assign(storage, {
    readSeen,
    release,
    read: async (keys: string[]) => {
      const items = await read(keys);
      seen();
      return items;
    },
    write: async (changes: Parameters<RedisStorage['write']>[0]) => {
      if (!held) {
        held = true;
        await released;
      }
      return write(changes);
    },
  });
}

async function connected(): Promise<RedisStorage> {
  const storage = new RedisStorage({ url: redis.url, keyPrefix: 'gg:', ttlSeconds: 3600, log: silentLogger() });
  await storage.connect();
  return storage;
}

describe('a conversation kept in Redis', () => {
  it('continues where it was after the bot restarts', async () => {
    const before = await connected();
    const first = new Chat({ storage: before, conversationId: 'herstart' });
    await first.open();
    await first.say('banaan');
    await before.close();

    const after = await connected();
    const second = new Chat({ storage: after, conversationId: 'herstart' });
    const replies = await second.say('Wegwijzer opzoeken');
    expect(textOf(replies)).not.toContain('Hoi! Ik ben Geldgesprek.');
    expect(textOf(replies)).toContain('Wat wil je opzoeken?');
    await after.close();
  });

  it('two instances changing one conversation at once: the later write conflicts, runs again on fresh state, and both changes land', async () => {
    const storageA = await connected();
    const storageB = await connected();
    const { log, lines } = capturingLogger();
    const held = holdFirstWrite(storageA);
    const a = new Chat({ storage: held, conversationId: 'tegelijk', log });
    const b = new Chat({ storage: storageB, conversationId: 'tegelijk' });
    await b.open();
    // Instance A reads the record and holds its write; instance B finishes a turn on the same record first.
    const stopOnA = a.say('Stop');
    await held.readSeen;
    const lookup = await b.say('Wegwijzer opzoeken');
    expect(textOf(lookup)).toContain('Wat wil je opzoeken?');
    held.release();
    expect(textOf(await stopOnA)).toContain('we stoppen hier');
    expect(lines.filter((l) => l.includes('"turn.conflict"'))).toHaveLength(1);
    // Neither change was lost: the pause (A) and the way in (B) are both in the stored record.
    const back = await b.say('hallo');
    expect(textOf(back)).toContain('Fijn dat je er weer bent');
    expect(textOf(back)).toContain('Wat wil je opzoeken?');
    await storageA.close();
    await storageB.close();
  });

  it('reports an unreachable Redis as unhealthy without throwing', async () => {
    const storage = new RedisStorage({ url: 'redis://127.0.0.1:1', keyPrefix: 'gg:', ttlSeconds: 3600, log: silentLogger() });
    await expect(storage.connect(300)).rejects.toThrow();
    expect((await storage.health()).ok).toBe(false);
    await storage.close();
  });

  it('is unhealthy while Redis is down, and healthy again when it is back', async () => {
    const own = await startRedis();
    const storage = new RedisStorage({ url: own.url, keyPrefix: 'gg:', ttlSeconds: 3600, log: silentLogger() });
    await storage.connect();
    expect((await storage.health()).ok).toBe(true);
    await own.stop();
    await new Promise((r) => setTimeout(r, 200));
    expect((await storage.health()).ok).toBe(false);
    await expect(storage.read(['x'])).rejects.toThrow();
    const again = await startRedis(own.port);
    const deadline = Date.now() + 10_000;
    while (!(await storage.health()).ok && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect((await storage.health()).ok).toBe(true);
    await storage.close();
    await again.stop();
  });
});

describe('the money conversation kept in Redis', () => {
  it('after a pause and a restart, greets the person with where they were, and finishes the plan', async () => {
    let now = Date.parse('2026-11-22T10:00:00Z');
    const before = await connected();
    const first = new Chat({ storage: before, conversationId: 'pauze', now: () => now });
    await talk(first, await first.open(), [
      ['Waar wil je mee beginnen?', 'Ik wil praten over geld'],
      ['Lukt het jou om rond te komen?', 'Ik wil meteen naar de vragen'],
      ['Moet je binnenkort je huis uit?', 'nee'],
      ['Ben je de afgelopen maanden vrijgekomen', 'nee'],
      ['Heb je op dit moment inkomen?', 'ja'],
      ['Komt je inkomen van een baan met loonstrook, of van een uitkering?', 'ik werk'],
    ]);
    await before.close();

    now += 3 * 60 * 60 * 1000;
    const after = await connected();
    const second = new Chat({ storage: after, conversationId: 'pauze', now: () => now });
    const back = await second.open();
    expect(textOf(back)).toContain('Welkom terug. We gaan verder waar we waren.');
    expect(textOf(back)).toContain("Typ dan 'opnieuw'");
    const replies = await talk(second, back, [
      ['Krijg je dit geld elke maand', 'ja'],
      ['Weet je hoeveel geld er elke maand binnenkomt', 'ja'],
      ['Weet je welke rekeningen je hebt', 'ja'],
      ['Heb je rekeningen die te laat zijn betaald', 'nee'],
      ['Heb je schulden?', 'nee'],
      ['Heb je boetes of schulden bij het CJIB?', 'nee'],
      ['Heb je geld geleend van familie', 'nee'],
      ['Heb je vroeger schulden gehad?', 'nee'],
      ['Heb je nu al hulp bij je geldzaken?', 'nee'],
    ]);
    expect(planData(replies)!.referrals).toEqual(['nibud', 'geldfit-0800-8115']);
    await after.close();
  });
});
