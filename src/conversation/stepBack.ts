import { z } from 'zod';
import type { FlowRunner, FlowState } from './flowRunner';
import type { ConversationRecord } from './record';

/** How many answered questions of the client conversation "terug" can undo, one at a time. */
export const BACK_STEPS = 5;

/** The flow whose answers can be taken back: the client conversation (elsewhere "terug" keeps its own meaning, or none). */
const BACK_FLOW = 'gesprek';

/** A context value as it was before an answer: its path (a key, or a key and a key inside it) and its value; no value: it was not there. */
const UndoSchema = z.object({ p: z.array(z.string()).min(1).max(2), v: z.unknown().optional() });
type Undo = z.infer<typeof UndoSchema>;

/**
 * One answered question, stored as what undoes it: the machine's state value before the answer, the context
 * values the answer changed (not the whole context: five of those would not fit the 4 KB a record may take),
 * the question count then, and whether the answer showed a plan (which then no longer holds).
 */
const StepSchema = z.object({ v: z.unknown(), u: z.array(UndoSchema), s: z.number().int().min(0).optional(), plan: z.literal(true).optional() });
type Step = z.infer<typeof StepSchema>;

/** The steps back of one run of the client conversation, the last answered last. */
export const StepsBackSchema = z.object({ run: z.number().int().min(0), steps: z.array(StepSchema).max(BACK_STEPS) });
export type StepsBack = z.infer<typeof StepsBackSchema>;

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The values `before` had where `after` differs, one level into objects (an answer adds one key to `answers`; only that key is kept). */
function undoOf(before: Plain, after: Plain): Undo[] {
  const undo: Undo[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [b, a] = [before[key], after[key]];
    if (same(b, a)) continue;
    if (!isPlain(b) || !isPlain(a)) {
      undo.push(b === undefined ? { p: [key] } : { p: [key], v: b });
      continue;
    }
    for (const sub of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (!same(b[sub], a[sub])) undo.push(b[sub] === undefined ? { p: [key, sub] } : { p: [key, sub], v: b[sub] });
    }
  }
  return undo;
}

/** The context with the values an answer changed put back. */
function undone(context: Plain, undo: readonly Undo[]): Plain {
  const out: Plain = { ...context };
  for (const { p: [key, sub], v } of undo) {
    const target: Plain = sub === undefined ? out : { ...(isPlain(out[key]) ? out[key] : {}) };
    const name = sub ?? key;
    if (v === undefined) delete target[name];
    else target[name] = v;
    if (sub !== undefined) out[key] = target;
  }
  return out;
}

const inBackFlow = (state: FlowState | undefined): state is FlowState => state?.flow === BACK_FLOW;

/**
 * After a turn: a question of the client conversation answered (its state moved on, in the same run) is kept as
 * a step back, at most BACK_STEPS; leaving the conversation (another flow, its end, "opnieuw") forgets them.
 * `before`: the flow, run and last plan as the turn found them.
 */
export function noteStep(record: ConversationRecord, before: { flow?: FlowState; run: number; lastPlan?: unknown }): void {
  const after = record.flow;
  if (!inBackFlow(after) || record.run !== before.run) {
    record.back = undefined;
    return;
  }
  if (!inBackFlow(before.flow) || same(before.flow.snapshot.value, after.snapshot.value)) return;
  const from = before.flow.snapshot;
  const step: Step = {
    v: from.value,
    u: undoOf((from.context ?? {}) as Plain, (after.snapshot.context ?? {}) as Plain),
    ...(before.flow.step ? { s: before.flow.step } : {}),
    ...(record.lastPlan !== before.lastPlan ? { plan: true as const } : {}),
  };
  const kept = record.back?.run === record.run ? record.back.steps : [];
  record.back = { run: record.run, steps: [...kept, step].slice(-BACK_STEPS) };
}

/** The question answered last, as it was before its answer (null: none kept, or it no longer restores). */
export function previousStep(runner: FlowRunner, record: ConversationRecord): { state: FlowState; plan: boolean } | null {
  const now = record.flow;
  const step = record.back?.run === record.run ? record.back.steps.at(-1) : undefined;
  if (!inBackFlow(now) || !step) return null;
  const snapshot = { ...now.snapshot, value: step.v, context: undone((now.snapshot.context ?? {}) as Plain, step.u) };
  const state: FlowState = { flow: now.flow, version: now.version, snapshot, ...(step.s ? { step: step.s } : {}) };
  return runner.restore(state) ? { state, plan: step.plan === true } : null;
}

/** Forgets the step just gone back over. */
export function dropLastStep(record: ConversationRecord): void {
  const steps = record.back?.steps.slice(0, -1) ?? [];
  record.back = steps.length > 0 && record.back ? { run: record.back.run, steps } : undefined;
}
