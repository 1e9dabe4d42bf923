import { RedisBacked, timed } from '../redisClient';
import type { HandoverPayload } from './payload';

/** Where to reach a person outside a turn: the channel's conversation address (ids only), as the bot layer keeps it. */
export interface ReplyAddress {
  channelId?: string;
  serviceUrl?: string;
  conversation?: { id: string; [field: string]: unknown };
  [field: string]: unknown;
}

/** How long an idempotency key is remembered, so a retried request is never queued twice. */
const SEEN_SECONDS = 14 * 24 * 3600;

/** A call-back request waiting to be delivered. */
export interface OutboxItem {
  key: string;
  /** The conversation's state key, so "verwijder mijn gegevens" can remove what is not sent yet. */
  conversation: string;
  gemeente: string;
  payload: HandoverPayload;
  /** Where to tell the person if delivery gives up (ids only). */
  reference: ReplyAddress;
  createdAt: number;
  attempts: number;
  nextAt: number;
  giveUpAt: number;
}

/**
 * Where call-back requests wait until the wijkteam's webhook has them. `claimDue` hands out due items
 * with a lease (their next attempt moves to now + lease), so two bot instances never send one at once.
 */
export interface Outbox {
  /** Queues the item unless an item with its key was queued before; true when it was queued now. */
  add(item: OutboxItem): Promise<boolean>;
  claimDue(now: number, leaseMs: number, limit: number): Promise<OutboxItem[]>;
  update(item: OutboxItem): Promise<void>;
  remove(key: string): Promise<void>;
  removeConversation(conversation: string): Promise<number>;
  size(): Promise<number>;
  close(): Promise<void>;
}

export class MemoryOutbox implements Outbox {
  private readonly items = new Map<string, string>();
  private readonly seen = new Set<string>();

  async add(item: OutboxItem): Promise<boolean> {
    if (this.seen.has(item.key)) return false;
    this.seen.add(item.key);
    this.items.set(item.key, JSON.stringify(item));
    return true;
  }

  async claimDue(now: number, leaseMs: number, limit: number): Promise<OutboxItem[]> {
    const due = [...this.items.values()].map((j) => JSON.parse(j) as OutboxItem).filter((i) => i.nextAt <= now).sort((a, b) => a.nextAt - b.nextAt).slice(0, limit);
    for (const item of due) this.items.set(item.key, JSON.stringify({ ...item, nextAt: now + leaseMs }));
    return due;
  }

  async update(item: OutboxItem): Promise<void> {
    if (this.items.has(item.key)) this.items.set(item.key, JSON.stringify(item));
  }

  async remove(key: string): Promise<void> {
    this.items.delete(key);
  }

  async removeConversation(conversation: string): Promise<number> {
    let removed = 0;
    for (const [key, json] of this.items) {
      if ((JSON.parse(json) as OutboxItem).conversation === conversation) {
        this.items.delete(key);
        removed++;
      }
    }
    return removed;
  }

  async size(): Promise<number> {
    return this.items.size;
  }

  async close(): Promise<void> {}
}

/** Claims due keys atomically: KEYS[1] the due set; ARGV now, lease end, limit. */
const CLAIM = `
local keys = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
for _, k in ipairs(keys) do redis.call('ZADD', KEYS[1], ARGV[2], k) end
return keys
`;

/** The outbox in Redis: a sorted set of keys by next attempt, one string per item, one set per conversation. */
export class RedisOutbox extends RedisBacked implements Outbox {
  constructor(url: string, prefix: string) {
    // Errors are reported by the storage's client on the same Redis; the dispatcher logs failed rounds.
    super(url, `${prefix}handover:`);
  }

  async add(item: OutboxItem): Promise<boolean> {
    // The key is claimed first: of two attempts with one key (a retried turn, a second instance) one queues it.
    const claimed = await timed(this.client.set(this.key(`seen:${item.key}`), '1', { NX: true, EX: SEEN_SECONDS }));
    if (claimed !== 'OK') return false;
    await timed(
      this.client
        .multi()
        .set(this.key(`item:${item.key}`), JSON.stringify(item))
        .zAdd(this.key('due'), { score: item.nextAt, value: item.key })
        .sAdd(this.key(`conversation:${item.conversation}`), item.key)
        .exec(),
    );
    return true;
  }

  async claimDue(now: number, leaseMs: number, limit: number): Promise<OutboxItem[]> {
    const keys = (await timed(this.client.eval(CLAIM, { keys: [this.key('due')], arguments: [String(now), String(now + leaseMs), String(limit)] }))) as string[];
    const items: OutboxItem[] = [];
    for (const key of keys) {
      const json = await timed(this.client.get(this.key(`item:${key}`)));
      if (json) items.push(JSON.parse(String(json)) as OutboxItem);
      else await timed(this.client.zRem(this.key('due'), key));
    }
    return items;
  }

  async update(item: OutboxItem): Promise<void> {
    const exists = await timed(this.client.exists(this.key(`item:${item.key}`)));
    if (!exists) return;
    await timed(this.client.multi().set(this.key(`item:${item.key}`), JSON.stringify(item)).zAdd(this.key('due'), { score: item.nextAt, value: item.key }).exec());
  }

  async remove(key: string): Promise<void> {
    const json = await timed(this.client.get(this.key(`item:${key}`)));
    const multi = this.client.multi().del(this.key(`item:${key}`)).zRem(this.key('due'), key);
    if (json) multi.sRem(this.key(`conversation:${(JSON.parse(String(json)) as OutboxItem).conversation}`), key);
    await timed(multi.exec());
  }

  async removeConversation(conversation: string): Promise<number> {
    const keys = await timed(this.client.sMembers(this.key(`conversation:${conversation}`)));
    for (const key of keys) await this.remove(key);
    await timed(this.client.del(this.key(`conversation:${conversation}`)));
    return keys.length;
  }

  async size(): Promise<number> {
    return Number(await timed(this.client.zCard(this.key('due'))));
  }
}
