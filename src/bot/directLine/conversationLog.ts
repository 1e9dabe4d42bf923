import { randomUUID } from 'node:crypto';

/** An activity as the local Direct Line stores and serves it. */
export type DirectLineActivity = Record<string, unknown> & { id: string; type: string };

interface LoggedConversation {
  activities: DirectLineActivity[];
  /** Watermark of the first activity still kept (older ones were dropped to bound memory). */
  offset: number;
  lastUsed: number;
}

export interface ConversationLogLimits {
  maxConversations: number;
  maxActivitiesPerConversation: number;
  idleMs: number;
}

const DEFAULT_LIMITS: ConversationLogLimits = { maxConversations: 5000, maxActivitiesPerConversation: 300, idleMs: 6 * 60 * 60 * 1000 };

const CONVERSATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The activity log behind the local Direct Line: what the page polls. It lives in memory and is
 * bounded; the conversation's real state is in the bot's storage, so after a restart a page that
 * reconnects gets an empty log and the bot picks up where the person was.
 */
export class ConversationLog {
  private readonly conversations = new Map<string, LoggedConversation>();

  constructor(
    private readonly limits: ConversationLogLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  static isConversationId(id: string): boolean {
    return CONVERSATION_ID.test(id);
  }

  create(): string {
    const id = randomUUID();
    this.open(id);
    return id;
  }

  /** Opens a known id again, or re-creates its (empty) log, as after a restart. */
  open(id: string): void {
    this.sweep();
    const existing = this.conversations.get(id);
    if (existing) {
      existing.lastUsed = this.now();
      return;
    }
    if (this.conversations.size >= this.limits.maxConversations) {
      const oldest = [...this.conversations.entries()].sort((a, b) => a[1].lastUsed - b[1].lastUsed)[0];
      if (oldest) this.conversations.delete(oldest[0]);
    }
    this.conversations.set(id, { activities: [], offset: 0, lastUsed: this.now() });
  }

  has(id: string): boolean {
    return this.conversations.has(id);
  }

  append(id: string, activity: Omit<DirectLineActivity, 'id'>): DirectLineActivity {
    const log = this.conversations.get(id);
    if (!log) throw new Error('Unknown conversation');
    const watermark = log.offset + log.activities.length;
    const stored = { ...activity, id: `${id}|${String(watermark).padStart(7, '0')}` } as DirectLineActivity;
    log.activities.push(stored);
    log.lastUsed = this.now();
    const excess = log.activities.length - this.limits.maxActivitiesPerConversation;
    if (excess > 0) {
      log.activities.splice(0, excess);
      log.offset += excess;
    }
    return stored;
  }

  /** Activities after `watermark`, and the new watermark. */
  since(id: string, watermark: number): { activities: DirectLineActivity[]; watermark: string } {
    const log = this.conversations.get(id);
    if (!log) return { activities: [], watermark: String(watermark) };
    log.lastUsed = this.now();
    const from = Math.max(0, watermark - log.offset);
    return { activities: log.activities.slice(from), watermark: String(log.offset + log.activities.length) };
  }

  get size(): number {
    return this.conversations.size;
  }

  private sweep(): void {
    const cutoff = this.now() - this.limits.idleMs;
    for (const [id, log] of this.conversations) if (log.lastUsed < cutoff) this.conversations.delete(id);
  }
}
