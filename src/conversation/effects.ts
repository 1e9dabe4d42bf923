import { createHash } from 'node:crypto';
import type { Gemeente } from '../content/gemeenten';
import type { CallMoment, GesprekContext } from '../machines/gesprek';
import type { EffectRequest } from './flowRunner';
import type { RenderContext } from './views';
import { callBackRequest } from './callBackRequest';
import type { KeepRequest } from '../plan/store';

/**
 * Something the bot does in the world, as data. The core returns effects; the turn runner runs them
 * once, after the state write succeeded. Each has an idempotency key derived from the conversation and
 * the step, so a retried turn or a second instance produces the same key and the receiver keeps it once.
 */
export type Effect =
  | {
      kind: 'handover';
      key: string;
      conversation: string;
      gemeente: string;
      parts: {
        referrals: string[];
        contact: { name: string; phone: string; moment: CallMoment };
      };
    }
  | { kind: 'deleteData'; key: string; conversation: string }
  /** "Bewaar mijn plan": the card's content under the random token the reply's link shows (see keepPlan.ts). */
  | ({ kind: 'keepPlan'; key: string } & KeepRequest)
  /** Anonymous counters for the gemeente (see insightEvents.ts): fixed names and ids, no conversation. */
  | { kind: 'count'; key: string; gemeente: string; week: string; events: Record<string, number> };

/** A key from the conversation and the step: the same on every attempt of a turn and on every instance. */
export function effectKey(conversation: string, ...step: Array<string | number>): string {
  return createHash('sha256').update([conversation, ...step].join('\u0000')).digest('hex').slice(0, 32);
}

/** Where an effect comes from: the conversation, and which run of a flow (a new run may ask again). */
export interface EffectOrigin {
  conversation: string;
  run: number;
  ctx: RenderContext;
}

/** The effects a flow's states may name (`meta.effect`), each turned into data. */
const builders: Record<string, (request: EffectRequest, origin: EffectOrigin) => Effect> = {
  /** The call-back request the person just consented to: exactly what the consent screen showed. */
  handover: (request, { conversation, run, ctx }) => {
    const { referrals, contact } = callBackRequest(request.context as GesprekContext, ctx.crises);
    const { name, phone, moment } = contact;
    const gemeente: Gemeente | undefined = ctx.gemeente;
    if (!gemeente?.handover || !name || !phone || !moment) throw new Error('Call-back request without gemeente or contact details');
    return {
      kind: 'handover',
      key: effectKey(conversation, run, request.state, 'handover'),
      conversation,
      gemeente: gemeente.id,
      parts: { referrals, contact: { name, phone, moment } },
    };
  },
};

export function buildEffect(request: EffectRequest, origin: EffectOrigin): Effect {
  const build = builders[request.name];
  if (!build) throw new Error(`No effect '${request.name}'`);
  return build(request, origin);
}
