import { z } from 'zod';
import { content, PHASE_IDS, type PhaseId } from '../content';
import { isoWeek, WEEK } from '../insight/week';
import { effectKey, type Effect } from './effects';
import type { FlowState } from './flowRunner';
import type { Reply } from './reply';

/**
 * Anonymous figures for the gemeente: what a turn changed, as counter deltas (ids and fixed names only,
 * never the person's words). A conversation's figures all go to the gemeente and ISO week it began in,
 * so a week's figures add up (gesprekken = metPlan + uitval). What the conversation has counted so far
 * lives only in its own record (`insight`), and goes when the record goes.
 */

/** The steps a conversation passes, in order, for "where people stop" (uitval). */
export const STEPS = ['welkom', 'bespreekbaar', 'bewust', 'vrijgekomen', 'fase1', 'fase2', 'fase3', 'oefenen', 'wegwijzer'] as const;
export type Step = (typeof STEPS)[number];

/** What a conversation has counted: in its own record only. */
export const InsightMarkSchema = z
  .object({
    week: z.string().regex(WEEK),
    gemeente: z.string(),
    /** The step last counted under uitval (none once a plan was made). */
    step: z.enum(STEPS).optional(),
    plan: z.boolean().optional(),
    vrij: z.boolean().optional(),
    /** How many routekaart outcomes per phase are counted already. */
    fases: z.record(z.number().int().min(0)).optional(),
    /** How many count effects this conversation made: the idempotency key's step. */
    n: z.number().int().min(0),
  })
  .strict();
export type InsightMark = z.infer<typeof InsightMarkSchema>;

/** The part of a conversation record the figures read. */
export interface InsightRecord {
  flow?: FlowState;
  crises?: string[];
  gemeente?: string;
  insight?: InsightMark;
}

/** What the record looked like before the turn. */
export interface InsightBefore {
  crises: string[];
}

export function insightBefore(record: InsightRecord): InsightBefore {
  return { crises: [...(record.crises ?? [])] };
}

const STATE_STEP: Array<[RegExp, Step]> = [
  [/^(inKaart|doorvragen|normaliseren|urgent|waarnemen|reflectie_.*|respect)$/, 'bespreekbaar'],
  [/^(zesMaanden.*|spiegel|magIk|gedaan.*|nodig)$/, 'bewust'],
  [/^(vrijgekomen|check.*)$/, 'vrijgekomen'],
];

const PHASE_OF = new Map<string, PhaseId>(
  PHASE_IDS.flatMap((phase) => [
    ...Object.keys(content.routekaart.phases[phase].nodes).map((id) => [id, phase] as [string, PhaseId]),
    ...Object.keys(content.routekaart.phases[phase].leaves).map((id) => [`leaf_${id}`, phase] as [string, PhaseId]),
  ]),
);

/** The step the conversation is at, from its flow's state (undefined: no flow, or a plan state). */
export function stepOf(flow: FlowState | undefined): Step | undefined {
  if (!flow) return undefined;
  if (flow.flow !== 'gesprek') return flow.flow;
  const value = flow.snapshot.value as string | { routekaart?: string };
  if (typeof value === 'object' && value !== null) return typeof value.routekaart === 'string' ? PHASE_OF.get(value.routekaart) : undefined;
  return STATE_STEP.find(([pattern]) => pattern.test(String(value)))?.[1];
}

function phaseOutcomes(record: InsightRecord, replies: readonly Reply[]): Partial<Record<PhaseId, string[]>> {
  const plan = replies.find((r) => Array.isArray(r.data?.referrals));
  if (plan) return plan.data?.phaseOutcomes ?? {};
  if (record.flow?.flow !== 'gesprek') return {};
  return ((record.flow.snapshot.context as { phaseOutcomes?: Partial<Record<PhaseId, string[]>> }).phaseOutcomes) ?? {};
}

const add = (deltas: Record<string, number>, field: string, by = 1) => {
  deltas[field] = (deltas[field] ?? 0) + by;
  if (deltas[field] === 0) delete deltas[field];
};

/**
 * The count effect for this turn (or none), comparing the record before and after it. Updates the
 * record's own mark. The key is the conversation and the mark's count, so a retried turn makes the same key.
 */
export function insightEffects(before: InsightBefore, record: InsightRecord, replies: readonly Reply[], conversation: string, now: number): Effect[] {
  const deltas: Record<string, number> = {};
  const mark: InsightMark = record.insight ? { ...record.insight } : { week: isoWeek(now), gemeente: record.gemeente ?? 'onbekend', n: 0 };
  if (!record.insight) add(deltas, 'gesprekken');
  for (const type of record.crises ?? []) if (!before.crises.includes(type)) add(deltas, `crisis:${type}`);
  if (!mark.plan) {
    const plan = replies.find((r) => Array.isArray(r.data?.referrals));
    const fases = { ...mark.fases };
    for (const [phase, outcomes] of Object.entries(phaseOutcomes(record, replies))) {
      for (const outcome of (outcomes ?? []).slice(fases[phase] ?? 0)) add(deltas, `fase:${phase}:${outcome}`);
      fases[phase] = Math.max(fases[phase] ?? 0, outcomes?.length ?? 0);
    }
    mark.fases = fases;
    const step = plan ? undefined : (stepOf(record.flow) ?? mark.step);
    if (step !== mark.step) {
      if (mark.step) add(deltas, `uitval:${mark.step}`, -1);
      if (step) add(deltas, `uitval:${step}`);
      mark.step = step;
    }
    if (!mark.vrij && record.flow?.flow === 'gesprek' && /^check/.test(String(record.flow.snapshot.value))) {
      mark.vrij = true;
      add(deltas, 'recentVrij');
    }
    if (plan) {
      mark.plan = true;
      add(deltas, 'metPlan');
      for (const id of plan.data?.referrals ?? []) add(deltas, `doorverwijzing:${id}`);
    }
  }
  if (Object.keys(deltas).length === 0) {
    record.insight = mark;
    return [];
  }
  mark.n += 1;
  record.insight = mark;
  return [{ kind: 'count', key: effectKey(conversation, 'inzicht', mark.n), gemeente: mark.gemeente, week: mark.week, events: deltas }];
}
