import type { Gemeente } from '../content/gemeenten';
import type { Incoming } from '../conversation/core';
import type { Effect } from '../conversation/effects';
import type { Reply } from '../conversation/reply';
import { renderHandoverFailed } from '../conversation/views/terugbellen';
import type { HandoverRequests } from '../handover/requests';
import type { CountStore } from '../insight/store';
import { conversationRef, type Logger } from '../log';
import type { EffectRunner } from './turnRunner';

export interface EffectDeps {
  gemeenten: ReadonlyMap<string, Gemeente>;
  log: Logger;
  handover?: HandoverRequests;
  /** Removes what else is kept of a conversation (the web transcript) after "verwijder mijn gegevens". */
  forgetTranscript?: (conversationId: string) => Promise<void>;
  /** Where the gemeente's anonymous figures are counted. */
  insight?: CountStore;
}

/**
 * Runs a committed turn's effects. Each effect carries an idempotency key derived from the conversation
 * and the step, so running it again (a retried turn, a second instance) does not do it twice. An effect
 * that fails is logged and the person is told what to do instead; it never undoes the committed turn.
 */
export function createEffectRunner(deps: EffectDeps): EffectRunner {
  const { log } = deps;
  return async (effects, incoming) => {
    const extra: Reply[] = [];
    for (const effect of effects) {
      try {
        await run(effect, incoming);
      } catch (err) {
        log.error({ event: 'effect.failed', effect: effect.kind, conversation: conversationRef(incoming.conversationId), reason: (err as Error).message }, 'An effect failed');
        if (effect.kind === 'handover') extra.push(...renderHandoverFailed(deps.gemeenten.get(effect.gemeente)));
      }
    }
    return extra;
  };

  async function run(effect: Effect, incoming: Incoming): Promise<void> {
    switch (effect.kind) {
      case 'handover': {
        const gemeente = deps.gemeenten.get(effect.gemeente);
        if (!deps.handover || !gemeente) throw new Error('Call-back requested where none can be sent');
        const queued = await deps.handover.request({ key: effect.key, conversation: effect.conversation, gemeente, parts: effect.parts, reference: incoming.address ?? {} });
        log.info({ event: queued ? 'handover.queued' : 'handover.duplicate', conversation: conversationRef(incoming.conversationId) }, queued ? 'Call-back request queued' : 'Call-back request was queued before');
        return;
      }
      case 'deleteData':
        await deps.handover?.forget(effect.conversation);
        await deps.forgetTranscript?.(incoming.conversationId);
        return;
      case 'count':
        // Only the effect's key (hashed again in the store), the gemeente, the week and fixed counter names.
        await deps.insight?.apply(effect.key, effect.gemeente, effect.week, effect.events);
        return;
    }
  }
}
