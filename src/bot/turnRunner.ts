import type { Storage } from 'botbuilder';
import type { ConversationCore, Incoming, TurnResult } from '../conversation/core';
import { conversationKey } from '../conversation/conversationKey';
import type { Effect } from '../conversation/effects';
import type { Reply } from '../conversation/reply';
import { conversationRef, type Logger } from '../log';
import { documentJson, ETAG_NEW, isETagConflict } from './storage';

/** Runs the effects of a committed turn; returns what to add to the replies when one could not be done. */
export type EffectRunner = (effects: readonly Effect[], incoming: Incoming) => Promise<Reply[]>;

/** How often a turn is tried again after another instance changed the same conversation first. */
const MAX_ATTEMPTS = 12;
/** The first wait before trying again; it doubles, with jitter, up to the cap. */
const BACKOFF_MS = 5;
const BACKOFF_CAP_MS = 200;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one turn against stored conversation state, exactly once in effect:
 * - turns of one conversation run one after another in this process (a queue per conversation), so a
 *   double tap or a channel's retry waits instead of racing;
 * - across instances, the record is written with the ETag it was read with; when another instance wrote
 *   first, this turn's outcome is thrown away and the turn runs again on the fresh state, after a short
 *   jittered wait;
 * - only after the write succeeded are the effects run and the replies returned, so a retried turn never
 *   says or does anything twice.
 */
export class TurnRunner {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly storage: Storage,
    private readonly core: ConversationCore,
    private readonly runEffects: EffectRunner,
    private readonly log: Logger,
  ) {}

  /** Runs the turn after the turns of the same conversation that came before it, and returns its replies. */
  run(incoming: Incoming): Promise<Reply[]> {
    const key = conversationKey({ channelId: incoming.channelId, conversation: { id: incoming.conversationId } });
    const before = this.queues.get(key) ?? Promise.resolve();
    const mine = before.catch(() => undefined).then(() => this.attempt(key, incoming));
    this.queues.set(key, mine);
    const forget = () => {
      if (this.queues.get(key) === mine) this.queues.delete(key);
    };
    mine.then(forget, forget);
    return mine;
  }

  private async attempt(key: string, incoming: Incoming): Promise<Reply[]> {
    const ref = conversationRef(incoming.conversationId);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const stored = (await this.storage.read([key]))[key] as ({ eTag?: string } & Record<string, unknown>) | undefined;
      const storedJson = stored && documentJson.takeRead(stored);
      const { eTag, ...record } = stored ?? { eTag: ETAG_NEW };
      const result: TurnResult = await this.core.turn(stored ? record : undefined, incoming, storedJson);
      try {
        if (result.record === null) await this.storage.delete([key]);
        else {
          const item = { ...result.record, eTag };
          // The record's JSON, as the core made it, is the item's without its eTag (the record has none of its own).
          if (result.json !== undefined && !Object.hasOwn(result.record, 'eTag')) documentJson.noteWrite(item, result.json);
          await this.storage.write({ [key]: item });
        }
      } catch (err) {
        if (!isETagConflict(err)) throw err;
        this.log.info({ event: 'turn.conflict', conversation: ref, attempt }, 'State changed during the turn; running it again');
        await wait(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_MS * 2 ** attempt));
        continue;
      }
      const extra = result.effects.length > 0 ? await this.runEffects(result.effects, incoming) : [];
      return [...result.replies, ...extra];
    }
    throw new Error(`Turn gave up after ${MAX_ATTEMPTS} conflicting attempts`);
  }
}
