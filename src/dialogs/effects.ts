import { TurnContext } from 'botbuilder';
import type { Gemeente } from '../content/gemeenten';
import type { HandoverRequests } from '../handover/requests';
import type { GesprekContext } from '../machines/gesprek';
import { conversationKey } from './conversationKey';
import { adviceFor, GEMEENTE_KEY } from './views/plan';

/** Something the bot does when a state is entered; a state names it with `meta.effect`. */
export type Effect = (context: unknown, turn: TurnContext) => Promise<void>;

/** The effects the flows may name, with what they need. Without call-backs, there is no 'handover'. */
export function createEffects(handover: HandoverRequests | undefined): Record<string, Effect> {
  if (!handover) return {};
  return {
    /** Queues the call-back request the person just consented to. */
    handover: async (raw, turn) => {
      const context = raw as GesprekContext;
      const gemeente = turn.turnState.get(GEMEENTE_KEY) as Gemeente | undefined;
      const { name, phone, moment } = context.contact;
      if (!gemeente || !name || !phone || !moment) throw new Error('Call-back request without gemeente or contact details');
      const { advice, crises } = adviceFor(context, turn);
      await handover.request({
        conversation: conversationKey(turn.activity),
        gemeente,
        parts: {
          referrals: advice.referrals.map((r) => r.id),
          phaseOutcomes: context.phaseOutcomes as Record<string, string[]>,
          crisis: crises.length > 0,
          contact: { name, phone, moment },
        },
        reference: TurnContext.getConversationReference(turn.activity),
      });
    },
  };
}
