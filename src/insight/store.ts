import { createHash } from 'node:crypto';
import { RedisBacked, timed } from '../redisClient';
import { WEEK, weekStart } from './week';

/** One counter: a fixed name and at most two ids, never anything a person typed (see events.ts). */
export const FIELD = /^(gesprekken|metPlan|recentVrij|terugbellen|doorverwijzing:[a-z0-9-]{1,40}|crisis:[a-z]{1,20}|uitval:[a-z0-9]{1,20}|fase:fase[1-3]:[a-zA-Z0-9_-]{1,40})$/;
/** The gemeente a counter belongs to: a gemeente id, or `onbekend`. */
export const GEMEENTE_BUCKET = /^[a-z0-9][a-z0-9-]{1,40}$/;

/** Counts per field; a delta may be negative (the last step reached moves on). */
export type Counts = Record<string, number>;

/** Counters are kept this long after their week. */
export const KEEP_WEEKS = 104;
/** How long an applied idempotency key is remembered: far longer than any retry of a turn. */
const APPLIED_SECONDS = 7 * 24 * 3600;
/** In memory, the most recent applied keys kept (the oldest go first). */
const APPLIED_IN_MEMORY = 100_000;

export interface CountStore {
  /** Adds the deltas to one gemeente's week, once per key; false when the key was applied before. */
  apply(key: string, gemeente: string, week: string, deltas: Counts): Promise<boolean>;
  /** The counters of one gemeente for each given week (a week without counts is empty). */
  read(gemeente: string, weeks: readonly string[]): Promise<Map<string, Counts>>;
  close(): Promise<void>;
}

function check(gemeente: string, week: string, deltas: Counts): void {
  if (!GEMEENTE_BUCKET.test(gemeente) || !WEEK.test(week)) throw new Error('Count for an invalid gemeente or week');
  for (const [field, delta] of Object.entries(deltas)) {
    if (!FIELD.test(field) || !Number.isInteger(delta)) throw new Error(`Count with an invalid field`);
  }
}

/** The idempotency key as stored: hashed again, so the stored name leads back to no conversation. */
export function appliedName(key: string): string {
  return createHash('sha256').update(`inzicht\u0000${key}`).digest('hex').slice(0, 40);
}

/** Until when a week's counters are kept (seconds since the epoch). */
function keepUntil(week: string): number {
  return Math.floor(weekStart(week) / 1000) + (KEEP_WEEKS + 1) * 7 * 24 * 3600;
}

/** Only what is above zero (a moved "last step" leaves zeros behind; a lost increment could leave a negative). */
const clamp = (counts: Counts): Counts => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

export class MemoryCountStore implements CountStore {
  private readonly weeks = new Map<string, Counts>();
  private readonly applied = new Set<string>();

  apply(key: string, gemeente: string, week: string, deltas: Counts): Promise<boolean> {
    check(gemeente, week, deltas);
    const name = appliedName(key);
    if (this.applied.has(name)) return Promise.resolve(false);
    this.applied.add(name);
    if (this.applied.size > APPLIED_IN_MEMORY) this.applied.delete(this.applied.values().next().value as string);
    const counts = this.weeks.get(`${gemeente}:${week}`) ?? {};
    for (const [field, delta] of Object.entries(deltas)) counts[field] = (counts[field] ?? 0) + delta;
    this.weeks.set(`${gemeente}:${week}`, counts);
    return Promise.resolve(true);
  }

  read(gemeente: string, weeks: readonly string[]): Promise<Map<string, Counts>> {
    const oldest = Date.now() - KEEP_WEEKS * 7 * 24 * 3600 * 1000;
    return Promise.resolve(new Map(weeks.map((w) => [w, weekStart(w) < oldest ? {} : clamp(this.weeks.get(`${gemeente}:${w}`) ?? {})])));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Applies a key once: KEYS[1] the applied marker, KEYS[2] the week's hash; ARGV marker TTL, expire-at, then field/delta pairs. */
const APPLY = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 0 end
for i = 3, #ARGV, 2 do redis.call('HINCRBY', KEYS[2], ARGV[i], ARGV[i + 1]) end
redis.call('EXPIREAT', KEYS[2], ARGV[2])
return 1`;

/** Counters in Redis: one hash per gemeente per week (`<prefix>inzicht:<gemeente>:<week>`), expiring 104 weeks after its week. */
export class RedisCountStore extends RedisBacked implements CountStore {
  constructor(url: string, prefix: string) {
    super(url, `${prefix}inzicht:`);
  }

  async apply(key: string, gemeente: string, week: string, deltas: Counts): Promise<boolean> {
    check(gemeente, week, deltas);
    const pairs = Object.entries(deltas).flatMap(([field, delta]) => [field, String(delta)]);
    const args = [String(APPLIED_SECONDS), String(keepUntil(week)), ...pairs];
    const done = await timed(this.client.eval(APPLY, { keys: [this.key(`toegepast:${appliedName(key)}`), this.key(`${gemeente}:${week}`)], arguments: args }));
    return Number(done) === 1;
  }

  async read(gemeente: string, weeks: readonly string[]): Promise<Map<string, Counts>> {
    const out = new Map<string, Counts>();
    for (const week of weeks) {
      const hash = (await timed(this.client.hGetAll(this.key(`${gemeente}:${week}`)))) as Record<string, string>;
      out.set(week, clamp(Object.fromEntries(Object.entries(hash).map(([f, n]) => [f, Number(n)]))));
    }
    return out;
  }

}
