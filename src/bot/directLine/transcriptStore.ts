/** An activity as the local Direct Line stores and serves it. */
export type DirectLineActivity = Record<string, unknown> & { id: string; type: string };

const CONVERSATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isConversationId(id: string): boolean {
  return CONVERSATION_ID.test(id);
}

/** An activity larger than the store keeps (as JSON, in bytes): the local Direct Line answers 413. */
export class ActivityTooLargeError extends Error {
  constructor(readonly bytes: number, readonly max: number) {
    super(`Activity of ${bytes} bytes is larger than ${max}`);
    this.name = 'ActivityTooLargeError';
  }
}

/**
 * What the local Direct Line's page polls: per conversation, the activities in order, each with a
 * watermark that only grows. A conversation's log exists from its first activity; creating a
 * conversation stores nothing, so creating many cannot push out anyone's log.
 * `forget` removes every activity (after "verwijder mijn gegevens") but keeps the watermark counting,
 * so a page polling from its last watermark still gets what comes after.
 */
export interface TranscriptStore {
  readonly kind: 'memory' | 'redis';
  /** Whether anything was logged for the conversation (and not yet expired or forgotten). */
  has(id: string): Promise<boolean>;
  append(id: string, activity: Omit<DirectLineActivity, 'id'>): Promise<DirectLineActivity>;
  /** Activities from `watermark` on, and the watermark to poll from next. */
  since(id: string, watermark: number): Promise<{ activities: DirectLineActivity[]; watermark: string }>;
  forget(id: string): Promise<void>;
  close(): Promise<void>;
}

export interface TranscriptLimits {
  /** One activity, as JSON; bigger is refused. */
  maxActivityBytes: number;
  /** One conversation's log; beyond it the conversation's own oldest activities are dropped. */
  maxBytesPerConversation: number;
  /** All logs together (memory only); beyond it the least recently used conversation's log is dropped. */
  maxTotalBytes: number;
  /** Idle logs are dropped after this long (memory); Redis keys expire after it. */
  idleMs: number;
}

export const DEFAULT_TRANSCRIPT_LIMITS: TranscriptLimits = {
  maxActivityBytes: 32 * 1024,
  maxBytesPerConversation: 256 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  idleMs: 6 * 60 * 60 * 1000,
};

export const activityId = (conversationId: string, watermark: number) => `${conversationId}|${String(watermark).padStart(7, '0')}`;

/** The activity as stored: JSON with its id, refused when too large. */
export function serialise(conversationId: string, watermark: number, activity: Omit<DirectLineActivity, 'id'>, maxBytes: number): { json: string; bytes: number; stored: DirectLineActivity } {
  const stored = { ...activity, id: activityId(conversationId, watermark) } as DirectLineActivity;
  const json = JSON.stringify(stored);
  const bytes = Buffer.byteLength(json);
  if (bytes > maxBytes) throw new ActivityTooLargeError(bytes, maxBytes);
  return { json, bytes, stored };
}

interface Log {
  items: { json: string; bytes: number }[];
  /** Watermark of items[0]. */
  offset: number;
  bytes: number;
  lastUsed: number;
}

/** The transcript in this process's memory, bounded in bytes per conversation and in total. */
export class MemoryTranscriptStore implements TranscriptStore {
  readonly kind = 'memory' as const;
  /** Map order is least recently used first (a used log is moved to the end). */
  private readonly logs = new Map<string, Log>();
  private total = 0;

  constructor(
    readonly limits: TranscriptLimits = DEFAULT_TRANSCRIPT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get totalBytes(): number {
    return this.total;
  }

  has(id: string): Promise<boolean> {
    this.sweep();
    return Promise.resolve((this.logs.get(id)?.items.length ?? 0) > 0);
  }

  append(id: string, activity: Omit<DirectLineActivity, 'id'>): Promise<DirectLineActivity> {
    try {
      return Promise.resolve(this.appendNow(id, activity));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private appendNow(id: string, activity: Omit<DirectLineActivity, 'id'>): DirectLineActivity {
    this.sweep();
    const log = this.touch(id) ?? { items: [], offset: 0, bytes: 0, lastUsed: this.now() };
    const { json, bytes, stored } = serialise(id, log.offset + log.items.length, activity, this.limits.maxActivityBytes);
    this.logs.set(id, log);
    log.items.push({ json, bytes });
    log.bytes += bytes;
    this.total += bytes;
    while (log.bytes > this.limits.maxBytesPerConversation && log.items.length > 1) this.dropOldest(log);
    for (const [otherId, other] of this.logs) {
      if (this.total <= this.limits.maxTotalBytes || otherId === id) break;
      this.drop(otherId, other);
    }
    return stored;
  }

  since(id: string, watermark: number): Promise<{ activities: DirectLineActivity[]; watermark: string }> {
    const log = this.touch(id);
    if (!log) return Promise.resolve({ activities: [], watermark: String(watermark) });
    const from = Math.max(0, watermark - log.offset);
    return Promise.resolve({ activities: log.items.slice(from).map((i) => JSON.parse(i.json) as DirectLineActivity), watermark: String(log.offset + log.items.length) });
  }

  forget(id: string): Promise<void> {
    const log = this.logs.get(id);
    while (log && log.items.length > 0) this.dropOldest(log);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.logs.clear();
    this.total = 0;
    return Promise.resolve();
  }

  private touch(id: string): Log | undefined {
    const log = this.logs.get(id);
    if (!log) return undefined;
    log.lastUsed = this.now();
    this.logs.delete(id);
    this.logs.set(id, log);
    return log;
  }

  private dropOldest(log: Log): void {
    const item = log.items.shift();
    if (!item) return;
    log.offset++;
    log.bytes -= item.bytes;
    this.total -= item.bytes;
  }

  private drop(id: string, log: Log): void {
    this.total -= log.bytes;
    this.logs.delete(id);
  }

  private sweep(): void {
    const cutoff = this.now() - this.limits.idleMs;
    for (const [id, log] of this.logs) {
      if (log.lastUsed >= cutoff) break;
      this.drop(id, log);
    }
  }
}
