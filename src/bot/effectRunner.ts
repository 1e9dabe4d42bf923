import type { Gemeente } from '../content/gemeenten';
import type { Incoming } from '../conversation/core';
import type { Effect } from '../conversation/effects';
import type { Reply } from '../conversation/reply';
import { renderSay } from '../conversation/render';
import { renderHandoverFailed } from '../conversation/views/terugbellen';
import type { HandoverRequests } from '../handover/requests';
import type { CountStore } from '../insight/store';
import type { PlanStore } from '../plan/store';
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
  /** Where plans kept with "Bewaar mijn plan" are. */
  plans?: PlanStore;
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
        if (effect.kind === 'keepPlan') extra.push(...renderSay(['bewaren.mislukt']));
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
      case 'keepPlan': {
        // Keeping the same token again stores the same plan again: a second run changes nothing.
        if (!deps.plans) throw new Error('No store for kept plans');
        await deps.plans.keep({ token: effect.token, conversation: effect.conversation, plan: effect.plan });
        log.info({ event: 'plan.kept', conversation: conversationRef(incoming.conversationId), store: deps.plans.kind }, 'Plan kept');
        return;
      }
      case 'deleteData': {
        // Each place is cleared even when another fails; the first failure is then reported.
        const done = await Promise.allSettled([deps.handover?.forget(effect.conversation), deps.forgetTranscript?.(incoming.conversationId), deps.plans?.forget(effect.conversation)]);
        const failed = done.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
        return;
      }
      case 'count':
        // Only the effect's key (hashed again in the store), the gemeente, the week and fixed counter names.
        await deps.insight?.apply(effect.key, effect.gemeente, effect.week, effect.events);
        return;
    }
  }
}
