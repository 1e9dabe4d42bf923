import { createClient } from 'redis';
import { createApp, type App } from '../../src/app';
import { MemoryStorage } from '../../src/bot/storage';
import { loadConfig } from '../../src/config';
import { loadGemeenten, type Gemeente } from '../../src/content/gemeenten';
import { conversationKey } from '../../src/conversation/conversationKey';
import { effectKey } from '../../src/conversation/effects';
import { HandoverDispatcher } from '../../src/handover/dispatcher';
import { MemoryOutbox } from '../../src/handover/outbox';
import { FIELD, RedisCountStore } from '../../src/insight/store';
import { isoWeek } from '../../src/insight/week';
import { Chat, sayAll } from '../helpers/chat';
import { useRedisServer } from '../helpers/redisServer';
import { silentLogger } from '../helpers/silentLog';

jest.setTimeout(120_000);
const redis = useRedisServer();

const KEYS = { voorbeeldstad: 'sleutel-voorbeeldstad-0123456789', dorpsveen: 'sleutel-dorpsveen-0123456789', regio: 'sleutel-regio-voorbeeld-0123456789' };
Object.assign(process.env, {
  INZICHT_KEY_VOORBEELDSTAD: KEYS.voorbeeldstad,
  INZICHT_KEY_DORPSVEEN: KEYS.dorpsveen,
  INZICHT_KEY_REGIO_VOORBEELD: KEYS.regio,
  HANDOVER_SECRET_VOORBEELDSTAD: 'geheim-voor-de-webhook-0123456789',
});

/** Wednesday 4 March 2026: ISO week 2026-W10. */
const NOW = Date.parse('2026-03-04T10:00:00Z');
const WEEK = '2026-W10';

const STABLE = ['Ik wil praten over geld', 'Ik wil meteen naar de vragen', 'nee', 'nee', 'ja', 'ja, ik werk', 'ja', 'ja', 'ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee'];
const RELEASED = [
  'Ik wil praten over geld', 'het lukt niet', 'ja', 'nee', 'Veel stress', 'ik heb helemaal niks', 'weet ik niet', 'nee', 'nog niks', 'een uitkering',
  'ja, 2 weken geleden', 'nee', 'ja', 'nee', 'weet ik niet', 'nee, ik heb geen inkomen', 'ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'ja', 'nee',
];
const STOP_EARLY = ['Ik wil praten over geld', 'het lukt niet'];
const CRISIS_STOP = ['Ik wil praten over geld', 'ik heb geen eten'];
/** What people typed that is their own (not a button): none of it may reach the figures. */
const TYPED = ['ik heb helemaal niks', 'een uitkering', 'nog niks', 'ik heb geen eten', 'ja, ik werk', 'ja, 2 weken geleden', 'nee, ik heb geen inkomen', 'helemaal', 'uitkering', 'stress', 'eten', 'geleden', 'werk'];

let app: App;
let base: string;
let counts: RedisCountStore;
let gemeenten: ReadonlyMap<string, Gemeente>;
const conversationIds: string[] = [];

async function converse(gemeente: string | undefined, lines: readonly string[]): Promise<void> {
  const id = `gesprek-${gemeente ?? 'zonder'}-${conversationIds.length}-x7q`;
  conversationIds.push(id);
  const chat = new Chat({ conversationId: id, gemeenten, insight: counts, now: () => NOW, storage: new MemoryStorage(3600) });
  await chat.open(gemeente);
  await sayAll(chat, lines);
}

const api = (path: string, key?: string) => fetch(`${base}/api/inzicht/${path}`, { headers: key ? { Authorization: `Bearer ${key}` } : {} });
const json = async (path: string, key: string) => (await (await api(path, key)).json()) as Record<string, unknown>;

beforeAll(async () => {
  gemeenten = loadGemeenten().gemeenten;
  const config = loadConfig({ LOG_LEVEL: 'silent', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'gg:' });
  app = await createApp(config, silentLogger(), new MemoryStorage(3600), { dispatchEveryMs: false, now: () => NOW });
  base = `http://127.0.0.1:${await app.listen(0)}`;
  counts = new RedisCountStore(redis.url, 'gg:');
  await counts.connect();
  for (let i = 0; i < 6; i++) await converse('voorbeeldstad', STABLE);
  for (let i = 0; i < 2; i++) await converse('voorbeeldstad', RELEASED);
  await converse('voorbeeldstad', STOP_EARLY);
  await converse('voorbeeldstad', []);
  for (let i = 0; i < 5; i++) await converse('dorpsveen', STABLE);
  await converse('dorpsveen', CRISIS_STOP);
  await converse(undefined, STOP_EARLY);
  // One call-back request delivered by the dispatcher (counted in the week it is delivered).
  const outbox = new MemoryOutbox();
  await outbox.add({ key: 'k-terugbellen-1', conversation: 'x', gemeente: 'voorbeeldstad', payload: {} as never, reference: {}, createdAt: NOW, attempts: 0, nextAt: NOW, giveUpAt: NOW + 3_600_000 });
  const dispatcher = new HandoverDispatcher(outbox, { gemeenten, env: process.env, log: silentLogger(), notifyGaveUp: () => Promise.resolve(), now: () => NOW, insight: counts, fetch: () => Promise.resolve(new Response('', { status: 200 })) });
  await dispatcher.tick();
});

afterAll(async () => {
  await counts?.close();
  await app?.close();
});

describe('anonymous figures per gemeente, on Redis', () => {
  it('the week is ISO week 10', () => {
    expect(isoWeek(NOW)).toBe(WEEK);
  });

  it('gives Voorbeeldstad exactly its counts, small ones as "<5"', async () => {
    expect(await json(`voorbeeldstad?van=${WEEK}&tot=${WEEK}`, KEYS.voorbeeldstad)).toEqual({
      gemeente: 'voorbeeldstad', van: WEEK, tot: WEEK,
      gesprekken: 10, metPlan: 8, recentVrij: '<5',
      doorverwijzingen: { nibud: 6, 'geldfit-0800-8115': 6, 'sociaal-wijkteam': '<5' },
      fases: { fase1: { naarFase2: 6, geenInkomen: '<5' }, fase2: { geenOndersteuning: 8 }, fase3: { monitorSituatie: 6, passendeOndersteuning: '<5' } },
      crisis: {}, terugbellen: '<5',
      uitval: { welkom: '<5', bespreekbaar: '<5' },
    });
  });

  it('gives Dorpsveen its own counts; where a total would reveal a small count, the complement is hidden too', async () => {
    expect(await json(`dorpsveen?van=${WEEK}&tot=${WEEK}`, KEYS.dorpsveen)).toEqual({
      gemeente: 'dorpsveen', van: WEEK, tot: WEEK,
      // 6 conversations = 5 with a plan + 1 that stopped: showing the 5 would give the stop away.
      gesprekken: 6, metPlan: 'verborgen', recentVrij: 0,
      doorverwijzingen: { nibud: 5, 'geldfit-0800-8115': 5 },
      fases: { fase1: { naarFase2: 5 }, fase2: { geenOndersteuning: 5 }, fase3: { monitorSituatie: 5 } },
      crisis: { hunger: '<5' }, terugbellen: 0,
      uitval: { bespreekbaar: '<5' },
    });
  });

  it('a region key sums its gemeenten', async () => {
    const region = await json(`regio-voorbeeld?van=${WEEK}&tot=${WEEK}`, KEYS.regio);
    expect(region).toMatchObject({ gemeente: 'regio-voorbeeld', gesprekken: 16, metPlan: 13, doorverwijzingen: { nibud: 11, 'geldfit-0800-8115': 11, 'sociaal-wijkteam': '<5' }, crisis: { hunger: '<5' } });
  });

  it('refuses without a key, with a wrong key, and with another gemeente\'s key', async () => {
    expect((await api(`voorbeeldstad?van=${WEEK}&tot=${WEEK}`)).status).toBe(401);
    expect((await api(`voorbeeldstad?van=${WEEK}&tot=${WEEK}`, 'fout-fout-fout-fout-fout')).status).toBe(401);
    expect((await api(`voorbeeldstad?van=${WEEK}&tot=${WEEK}`, KEYS.dorpsveen)).status).toBe(401);
    expect((await api(`dorpsveen.csv?van=${WEEK}&tot=${WEEK}`, KEYS.voorbeeldstad)).status).toBe(401);
    expect((await api(`onbekend?van=${WEEK}&tot=${WEEK}`, KEYS.voorbeeldstad)).status).toBe(401);
    expect((await api(`voorbeeldstad?van=2026-W12&tot=2026-W10`, KEYS.voorbeeldstad)).status).toBe(400);
  });

  it('the CSV gives the same figures per week as the JSON', async () => {
    const van = '2026-W09';
    const tot = '2026-W11';
    const res = await api(`voorbeeldstad.csv?van=${van}&tot=${tot}`, KEYS.voorbeeldstad);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [head, ...rows] = (await res.text()).trim().split('\r\n').map((l) => l.split(','));
    expect(rows.map((r) => r[0])).toEqual(['2026-W09', '2026-W10', '2026-W11']);
    const report = await json(`voorbeeldstad?van=${van}&tot=${tot}`, KEYS.voorbeeldstad);
    const week10 = Object.fromEntries(head.map((h, i) => [h, rows[1][i]]));
    const fromJson: Record<string, unknown> = { gesprekken: report.gesprekken, metPlan: report.metPlan, recentVrij: report.recentVrij, terugbellen: report.terugbellen };
    for (const [kind, map] of [['doorverwijzing', report.doorverwijzingen], ['crisis', report.crisis], ['uitval', report.uitval]] as const) {
      for (const [id, n] of Object.entries(map as Record<string, unknown>)) fromJson[`${kind}:${id}`] = n;
    }
    for (const [phase, outcomes] of Object.entries(report.fases as Record<string, Record<string, unknown>>)) for (const [o, n] of Object.entries(outcomes)) fromJson[`fase:${phase}:${o}`] = n;
    expect(head.slice(1).sort()).toEqual(Object.keys(fromJson).sort());
    for (const [field, n] of Object.entries(fromJson)) expect(week10[field]).toBe(String(n));
    for (const row of [rows[0], rows[2]]) expect(row.slice(1).every((c) => c === '0')).toBe(true);
  });

  it('a conversation without a gemeente counts under onbekend', async () => {
    const weeks = await counts.read('onbekend', [WEEK]);
    expect(weeks.get(WEEK)).toEqual({ gesprekken: 1, 'uitval:bespreekbaar': 1 });
  });

  it('applies one key once', async () => {
    expect(await counts.apply('zelfde-sleutel', 'dorpsveen', '2026-W20', { gesprekken: 1 })).toBe(true);
    expect(await counts.apply('zelfde-sleutel', 'dorpsveen', '2026-W20', { gesprekken: 1 })).toBe(false);
    expect((await counts.read('dorpsveen', ['2026-W20'])).get('2026-W20')).toEqual({ gesprekken: 1 });
  });

  it('every key and value written for insight holds no conversation id, no effect key and nothing typed', async () => {
    const client = createClient({ url: redis.url });
    await client.connect();
    const keys = (await client.keys('gg:inzicht:*')).sort();
    expect(keys.length).toBeGreaterThan(5);
    const written: string[] = [];
    for (const key of keys) {
      written.push(key);
      const type = await client.type(key);
      if (type === 'hash') {
        const hash = await client.hGetAll(key);
        for (const [field, value] of Object.entries(hash)) {
          expect(field).toMatch(FIELD);
          expect(value).toMatch(/^-?\d+$/);
          written.push(field, value);
        }
        expect(key).toMatch(/^gg:inzicht:[a-z0-9-]+:\d{4}-W\d{2}$/);
        expect(await client.ttl(key)).toBeGreaterThan(0);
      } else {
        expect(type).toBe('string');
        expect(key).toMatch(/^gg:inzicht:toegepast:[0-9a-f]{40}$/);
        expect(await client.get(key)).toBe('1');
        expect(await client.ttl(key)).toBeLessThanOrEqual(7 * 24 * 3600);
      }
    }
    const all = written.join('\n').toLowerCase();
    for (const id of conversationIds) {
      const convKey = conversationKey({ channelId: 'test', conversation: { id } });
      for (const secret of [id, convKey, ...Array.from({ length: 40 }, (_, n) => effectKey(convKey, 'inzicht', n))]) expect(all).not.toContain(secret.toLowerCase());
    }
    for (const typed of TYPED) expect(all).not.toContain(typed);
    await client.close();
  });
});
