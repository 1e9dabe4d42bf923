import { RedisBacked, timed } from '../../redisClient';
import { activityId, ActivityTooLargeError, DEFAULT_TRANSCRIPT_LIMITS, type DirectLineActivity, type TranscriptLimits, type TranscriptStore } from './transcriptStore';

/**
 * Appends one activity with the next watermark and keeps the log within its byte budget, atomically
 * (so two instances appending at once keep the list in watermark order).
 * KEYS: log (list of "watermark\nJSON"), seq (next watermark), bytes (size of the list).
 * ARGV: JSON, max bytes, TTL seconds. Returns the activity's watermark.
 */
const APPEND = `
local watermark = redis.call('INCR', KEYS[2]) - 1
local entry = watermark .. '\\n' .. ARGV[1]
redis.call('RPUSH', KEYS[1], entry)
local size = redis.call('INCRBY', KEYS[3], string.len(entry))
local max = tonumber(ARGV[2])
while size > max and redis.call('LLEN', KEYS[1]) > 1 do
  local dropped = redis.call('LPOP', KEYS[1])
  size = redis.call('DECRBY', KEYS[3], string.len(dropped))
end
for i = 1, 3 do redis.call('EXPIRE', KEYS[i], tonumber(ARGV[3])) end
return watermark
`;

/**
 * The transcript in Redis, next to the conversation state: any instance serves any poll, and a restart
 * loses nothing. Per conversation: a list of activity JSON bounded in bytes, a byte counter, and the
 * watermark counter; all three expire after `idleMs` without activity. Total size is Redis's own
 * `maxmemory` to bound.
 */
export class RedisTranscriptStore extends RedisBacked implements TranscriptStore {
  readonly kind = 'redis' as const;

  constructor(
    url: string,
    prefix: string,
    readonly limits: TranscriptLimits = DEFAULT_TRANSCRIPT_LIMITS,
  ) {
    super(url, `${prefix}directline:`);
  }

  private keys(id: string): [string, string, string] {
    const base = this.key(`{${id}}`);
    return [`${base}:log`, `${base}:seq`, `${base}:bytes`];
  }

  async has(id: string): Promise<boolean> {
    return Number(await timed(this.client.exists(this.keys(id)[0]))) > 0;
  }

  async append(id: string, activity: Omit<DirectLineActivity, 'id'>): Promise<DirectLineActivity> {
    const json = JSON.stringify(activity);
    const bytes = Buffer.byteLength(json);
    if (bytes > this.limits.maxActivityBytes) throw new ActivityTooLargeError(bytes, this.limits.maxActivityBytes);
    const ttl = String(Math.ceil(this.limits.idleMs / 1000));
    const watermark = Number(await timed(this.client.eval(APPEND, { keys: this.keys(id), arguments: [json, String(this.limits.maxBytesPerConversation), ttl] })));
    return { ...activity, id: activityId(id, watermark) } as DirectLineActivity;
  }

  async since(id: string, watermark: number): Promise<{ activities: DirectLineActivity[]; watermark: string }> {
    const [log, seq] = this.keys(id);
    const [next, entries] = await timed(Promise.all([this.client.get(seq), this.client.lRange(log, 0, -1)]));
    const activities: DirectLineActivity[] = [];
    let last = watermark - 1;
    for (const entry of entries) {
      const cut = entry.indexOf('\n');
      const at = Number(entry.slice(0, cut));
      if (at < watermark) continue;
      activities.push({ ...(JSON.parse(entry.slice(cut + 1)) as object), id: activityId(id, at) } as DirectLineActivity);
      last = at;
    }
    // The list is in watermark order (one script appends), so the next poll starts after the last served.
    return { activities, watermark: next === null ? String(watermark) : String(Math.max(last + 1, watermark)) };
  }

  async forget(id: string): Promise<void> {
    const [log, , bytes] = this.keys(id);
    await timed(this.client.del([log, bytes]));
  }

}
