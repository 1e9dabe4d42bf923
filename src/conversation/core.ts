import { z } from 'zod';
import type { Gemeente } from '../content/gemeenten';
import { GEMEENTE_ID } from '../content/gemeenteSchema';
import { MAX_TEXT_LENGTH, type Facts } from '../language';
import { conversationRef } from '../log';
import type { WayIn } from '../machines/welcome';
import { answerQuestion, firstMessage, type AnswerHost } from './answer';
import { conversationKey } from './conversationKey';
import { buildEffect, effectKey } from './effects';
import { flows, type FlowId } from './flows';
import { FlowRunner, type FlowState, type FlowTurn } from './flowRunner';
import { CrisisFlow } from './crisisFlow';
import { findInterrupt, type Interrupt } from './interrupts';
import { insightBefore, insightEffects } from './insightEvents';
import { keepLastPlan, rememberPlan } from './keepPlan';
import { urgentHelp } from './localHelp';
import { firstAnswer, setPracticeAside, takePracticeBack } from './wayInStart';
import type { AnswerEvent } from '../machines/types';
import { DEFAULT_PLAN_KEEP_DAYS } from '../plan/keptPlan';
import { languageReaders, practiceReaders } from './practiceReader';
import { OwnRecords } from './ownRecords';
import { choicesOf, renderSay, type RenderVars } from './render';
import { views, type RenderContext } from './views';
import { ConversationRecordSchema, type ConversationRecord, type CoreOptions, type Incoming, type Turn, type TurnResult } from './record';

export { statelessHelp } from './crisisFlow';
export { ConversationRecordSchema, type ConversationRecord, type CoreOptions, type Incoming, type TurnResult } from './record';

/** After this long without a message, opening the chat again says "welkom terug". */
const RETURN_AFTER_MS = 60_000;

/** What a web page may say when it opens the chat. */
/**
 * What the page says when it opens the chat: the gemeente whose site it is on, and whether it shows this
 * conversation again with its history (a reload): then the last question is on the screen already.
 */
const OpenedValue = z.object({ gemeente: z.string().regex(GEMEENTE_ID).optional(), resumed: z.boolean().optional() }).passthrough();


/**
 * One conversation's turn logic, free of any bot SDK: `(record, incoming) → { record', replies, effects }`.
 * It routes between the flows (welkom, then gesprek, oefenen or wegwijzer), handles the words that always
 * work and a crisis before any flow, and reads the person's answer for the question asked.
 */
export class ConversationCore {
  private readonly runner: FlowRunner;
  private readonly vars: RenderVars;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly gemeenten: ReadonlyMap<string, Gemeente>;
  private readonly crisis: CrisisFlow;
  private readonly answerHost: AnswerHost<Turn>;
  /** The records this core returned, so reading one back needs no second check. */
  private readonly own = new OwnRecords();

  constructor(private readonly options: CoreOptions) {
    this.runner = new FlowRunner(views, { ...languageReaders(), ...practiceReaders(options.techniques) });
    this.vars = { ttlDays: options.ttlDays, planDays: options.planKeepDays ?? DEFAULT_PLAN_KEEP_DAYS };
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.gemeenten = options.gemeenten ?? new Map();
    // The answer path (src/conversation/answer.ts) speaks, starts the welcome and moves flows through these.
    this.answerHost = { runner: this.runner, say: (t, k) => this.say(t, k), reprompt: (t) => this.reprompt(t), apply: (t, s) => this.apply(t, s), startWelcome: (t, g) => this.startWelcome(t, g) };
    this.crisis = new CrisisFlow(this.vars, (turn) => this.resumeFlow(turn as Turn));
  }

  /** A stored record, or a fresh one when there is none or it does not match what this version stores. */
  private parseRecord(raw: unknown, conversationId: string, key: string): { record: ConversationRecord; reset: boolean } {
    if (raw === undefined || raw === null) return { record: { run: 0 }, reset: false };
    if (this.own.isOwn(key, raw)) {
      const record = raw as ConversationRecord;
      if (record.flow) this.runner.trust(record.flow);
      return { record, reset: false };
    }
    const parsed = ConversationRecordSchema.safeParse(raw);
    if (parsed.success) return { record: parsed.data, reset: false };
    this.options.log?.warn({ event: 'state.reset', conversation: conversationRef(conversationId), field: parsed.error.issues[0]?.path.join('.') }, 'Stored state did not match; starting anew');
    return { record: { run: 0, lastSeenAt: new Date(this.now()).toISOString() }, reset: true };
  }

  /** One turn on the stored record (as storage gave it, without its ETag; undefined for a new conversation). */
  async turn(stored: unknown, incoming: Incoming): Promise<TurnResult> {
    const key = conversationKey({ channelId: incoming.channelId, conversation: { id: incoming.conversationId } });
    const { record, reset } = this.parseRecord(stored, incoming.conversationId, key);
    const before = insightBefore(record);
    const turn: Turn = {
      record,
      replies: [],
      effects: [],
      key,
      ctx: this.renderContext(record),
    };
    // A record this version cannot read starts over, and says so kindly.
    if (reset) this.say(turn, 'flow.versionChanged');
    let outcome: 'save' | 'delete';
    if (incoming.kind === 'opened') outcome = this.opened(turn, incoming);
    else outcome = await this.message(turn, String(incoming.text ?? ''), incoming.conversationId);
    turn.record.lastSeenAt = new Date(this.now()).toISOString();
    this.tag(turn);
    if (outcome === 'save') turn.effects.push(...insightEffects(before, turn.record, turn.replies, turn.key, this.now()));
    const next = outcome === 'delete' ? null : turn.record;
    this.own.remember(key, next);
    return { record: next, replies: turn.replies, effects: turn.effects };
  }

  private renderContext(record: ConversationRecord): RenderContext {
    return { vars: this.vars, gemeente: record.gemeente ? this.gemeenten.get(record.gemeente) : undefined, crises: record.crises ?? [] };
  }

  /** Every reply says which flow it belongs to (the flow that said it, or else the one the person is in now), and in the gesprek how far it is. */
  private tag(turn: Turn): void {
    const flow: FlowId = turn.record.flow?.flow ?? 'welkom';
    const progress = this.runner.progress(turn.record.flow);
    for (const reply of turn.replies) {
      reply.data = { flow, ...reply.data };
      if (progress && reply.data.flow === turn.record.flow?.flow) reply.data = { ...reply.data, ...progress };
    }
  }

  /** The chat was opened (web chat join, or a member added): greet a newcomer; show a returner where they were. */
  private opened(turn: Turn, incoming: Incoming): 'save' {
    this.rememberGemeente(turn, incoming);
    const { record } = turn;
    const lastSeen = record.lastSeenAt ? Date.parse(record.lastSeenAt) : NaN;
    const recent = this.now() - lastSeen < RETURN_AFTER_MS;
    // A reload that shows the history: the last question is on the screen; saying it again would show it twice.
    const resumed = OpenedValue.safeParse(incoming.value ?? {}).data?.resumed === true;
    if (resumed && recent && !record.paused && (record.crisisWait || !record.flow || this.restorable(turn))) return 'save';
    if (!record.crisisWait && (!record.flow || !this.restorable(turn))) {
      this.startWelcome(turn, !record.lastSeenAt);
      return 'save';
    }
    // Reopened (new tab, after a restart, a channel without history): always show where we are, so the screen is never empty.
    if (record.paused || !recent) this.say(turn, 'resume.welcomeBack');
    record.paused = false;
    this.backToWhereWeWere(turn);
    return 'save';
  }

  /** The gemeente the page names, if it is one we know; an unknown one falls back to national help, said in the log only. */
  private rememberGemeente(turn: Turn, incoming: Incoming): void {
    const parsed = OpenedValue.safeParse(incoming.value ?? {});
    const id = parsed.success ? parsed.data.gemeente : undefined;
    if (!id) return;
    if (this.gemeenten.has(id)) {
      turn.record.gemeente = id;
      turn.ctx = this.renderContext(turn.record);
    } else {
      this.options.log?.warn({ event: 'gemeente.unknown', conversation: conversationRef(incoming.conversationId) }, 'The page named an unknown gemeente; national help is used');
    }
  }

  private async message(turn: Turn, text: string, conversationId: string): Promise<'save' | 'delete'> {
    const { record } = turn;
    if (text.trim() === '') return this.sayThenAsk(turn, 'unclear.notText');
    if (text.length > MAX_TEXT_LENGTH) return this.sayThenAsk(turn, 'unclear.tooLong');
    if (record.flow && !this.restorable(turn)) {
      this.options.log?.info({ event: 'flow.restart', conversation: conversationRef(conversationId), flow: record.flow.flow }, 'Stored flow is of another version; restarting it');
      this.say(turn, 'flow.versionChanged');
      this.restartFlow(turn, record.flow.flow);
      return 'save';
    }

    // A crisis first, before any button word or answer; practice mode does not check (a professional plays a role).
    const crisisCheck = record.flow ? flows[record.flow.flow].crisisCheck : 'all';
    // The buttons offered: a message that picks one is its answer, even with an interrupt word in the button's words.
    const asked = record.flow && !record.crisisWait ? this.runner.question(record.flow) : undefined;
    const interrupt = findInterrupt(text, { crisis: crisisCheck, explain: crisisCheck !== 'none', keepPlan: Boolean(record.lastPlan), lookup: record.flow?.flow === 'oefenen' || record.flow?.flow === 'gesprek', practice: record.flow?.flow === 'wegwijzer', priorDistress: record.distress, topic: record.flow && !record.crisisWait ? this.runner.topic(record.flow) : undefined, choices: asked && choicesOf(asked) });
    if (interrupt?.kind === 'crisis' && !record.crisisWait) return this.crisisInMessage(turn, text, interrupt);
    // The same trouble said again while the crisis answer waits: an answer to it ("ik slaap vannacht op straat" to
    // "Waar slaap je vannacht?"), never the same help started over.
    if (interrupt?.kind === 'crisis' && record.crisisWait?.type === interrupt.type) {
      record.paused = false;
      this.crisis.sameAgain(turn);
      return 'save';
    }
    if (interrupt) return this.interrupt(turn, interrupt, text);
    if (record.crisisWait) {
      record.paused = false;
      this.crisis.answer(turn, text);
      return 'save';
    }
    return this.read(turn, text);
  }

  /**
   * A crisis signal in a message. Nothing lost: the message is read as it would be (its answer and facts
   * kept), and the crisis answer comes before the next question, which waits until the person has answered.
   * - possible: the check question (a first message keeps its greeting: it says once that this is a computer);
   * - certain: the help, then the safety question; the pending question stays open (what the message said
   *   about the situation is kept), and a first message still chooses its way in;
   * - help for the same kind of trouble already given in this conversation (not for suicide): one short line
   *   with the numbers, and the conversation goes on, so the same words never start the same help in a loop.
   */
  private async crisisInMessage(turn: Turn, text: string, crisis: Interrupt & { kind: 'crisis' }): Promise<'save'> {
    const { record } = turn;
    const shown = turn.replies.length;
    const done = turn.effects.length;
    const before = record.flow;
    const inFlow = before !== undefined && before.flow !== 'welkom';
    const helpedBefore = crisis.type !== 'suicide' && (record.crises?.includes(crisis.type) ?? false);
    if (inFlow && crisis.level === 'certain' && !helpedBefore) {
      // The pending question stays open; only what the message says about the situation is kept.
      const { facts } = await this.runner.read(before, text);
      const kept = facts ? this.runner.send(before, [facts], turn.ctx) : undefined;
      if (kept?.state && !kept.moved) record.flow = kept.state;
      this.interrupt(turn, crisis);
      return 'save';
    }
    await this.read(turn, text);
    // Nothing is done in the world on a message in crisis ("ja, ik wil dood" to the call-back question): it waits.
    if (turn.effects.length > done) {
      turn.effects.length = done;
      record.flow = before;
      turn.replies.length = shown;
    }
    // A first message keeps its way in only when it is about money; practice or lookup waits for a calm choice.
    if ((!before || before.flow === 'welkom') && record.flow && record.flow.flow !== 'gesprek' && record.flow.flow !== 'welkom') {
      record.flow = before;
      turn.replies.length = shown;
    }
    if (helpedBefore) {
      turn.replies.splice(shown, 0, ...this.crisis.reminder(crisis.type, turn.ctx.gemeente));
      return 'save';
    }
    // The crisis answer comes before the next question; a first message before any chat was opened keeps its
    // greeting at a check question (it says once that this is a computer).
    if ((before && record.flow) || crisis.level === 'certain') turn.replies.length = shown;
    this.interrupt(turn, crisis);
    return 'save';
  }

  /** Reads a message that is no interrupt: as a first message (the way in), or as the answer to the question asked. */
  private async read(turn: Turn, text: string): Promise<'save'> {
    const { record } = turn;
    // A flow resting after its questions takes up the words that reopen it ("ik wil toch dat het wijkteam me belt").
    if (!record.flow && record.afterPlan) {
      const resting = record.afterPlan;
      const reopen = this.runner.reopening(resting, text);
      if (reopen) {
        record.afterPlan = undefined;
        record.flow = resting;
        this.apply(turn, this.runner.send(resting, reopen, turn.ctx));
        return 'save';
      }
    }
    // A first message is greeted and read for the way in; after a finished flow without the greeting.
    if (!record.flow) return firstMessage(this.answerHost, turn, text, !record.lastSeenAt);
    if (record.paused) {
      record.paused = false;
      return this.sayThenAsk(turn, 'resume.afterStop');
    }
    await answerQuestion(this.answerHost, turn, record.flow, text);
    return 'save';
  }

  private interrupt(turn: Turn, interrupt: Interrupt, text = ''): 'save' | 'delete' {
    const { record } = turn;
    switch (interrupt.kind) {
      case 'crisis':
        // Certain: help, then one question, and wait. Possible: one gentle check question first.
        this.crisis.signal(turn, interrupt);
        turn.ctx = this.renderContext(record);
        return 'save';
      case 'deleteData':
        turn.replies.push(...renderSay(['interrupt.deleted']).map((r) => ({ ...r, data: { deleted: true } })));
        turn.effects.push({ kind: 'deleteData', key: effectKey(turn.key, 'delete', record.lastSeenAt ?? ''), conversation: turn.key });
        return 'delete';
      case 'stop':
        this.say(turn, 'interrupt.stop');
        // Stopping while the crisis answer waits ("laat maar"): the numbers for it go along.
        if (record.crisisWait) turn.replies.push(...this.crisis.reminder(record.crisisWait.type, turn.ctx.gemeente));
        record.paused = true;
        return 'save';
      case 'restart':
        // Starting over while the crisis answer waits: the numbers for it go along.
        if (record.crisisWait) turn.replies.push(...this.crisis.reminder(record.crisisWait.type, turn.ctx.gemeente));
        record.crisisWait = undefined;
        record.setAside = undefined;
        this.say(turn, 'interrupt.restart');
        this.startWelcome(turn, false);
        return 'save';
      case 'keepPlan':
        // The link, then the question that waits, if any (after a finished flow there is none to repeat).
        keepLastPlan(turn, { ...this.options, now: this.now });
        if (record.flow || record.crisisWait) this.backToWhereWeWere(turn);
        return 'save';
      case 'lookup':
        // "wegwijzer", also while practising: its menu, from the start; a practice session waits for "verder oefenen".
        record.crisisWait = undefined;
        if (setPracticeAside(record)) this.say(turn, 'oefenen.opzij');
        this.startWayIn(turn, 'wegwijzer');
        return 'save';
      case 'practice':
        // "oefenen" in the lookup: practice, where it was set aside, or with the client the words name.
        this.startWayIn(turn, 'oefenen', {}, text);
        return 'save';
      case 'progress': {
        // Impatience ("hoe lang duurt dit nog?", "schiet op"): how far along, a way out, and the same question.
        const at = record.crisisWait ? undefined : this.runner.progress(record.flow);
        turn.replies.push(...renderSay([at ? 'interrupt.progress' : 'interrupt.progress.noCount'], { ...this.vars, ...(at ?? {}) }));
        this.backToWhereWeWere(turn);
        return 'save';
      }
      case 'help':
      case 'explain':
      case 'urgent':
        // "hulp nu": the numbers to call right away, and on a gemeente's page its own sociaal wijkteam after them.
        turn.replies.push(...(interrupt.kind === 'urgent' ? urgentHelp(turn.ctx.gemeente, this.vars) : renderSay([`interrupt.${interrupt.kind}`], this.vars)));
        this.backToWhereWeWere(turn);
        return 'save';
    }
  }

  private sayThenAsk(turn: Turn, key: 'unclear.notText' | 'unclear.tooLong' | 'resume.afterStop'): 'save' {
    this.say(turn, key);
    this.backToWhereWeWere(turn);
    return 'save';
  }

  /** The question that waits: the crisis answer's, else the flow's. */
  private backToWhereWeWere(turn: Turn): void {
    if (turn.record.crisisWait) this.crisis.reprompt(turn);
    else this.resumeFlow(turn);
  }

  private resumeFlow(turn: Turn): void {
    if (turn.record.flow && this.restorable(turn)) this.reprompt(turn);
    else this.startWelcome(turn, false);
  }

  private say(turn: Turn, ...keys: Parameters<typeof renderSay>[0]): void {
    turn.replies.push(...renderSay(keys, this.vars));
  }

  private reprompt(turn: Turn): void {
    if (turn.record.flow) turn.replies.push(...this.runner.reprompt(turn.record.flow, turn.ctx));
  }

  private restorable(turn: Turn): boolean {
    return turn.record.flow !== undefined && this.runner.restore(turn.record.flow) !== null;
  }

  private startWelcome(turn: Turn, greet: boolean): void {
    if (greet) this.say(turn, 'welcome.greeting');
    this.startFlow(turn, 'welkom', {});
  }

  /** Starts a flow again from its beginning (after a version change), with the input it would get. */
  private restartFlow(turn: Turn, flow: FlowId): void {
    if (flow === 'welkom') this.startFlow(turn, 'welkom', {});
    else this.startWayIn(turn, flow);
  }

  /** Starts a way in; `words` (what led there) may answer its first question at once (see firstAnswer). */
  private startWayIn(turn: Turn, wayIn: WayIn, facts: Facts = {}, words?: string): void {
    turn.record.lastPlan = undefined; // a new conversation part: the last one's plan is no longer offered for keeping
    if (wayIn === 'oefenen' && this.practiceBack(turn)) return;
    // A call-back is offered only where the gemeente takes them and the bot can send them; what the first message said counts.
    this.startFlow(turn, wayIn, { handover: Boolean(this.options.handover && turn.ctx.gemeente?.handover), seed: this.random(), facts });
    const flow = turn.record.flow;
    const event = flow && words ? firstAnswer(wayIn, words, this.runner.question(flow)) : null;
    if (flow && event) this.answerAtOnce(turn, flow, event);
  }

  /** A practice session set aside for the lookup goes on where it was; one of another version says so, and practice starts anew. */
  private practiceBack(turn: Turn): boolean {
    const back = takePracticeBack(turn.record, this.runner);
    if (back === 'gone') this.say(turn, 'flow.versionChanged');
    if (!back || back === 'gone') return false;
    turn.record.flow = back;
    this.say(turn, 'oefenen.terug');
    const shown = turn.replies.length;
    this.reprompt(turn);
    // A practice question shows no prompt of its own (the client's answer is the prompt): it is said here.
    if (turn.replies.length === shown) this.say(turn, 'oefenen.vraag');
    return true;
  }

  /** The first question gives way to the answer the person already gave (the lookup's search, the client named). */
  private answerAtOnce(turn: Turn, flow: FlowState, event: AnswerEvent): void {
    const step = this.runner.send(flow, [event], turn.ctx);
    if (!step.moved) return;
    const first = turn.replies.findIndex((r) => r.data?.flow === flow.flow);
    if (first >= 0) turn.replies.splice(first);
    this.apply(turn, step);
  }

  private startFlow(turn: Turn, flow: FlowId, input: object): void {
    turn.record.run = (turn.record.run ?? 0) + 1;
    turn.record.flow = undefined;
    turn.record.afterPlan = undefined;
    this.apply(turn, this.runner.start(flow, input, turn.ctx), flow);
  }

  /** Takes a flow's step into the turn: its replies and effects; a finished flow hands over to the next. */
  private apply(turn: Turn, step: FlowTurn, startedFlow?: FlowId): void {
    const flowId = startedFlow ?? turn.record.flow?.flow;
    turn.replies.push(...step.replies.map((reply) => ({ ...reply, data: { flow: flowId, ...reply.data } })));
    rememberPlan(turn, step.replies);
    for (const request of step.effects) turn.effects.push(buildEffect(request, { conversation: turn.key, run: turn.record.run, ctx: turn.ctx }));
    turn.record.flow = step.state ?? undefined;
    // Done with its questions, the flow rests apart: the next message starts anew, unless it takes it up again.
    if (step.state && step.resting) {
      turn.record.afterPlan = step.state;
      turn.record.flow = undefined;
      return;
    }
    if (step.state) return;
    // The welcome ends with a way in: its flow starts. A way-in flow ends with its own conclusion; the next message starts anew.
    if (flowId === 'welkom') {
      const { wayIn, facts, query } = step.output as { wayIn: WayIn; facts?: Facts; query?: string | null };
      // A lookup asked as a question ("wat is een briefadres") is searched at once, not left at the menu; practice
      // asked for with a client's name starts with that client.
      this.startWayIn(turn, wayIn, facts, query ?? undefined);
    }
  }
}
