import { createClient } from 'redis';
import { RedisStorage } from '../../src/bot/storage';
import { Chat, planData, techniqueClassifier, type Reply } from '../helpers/chat';
import { silentLogger } from '../helpers/silentLog';
import { useRedisServer } from '../helpers/redisServer';

const redis = useRedisServer();
/** The goal for one conversation's stored state (issue 15): what Redis holds stays small at any scale. */
const MAX_STATE_BYTES = 4 * 1024;

/** Runs a whole conversation on Redis and returns the largest stored record after any of its turns, in bytes. */
async function largestStoredState(name: string, lines: readonly string[], withTechniques = false): Promise<{ bytes: number; replies: Reply[] }> {
  const storage = new RedisStorage({ url: redis.url, keyPrefix: 'size:', ttlSeconds: 3600, log: silentLogger() });
  await storage.connect();
  const db = createClient({ url: redis.url });
  await db.connect();
  const chat = new Chat({ storage, conversationId: name, techniques: withTechniques ? await techniqueClassifier() : undefined });
  const key = `size:conversation/test/${name}`;
  const sizes: number[] = [];
  const replies: Reply[] = [];
  const measure = async () => sizes.push(Number(await db.hStrLen(key, 'doc')) + Number(await db.hStrLen(key, 'etag')));
  await chat.open();
  await measure();
  for (const line of lines) {
    replies.push(...(await chat.say(line)));
    await measure();
  }
  await db.close();
  await storage.close();
  expect(sizes.filter((s) => s > 0).length).toBeGreaterThan(lines.length / 2);
  if (process.env.SHOW_SIZES) console.log(name, Math.max(...sizes));
  return { bytes: Math.max(...sizes), replies };
}

describe('the state stored in Redis for one conversation', () => {
  it.each([
    ['straight to the plan', ['Ik wil praten over geld', 'Ik wil meteen naar de vragen', 'nee', 'nee', 'ja', 'een baan met loonstrook', 'ja', 'ja', 'ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee']],
    [
      'with debts, arrears and a call-back question',
      [
        'Ik wil praten over geld', 'soms is het lastig', 'ja', 'nee', 'Geen van deze', 'weet ik niet', 'nee', 'nog niks', 'weet ik niet', 'nee',
        'ja', 'ja', 'ja', 'nee', 'nee', 'ja', 'ja', 'ongeveer 8.000 euro', 'ja, bij het cjib', 'ja bij mijn neef', 'ja', 'nee', 'nee', 'ja graag', 'ja',
      ],
    ],
    [
      // Five answers kept to go back over ("terug"), at their largest: facts, amounts and the call-back's name and number.
      'with debts, going back, and a call-back',
      [
        'Ik wil praten over geld', 'het lukt niet, ik ben net vrij en heb schulden bij het cjib en de belasting', 'ja', 'nee', 'Veel stress', 'ik slaap slecht door al die brieven van de deurwaarder',
        'ik wil over zes maanden een eigen huis en werk hebben zonder schulden', 'ja', 'ik heb nog niks gedaan, ik durf de post niet open te maken', 'iemand die met mij de post doorneemt',
        'ja', 'nee', 'ja', 'nee', 'terug', 'ja', 'ja', 'nee', 'ja', 'ja', 'ongeveer 8.000 euro', 'terug', 'terug', 'ongeveer 12.000 euro', 'ja, bij het cjib', 'ja bij mijn neef', 'ja', 'nee', 'nee',
        'ja graag', 'ik bedoelde nee', 'ja graag', 'ja', 'Mohammed', '0612345678', "'s middags", 'terug', "'s ochtends", 'ja',
      ],
    ],
  ])('stays under 4 KB through a complete conversation (%s)', async (name, lines) => {
    const { bytes, replies } = await largestStoredState(name.replace(/\W+/g, '-'), lines);
    // The plain path must reach the plan; the longer one follows the routekaart as far as its answers take it.
    if (name === 'straight to the plan') expect(planData(replies)?.referrals.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(MAX_STATE_BYTES);
  });

  it('stays under 4 KB through a practice session with a simulated client', async () => {
    const lines = [
      'Ik ben professional en wil oefenen', 'Sandra',
      'Wat je hier vertelt blijft vertrouwelijk, behalve als ik iets moet melden. Hoe gaat het met je geldzaken?',
      'Ik spreek regelmatig mensen voor wie het lastig is rekeningen in één keer te betalen. Hoe is dat voor jou?',
      'Hoe is het met je inkomen?', 'Hoe gaat het met de huur?', 'Heb je van iemand geld geleend?',
      'Wat betekent het voor de kinderen als dit zo doorgaat?', 'Wat heb je nodig om de eerste stap te zetten?',
    ];
    expect((await largestStoredState('oefenen', lines, true)).bytes).toBeLessThan(MAX_STATE_BYTES);
  });
});
