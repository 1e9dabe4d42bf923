import type { AnyMachineSnapshot, Snapshot } from 'xstate';
import { z } from 'zod';
import { textEntry, type ContentKey } from '../content';
import { extractFacts, hasFacts, interpret, mentionsUnnegated, MAX_TEXT_LENGTH, NEGATIONS, normalize, readPhone, saysWhy, toldFacts, type AnswerKind, type ChoiceOption, type CrisisType, type Interpretation } from '../language';
import type { AnswerEvent, StateMeta } from '../machines/types';
import { FLOW_IDS, flows, type Flow, type FlowId } from './flows';
import { choicesOf, renderQuestion, renderSay, type Question, type RenderVars } from './render';
import type { Reply } from './reply';
import type { RenderContext, View } from './views';

/** Turns a person's text into a machine event, for an answer kind the pure language layer cannot read alone. */
export type AnswerReader = (text: string, choices: ChoiceOption[]) => Promise<AnswerEvent | null>;

/** What is stored of the flow a person is in. */
export const FlowStateSchema = z.object({
  flow: z.enum(FLOW_IDS),
  version: z.string(),
  snapshot: z.object({ status: z.string(), value: z.unknown(), context: z.unknown() }).passthrough(),
  /** Unreadable answers in a row at the current question. */
  unclear: z.number().int().min(0).optional(),
  /** Questions asked or answered so far, for the progress line. */
  step: z.number().int().min(0).optional(),
});
export type FlowState = z.infer<typeof FlowStateSchema>;

/** Something a state asks the core to do when it is entered (`meta.effect`), with the machine's context. */
export interface EffectRequest {
  name: string;
  context: unknown;
  /** The state that asked, for the effect's idempotency key. */
  state: string;
}

/** One step of a flow: what to store (null when the flow is done), what to say, what to do. */
export interface FlowTurn {
  state: FlowState | null;
  output?: unknown;
  replies: Reply[];
  effects: EffectRequest[];
  /** The question now asked, if any (for the core's progress line). */
  asked?: Question;
  /** Whether the flow went on to another state (false when a message only added facts). */
  moved?: boolean;
  /** The flow rests after its questions (`meta.reopen`): the next message starts anew unless it takes this flow up again. */
  resting?: boolean;
}

/** What a message means at the current question: the answer (if it is one) and what it said beyond it. */
export interface Reading {
  answer: AnswerEvent | null;
  facts: AnswerEvent | null;
}

/** The prompt a machine state shows: what it says, then what it asks. */
interface Prompt {
  say: ContentKey[];
  ask?: Question & { orText?: boolean; noFacts?: boolean; facts?: 'told'; topic?: CrisisType; keepAsking?: boolean };
  view?: string;
  effect?: string;
  reopen?: ContentKey;
}

function promptOf(snapshot: AnyMachineSnapshot): Prompt {
  const metas = Object.values(snapshot.getMeta() as Record<string, StateMeta>);
  const say = metas.flatMap((m) => m.say ?? []);
  const asking = [...metas].reverse().find((m) => m.ask && m.expect);
  return {
    say,
    ask: asking ? { key: asking.ask as ContentKey, expect: asking.expect!, choices: asking.choices, orText: asking.orText, noFacts: asking.noFacts, facts: asking.facts, topic: asking.topic, keepAsking: asking.keepAsking } : undefined,
    view: [...metas].reverse().find((m) => m.view)?.view,
    effect: [...metas].reverse().find((m) => m.effect)?.effect,
    reopen: [...metas].reverse().find((m) => m.reopen)?.reopen,
  };
}

/** Turns what the language layer understood into the machine's typed event, if it is an answer. */
export function toEvent(meaning: Interpretation): AnswerEvent | null {
  switch (meaning.kind) {
    case 'yes': return { type: 'YES' };
    case 'no': return { type: 'NO' };
    case 'unknown': return { type: 'UNKNOWN' };
    case 'amount': return { type: 'AMOUNT', euros: meaning.euros, approximate: meaning.approximate ?? false };
    case 'choice': return { type: 'CHOICE', id: meaning.id };
    case 'freeText': return { type: 'TEXT', text: meaning.text };
    case 'phone': return { type: 'PHONE', e164: meaning.e164, display: meaning.display };
    case 'otherNumber': return { type: 'OTHER_NUMBER', why: meaning.why };
    case 'name': return { type: 'TEXT', text: meaning.name };
    case 'unclear': return null;
  }
}

/** The person's own words a machine keeps to say back (`context.echo`), as render values. */
function echoVars(snapshot: AnyMachineSnapshot): RenderVars {
  const echo = (snapshot.context as { echo?: Record<string, string | undefined> } | undefined)?.echo ?? {};
  return Object.fromEntries(Object.entries(echo).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function stateName(snapshot: AnyMachineSnapshot): string {
  return JSON.stringify(snapshot.value);
}

/** The lines a machine lists to confirm answers given earlier (`context.confirmed`). */
function confirmedOf(snapshot: AnyMachineSnapshot): ContentKey[] {
  return ((snapshot.context as { confirmed?: ContentKey[] } | undefined)?.confirmed ?? []);
}

/** A persisted snapshot is plain data (see PureMachine.persisted). */
function persist(flow: Flow, snapshot: AnyMachineSnapshot, step: number): FlowState {
  const stored = flow.pure.persisted(snapshot) as FlowState['snapshot'];
  return { flow: flow.id, version: flow.version, snapshot: stored, ...(step > 0 ? { step } : {}) };
}

/**
 * Hosts the XState machines. Each turn it restores the stored snapshot, turns the
 * person's words into a typed event with `interpret`, sends it, and describes the new state: its
 * sentences, its view, its question, and the effect it asks for. It never does I/O.
 */
export class FlowRunner {
  constructor(
    private readonly views: Record<string, View>,
    /** Readers for answer kinds that need more than the pure language layer (the technique classifier). */
    private readonly readers: Partial<Record<AnswerKind, AnswerReader>> = {},
  ) {}

  start(flowId: FlowId, input: object, ctx: RenderContext): FlowTurn {
    const flow = flows[flowId];
    return this.settle(flow, flow.pure.initial(input), ctx, { said: [], step: 0 });
  }

  /**
   * Restored snapshots by the stored state they came from. A turn asks about the same state several times
   * (is it restorable, its topic, its question, reading the answer, sending it); the stored state is never
   * changed in place (a new state is a new object), so it is checked and restored once per turn.
   */
  private readonly restored = new WeakMap<FlowState, AnyMachineSnapshot | null>();

  /** Stored states this runner made itself (see OwnRecords): their context needs no second zod check. */
  private readonly trusted = new WeakSet<FlowState>();

  trust(state: FlowState): void {
    this.trusted.add(state);
  }

  /** The stored snapshot as a live snapshot, or null when it is of another version, fails its schema or cannot be restored. */
  restore(state: FlowState): AnyMachineSnapshot | null {
    let snapshot = this.restored.get(state);
    if (snapshot === undefined) {
      snapshot = this.restoreNow(state);
      this.restored.set(state, snapshot);
    }
    return snapshot;
  }

  private restoreNow(state: FlowState): AnyMachineSnapshot | null {
    const flow = flows[state.flow];
    if (state.version !== flow.version || (!this.trusted.has(state) && !flow.contextSchema.safeParse(state.snapshot.context).success)) return null;
    try {
      const snapshot = flow.pure.restore(state.snapshot as Snapshot<unknown>);
      return snapshot.status === 'active' ? snapshot : null;
    } catch {
      return null;
    }
  }

  /** The question the stored state asks, if any. */
  /** The crisis type the pending question asks about itself, if any (see `StateMeta.topic`). */
  topic(state: FlowState): CrisisType | undefined {
    const restored = this.restore(state);
    return restored ? promptOf(restored).ask?.topic : undefined;
  }

  question(state: FlowState): (Question & { keepAsking?: boolean }) | undefined {
    const restored = this.restore(state);
    return restored ? promptOf(restored).ask : undefined;
  }

  /**
   * What takes a resting flow up again (see `StateMeta.reopen`): a phone number, or words its content text's
   * choices name, said without a "niet" or "geen" ("bel me maar niet" is no). Null: the message starts anew.
   */
  reopening(state: FlowState, text: string): AnswerEvent | null {
    const restored = this.restore(state);
    const key = restored ? promptOf(restored).reopen : undefined;
    if (!restored || !key) return null;
    const input = text.slice(0, MAX_TEXT_LENGTH);
    const phone = readPhone(input);
    const events: AnswerEvent[] = phone ? [{ type: 'PHONE', ...phone }] : [];
    const denied = normalize(input).split(' ').some((w) => NEGATIONS.has(w));
    for (const [id, choice] of Object.entries(textEntry(key).choices ?? {})) {
      if (!denied && mentionsUnnegated(input, [choice.title, ...choice.synonyms])) events.push({ type: 'CHOICE', id });
    }
    return events.find((e) => restored.can(e)) ?? null;
  }

  /**
   * Reads the person's words at the current question: as its answer, and, where the flow keeps them, for
   * facts about their situation that later questions need (FACTS). Either may be null.
   */
  async read(state: FlowState, text: string): Promise<Reading> {
    const restored = this.restore(state);
    const ask = restored ? promptOf(restored).ask : undefined;
    if (!restored || !ask) return { answer: null, facts: null };
    const input = text.slice(0, MAX_TEXT_LENGTH);
    const keepsFacts = !ask.noFacts && restored.can({ type: 'FACTS', facts: {} });
    const facts = !keepsFacts ? {} : ask.facts === 'told' ? toldFacts(input) : await extractFacts(input, { creditors: textEntry(ask.key).reads?.creditors });
    let answer = await this.readAnswer(restored, ask, input);
    if (answer?.type === 'TEXT' && hasFacts(facts)) answer = { ...answer, facts };
    return { answer, facts: hasFacts(facts) ? { type: 'FACTS', facts } : null };
  }

  private async readAnswer(restored: AnyMachineSnapshot, ask: NonNullable<Prompt['ask']>, input: string): Promise<AnswerEvent | null> {
    const reader = this.readers[ask.expect];
    let event: AnswerEvent | null;
    if (reader) {
      event = await reader(input, choicesOf(ask));
    } else {
      let meaning = interpret(input, ask.expect, { choices: choicesOf(ask), reads: textEntry(ask.key).reads });
      if (meaning.kind === 'unclear' && ask.orText && input.trim() !== '') meaning = { kind: 'freeText', text: input.trim() };
      event = toEvent(meaning);
    }
    if (event?.type === 'CHOICE' && saysWhy(input)) event = { ...event, because: true };
    return event && restored.can(event) ? event : null;
  }

  /** Whether the current state takes this event. */
  accepts(state: FlowState, event: AnswerEvent): boolean {
    return this.restore(state)?.can(event) ?? false;
  }

  /**
   * Sends events the state accepts (see `read`), in order, and describes the new state once. Lines the machine
   * lists to confirm earlier answers (questions skipped because they were answered already) come first.
   */
  send(state: FlowState, events: AnswerEvent | AnswerEvent[], ctx: RenderContext): FlowTurn {
    const flow = flows[state.flow];
    const restored = this.restore(state);
    if (!restored) throw new Error(`Flow '${state.flow}' cannot be restored`);
    const after = flow.pure.next(restored, Array.isArray(events) ? events : [events]);
    const said = confirmedOf(after).slice(confirmedOf(restored).length);
    const moved = after.status !== 'active' || stateName(after) !== stateName(restored);
    const step = (state.step ?? 0) + (moved ? 1 : 0) + said.length;
    return { ...this.settle(flow, after, ctx, { said, step }), moved };
  }

  /** A flow's progress for the page: the question number and about how many there are. */
  progress(state: FlowState | undefined): { step: number; of: number } | undefined {
    const of = state ? flows[state.flow].approxQuestions : undefined;
    if (!state || !of || !state.step) return undefined;
    return { step: state.step, of: Math.max(of, state.step) };
  }

  /** The stored state again, with one more unreadable answer counted. */
  countUnclear(state: FlowState): FlowState {
    return { ...state, unclear: (state.unclear ?? 0) + 1 };
  }

  /** The current question again, as the person saw it. */
  reprompt(state: FlowState, ctx: RenderContext): Reply[] {
    const restored = this.restore(state);
    const ask = restored ? promptOf(restored).ask : undefined;
    return ask && restored ? renderQuestion(ask, { ...ctx.vars, ...echoVars(restored) }) : [];
  }

  /** Describes a state just entered: its sentences, view and question; a final state ends the flow with its output. */
  private settle(flow: Flow, snapshot: AnyMachineSnapshot, ctx: RenderContext, progress: { said: ContentKey[]; step: number }): FlowTurn {
    const prompt = promptOf(snapshot);
    const vars = { ...ctx.vars, ...echoVars(snapshot) };
    prompt.say = [...progress.said, ...prompt.say];
    const view = prompt.view ? this.views[prompt.view] : undefined;
    if (prompt.view && !view) throw new Error(`No view '${prompt.view}' for flow '${flow.id}'`);
    const replies = [...renderSay(prompt.say, vars), ...(view ? view(snapshot.context, ctx, vars) : []), ...(prompt.ask ? renderQuestion(prompt.ask, vars) : [])];
    const effects = prompt.effect ? [{ name: prompt.effect, context: snapshot.context as unknown, state: stateName(snapshot) }] : [];
    if (snapshot.status === 'done') return { state: null, output: snapshot.output, replies, effects };
    return { state: persist(flow, snapshot, prompt.ask ? Math.max(progress.step, 1) : progress.step), replies, effects, asked: prompt.ask, ...(prompt.reopen ? { resting: true } : {}) };
  }
}
