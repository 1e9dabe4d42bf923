import { TurnContext, type Activity, type ResourceResponse, type Storage } from 'botbuilder';
import { conversationRef, type Logger } from '../log';
import type { ConversationRecord, TurnOutcome } from '../dialogs/conversation';
import { conversationKey } from '../dialogs/conversationKey';
import { adaptForChannel } from '../dialogs/channels';
import { ETAG_NEW, isETagConflict } from './storage';

export type TurnLogic = (attempt: TurnContext, record: ConversationRecord) => Promise<TurnOutcome>;

/** How often a turn is tried again after another turn of the same conversation changed the state first. */
const MAX_ATTEMPTS = 5;

/**
 * Runs one turn against stored conversation state with optimistic concurrency:
 * load the record with its ETag, run the logic on a fresh context whose replies are held back,
 * write with that ETag, and only then send the replies. When another turn wrote first, the
 * write fails, the held replies are dropped and the turn runs again on the fresh state, so
 * no message is lost and no update is silently overwritten.
 */
export class TurnRunner {
  constructor(
    private readonly storage: Storage,
    private readonly log: Logger,
  ) {}

  async run(context: TurnContext, logic: TurnLogic): Promise<void> {
    const key = conversationKey(context.activity);
    const ref = conversationRef(context.activity.conversation?.id);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const stored = (await this.storage.read([key]))[key] as (ConversationRecord & { eTag?: string }) | undefined;
      const { eTag, ...record } = stored ?? { eTag: ETAG_NEW };
      const held: Partial<Activity>[] = [];
      const attemptContext = new TurnContext(context.adapter, context.activity);
      attemptContext.onSendActivities(async (_ctx, activities): Promise<ResourceResponse[]> => {
        held.push(...activities);
        return activities.map(() => ({ id: '' }));
      });

      const outcome = await logic(attemptContext, record);
      try {
        if (outcome === 'delete') await this.storage.delete([key]);
        else await this.storage.write({ [key]: { ...record, eTag } });
      } catch (err) {
        if (!isETagConflict(err)) throw err;
        this.log.info({ event: 'turn.conflict', conversation: ref, attempt }, 'State changed during the turn; running it again');
        continue;
      }
      if (held.length > 0) await context.sendActivities(adaptForChannel(held, context.activity));
      return;
    }
    throw new Error(`Turn gave up after ${MAX_ATTEMPTS} conflicting attempts`);
  }
}
