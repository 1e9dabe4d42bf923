import { DEFAULT_PLAN_KEEP_DAYS, newPlanToken } from '../plan/keptPlan';
import { effectKey } from './effects';
import { lines } from './render';
import { textMessage, type Reply } from './reply';
import type { Turn } from './record';

/** What "Bewaar mijn plan" needs from the core: where kept plans are, for how long, and a new token. */
export interface KeepPlanOptions {
  planLink: (token: string) => string;
  planKeepDays?: number;
  newPlanToken?: () => string;
  now: () => number;
}

/** Remembers the plan a step showed (its card's content), so it can be kept after its flow ends. */
export function rememberPlan(turn: Turn, replies: readonly Reply[]): void {
  const plan = replies.find((r) => r.type === 'plan');
  if (plan?.type === 'plan') turn.record.lastPlan = { title: plan.title, sections: plan.sections.map((s) => ({ ...s })) };
}

/**
 * "Bewaar mijn plan": the link to the plan's page, and the effect that keeps the card's content under the
 * link's token, run after the write. The token is made in this turn (or taken from the record, when the same
 * plan was kept before) and stored in the record with it: a turn retried after a conflict makes its own token,
 * and only the attempt whose write succeeded has its effect run and its reply sent, so the link shown is
 * always the one kept.
 */
export function keepLastPlan(turn: Turn, options: KeepPlanOptions): void {
  const plan = turn.record.lastPlan;
  if (!plan) return;
  const token = plan.token ?? (options.newPlanToken ?? newPlanToken)();
  plan.token = token;
  const link = options.planLink(token);
  turn.effects.push({
    kind: 'keepPlan',
    key: effectKey(turn.key, 'keepPlan', token),
    token,
    conversation: turn.key,
    plan: { title: plan.title, sections: plan.sections, madeAt: new Date(options.now()).toISOString() },
  });
  const said = lines('bewaren.klaar', { link, planDays: options.planKeepDays ?? DEFAULT_PLAN_KEEP_DAYS });
  turn.replies.push(...said.map((text, i) => textMessage(text, i === 0 ? { link: { title: lines('bewaren.openen')[0], url: link } } : {})));
}
