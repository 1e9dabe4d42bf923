import { createHash } from 'node:crypto';
import type { AnyStateMachine } from 'xstate';
import { z } from 'zod';
import { FactsSchema } from '../language/facts';
import { gesprekMachine } from '../machines/gesprek';
import { oefenenMachine } from '../machines/oefenen';
import { wegwijzerMachine } from '../machines/wegwijzer';
import { welcomeMachine, type WayIn } from '../machines/welcome';
import { PureMachine } from './pureMachine';

/** The conversation parts the bot hosts. Their names are the feature names used everywhere (see the README's glossary). */
export const FLOW_IDS = ['welkom', 'gesprek', 'oefenen', 'wegwijzer'] as const;
export type FlowId = (typeof FLOW_IDS)[number];

/** A conversation part the core can host: its machine, the version derived from it, and what its stored context must look like. */
/** Which crisis signals interrupt a flow (see Flow.crisisCheck). */
export type CrisisCheck = 'all' | 'certain' | 'none';
const CRISIS_CHECK: Record<FlowId, CrisisCheck> = { welkom: 'all', gesprek: 'all', oefenen: 'none', wegwijzer: 'certain' };

export interface Flow {
  id: FlowId;
  machine: AnyStateMachine;
  /** The machine as pure functions, for the turns (see PureMachine). */
  pure: PureMachine;
  /** Derived from the machine's definition, never raised by hand: a snapshot of another version restarts the flow kindly. */
  version: string;
  /** A restored snapshot's context must pass this, or the flow restarts kindly. */
  contextSchema: z.ZodTypeAny;
  /**
   * Which crisis signals interrupt this flow: all of them; only certain ones where a professional looks things
   * up (a query about "schuld bij een dealer" is no reason for "Ben je nu in gevaar?"); none where a
   * professional role-plays (practice).
   */
  crisisCheck: CrisisCheck;
  /** About how many questions the flow asks, for the progress line ("vraag 7 van ongeveer 20"); none where it makes no sense. */
  approxQuestions?: number;
}

/**
 * A stable text of a machine's definition: its states, transitions, guards and actions by name, and the
 * source of its guards and actions, so any change to what the machine does changes the version.
 */
function definitionText(machine: AnyStateMachine): string {
  const implementations = machine.implementations as unknown as Record<string, Record<string, unknown>>;
  const named = Object.fromEntries(
    Object.entries(implementations).map(([kind, impls]) => [kind, Object.fromEntries(Object.entries(impls ?? {}).map(([name, fn]) => [name, String(fn)]))]),
  );
  return JSON.stringify({ config: machine.config, named }, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));
}

export function versionOf(machine: AnyStateMachine): string {
  return createHash('sha256').update(definitionText(machine)).digest('hex').slice(0, 16);
}

/** The parts of a stored context the views and effects rely on; the machines own the rest. */
const Echo = z.record(z.string().optional());
const contextSchemas: Record<FlowId, z.ZodTypeAny> = {
  welkom: z.object({ wayIn: z.string().nullable(), facts: FactsSchema, query: z.string().nullable().optional() }).passthrough(),
  gesprek: z
    .object({
      answers: z.record(z.boolean().nullable()),
      urgent: z.boolean(),
      declined: z.boolean(),
      checklist: z.array(z.string()),
      phaseOutcomes: z.record(z.array(z.string())),
      echo: Echo,
      handoverAvailable: z.boolean(),
      contact: z.object({ name: z.string().optional(), phone: z.string().optional(), moment: z.string().optional() }),
      facts: FactsSchema,
      confirmed: z.array(z.string()),
    })
    .passthrough(),
  oefenen: z.object({ persona: z.string().nullable(), seed: z.number(), practice: z.object({}).passthrough() }).passthrough(),
  wegwijzer: z.object({ section: z.string().nullable(), query: z.string().nullable(), stepper: z.object({}).passthrough() }).passthrough(),
};

const machines: Record<FlowId, AnyStateMachine> = { welkom: welcomeMachine, gesprek: gesprekMachine, oefenen: oefenenMachine, wegwijzer: wegwijzerMachine };

/** The client conversation asks about 24 questions on a usual path (bespreekbaar maken, the release checklist, the routekaart). */
const APPROX_QUESTIONS: Partial<Record<FlowId, number>> = { gesprek: 24 };

export const flows: Record<FlowId, Flow> = Object.fromEntries(
  FLOW_IDS.map((id) => [
    id,
    { id, machine: machines[id], pure: new PureMachine(machines[id]), version: versionOf(machines[id]), contextSchema: contextSchemas[id], crisisCheck: CRISIS_CHECK[id], approxQuestions: APPROX_QUESTIONS[id] },
  ]),
) as Record<FlowId, Flow>;

/** The flow behind each way in. */
export const wayInFlow = (wayIn: WayIn): Flow => flows[wayIn];
