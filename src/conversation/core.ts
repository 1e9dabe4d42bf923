import { z } from 'zod';
import type { Gemeente } from '../content/gemeenten';
import { GEMEENTE_ID } from '../content/gemeenteSchema';
import { isBlank, MAX_TEXT_LENGTH, SITUATION_TYPES } from '../language';
import { conversationRef } from '../log';
import { answerQuestion, firstMessage, type AnswerHost } from './answer';
import { conversationKey } from './conversationKey';
import { flows, type FlowId } from './flows';
import { FlowRunner } from './flowRunner';
import { CrisisFlow } from './crisisFlow';
import { keptFromCrisisMessage } from './crisisMessage';
import { readHome } from './homeThreat';
import { findInterrupt, type Interrupt } from './interrupts';
import { FlowMoves } from './flowMoves';
import { interruptTurn, type InterruptHost } from './interruptTurn';
import { chatChannel } from './explainTurn';
import { atEnd, backToEnd, sayGoodbye, welcomeAgain } from './endTurn';
import { insightBefore, insightEffects } from './insightEvents';
import { DEFAULT_PLAN_KEEP_DAYS } from '../plan/keptPlan';
import { languageReaders, practiceReaders } from './practiceReader';
import { OwnRecords } from './ownRecords';
import { noteStep } from './stepBack';
import { choicesOf, type RenderVars } from './render';
import { views, type RenderContext } from './views';
import { ConversationRecordSchema, type ConversationRecord, type CoreOptions, type Incoming, type Turn, type TurnResult } from './record';

export { statelessHelp } from './statelessHelp';
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
  private readonly moves: FlowMoves;
  private readonly interrupts: InterruptHost;
  /** The records this core returned, so reading one back needs no second check. */
  private readonly own = new OwnRecords();

  constructor(private readonly options: CoreOptions) {
    this.runner = new FlowRunner(views, { ...languageReaders(), ...practiceReaders(options.techniques) });
    this.vars = { ttlDays: options.ttlDays, planDays: options.planKeepDays ?? DEFAULT_PLAN_KEEP_DAYS };
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.gemeenten = options.gemeenten ?? new Map();
    this.moves = new FlowMoves(this.runner, this.vars, this.random, Boolean(options.handover), (turn) => this.crisis.reprompt(turn));
    // After the crisis answer, back to the question that waits; at the end of a conversation, back to that end.
    this.crisis = new CrisisFlow(this.vars, (turn) => (atEnd(turn.record as Turn['record']) ? backToEnd(this.moves, turn as Turn) : this.moves.resumeFlow(turn as Turn)));
    const moves = this.moves;
    // The answer path (src/conversation/answer.ts) speaks, starts the welcome and moves flows through these.
    this.answerHost = { runner: this.runner, say: (t, k) => moves.say(t, k), reprompt: (t) => moves.reprompt(t), apply: (t, s) => moves.apply(t, s), startWelcome: (t, g) => moves.startWelcome(t, g) };
    this.interrupts = {
      moves,
      crisis: this.crisis,
      runner: this.runner,
      vars: this.vars,
      keepPlan: { ...options, now: this.now },
      renderContext: (record) => this.renderContext(record),
      question: (turn) => (turn.record.crisisWait ? this.crisis.question(turn) : turn.record.flow && this.runner.question(turn.record.flow))?.key,
      channel: (turn) => chatChannel(turn.channelId ?? '', options.ownWebChat ?? true),
      callBack: (turn) => Boolean(options.handover && turn.ctx.gemeente?.handover),
    };
  }

  /** A stored record, or a fresh one when there is none or it does not match what this version stores. */
  private parseRecord(raw: unknown, conversationId: string, key: string, storedJson: string | undefined): { record: ConversationRecord; reset: boolean } {
    if (raw === undefined || raw === null) return { record: { run: 0 }, reset: false };
    if (this.own.isOwn(key, raw, storedJson)) {
      const record = raw as ConversationRecord;
      if (record.flow) this.runner.trust(record.flow);
      return { record, reset: false };
    }
    const parsed = ConversationRecordSchema.safeParse(raw);
    if (parsed.success) return { record: parsed.data, reset: false };
    this.options.log?.warn({ event: 'state.reset', conversation: conversationRef(conversationId), field: parsed.error.issues[0]?.path.join('.') }, 'Stored state did not match; starting anew');
    return { record: { run: 0, lastSeenAt: new Date(this.now()).toISOString() }, reset: true };
  }

  /** One turn on the stored record (as storage gave it, without its ETag; undefined for a new conversation; `storedJson`: the JSON it was read from, when known). */
  async turn(stored: unknown, incoming: Incoming, storedJson?: string): Promise<TurnResult> {
    const key = conversationKey({ channelId: incoming.channelId, conversation: { id: incoming.conversationId } });
    const { record, reset } = this.parseRecord(stored, incoming.conversationId, key, storedJson);
    const before = insightBefore(record);
    const turn: Turn = {
      record,
      replies: [],
      effects: [],
      key,
      ctx: this.renderContext(record),
      channelId: incoming.channelId,
    };
    // A record this version cannot read starts over, and says so kindly.
    if (reset) this.moves.say(turn, 'flow.versionChanged');
    const was = { flow: record.flow, run: record.run, lastPlan: record.lastPlan };
    let outcome: 'save' | 'delete';
    if (incoming.kind === 'opened') outcome = this.opened(turn, incoming);
    else outcome = await this.message(turn, String(incoming.text ?? ''), incoming.conversationId);
    // An answered question of the client conversation can be taken back ("terug"); see stepBack.ts.
    if (outcome === 'save' && !turn.steppedBack) noteStep(turn.record, was);
    turn.record.lastSeenAt = new Date(this.now()).toISOString();
    this.tag(turn);
    if (outcome === 'save') turn.effects.push(...insightEffects(before, turn.record, turn.replies, turn.key, this.now()));
    const next = outcome === 'delete' ? null : turn.record;
    const json = this.own.remember(key, next);
    return { record: next, replies: turn.replies, effects: turn.effects, json };
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
    if (resumed && recent && !record.paused && (record.crisisWait || !record.flow || this.moves.restorable(turn))) return 'save';
    if (!record.crisisWait && (!record.flow || !this.moves.restorable(turn))) {
      this.moves.startWelcome(turn, !record.lastSeenAt);
      return 'save';
    }
    // Reopened (new tab, after a restart, a channel without history): always show where we are, so the screen is never empty.
    if (record.paused || !recent) this.moves.say(turn, 'resume.welcomeBack');
    record.paused = false;
    this.moves.backToWhereWeWere(turn);
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
    if (isBlank(text)) return this.moves.sayThenAsk(turn, 'unclear.notText');
    if (text.length > MAX_TEXT_LENGTH) return this.moves.sayThenAsk(turn, 'unclear.tooLong');
    if (record.flow && !this.moves.restorable(turn)) {
      this.options.log?.info({ event: 'flow.restart', conversation: conversationRef(conversationId), flow: record.flow.flow }, 'Stored flow is of another version; restarting it');
      this.moves.say(turn, 'flow.versionChanged');
      this.moves.restartFlow(turn, record.flow.flow);
      return 'save';
    }

    // A crisis first, before any button word or answer; practice mode does not check (a professional plays a role).
    const crisisCheck = record.flow ? flows[record.flow.flow].crisisCheck : 'all';
    // The buttons offered: a message that picks one is its answer, even with an interrupt word in the button's words.
    const asked = record.flow && !record.crisisWait ? this.runner.question(record.flow) : undefined;
    const othersCrisis = record.othersCrisis;
    record.othersCrisis = undefined;
    const interrupt = findInterrupt(text, { othersCrisis, crisis: crisisCheck, explain: crisisCheck !== 'none', keepPlan: Boolean(record.lastPlan), lookup: record.flow?.flow === 'oefenen' || record.flow?.flow === 'gesprek', practice: record.flow?.flow === 'wegwijzer', back: record.flow?.flow === 'gesprek' && !record.crisisWait, practising: record.flow?.flow === 'oefenen', words: record.flow?.flow === 'gesprek' || record.crisisWait !== undefined, priorDistress: record.distress, topic: record.flow && !record.crisisWait ? this.runner.topic(record.flow) : undefined, choices: asked && choicesOf(asked) });
    // Violence at home, remembered as a boolean: a later threat that names nobody outside the home gets Veilig Thuis first.
    if (crisisCheck !== 'none') readHome(record, text, interrupt?.kind === 'crisis' ? interrupt : undefined);
    if (interrupt?.kind === 'crisis' && !record.crisisWait) return this.crisisInMessage(turn, text, interrupt);
    if (interrupt?.kind === 'crisis' && record.crisisWait) {
      record.paused = false;
      // "ik doe niks stoms hoor, gaat wel": the answer it waits for, not a new signal (unless the words alone are certain).
      if (this.crisis.answersOver(turn, text)) this.crisis.answer(turn, text);
      // "nee zo bedoel ik het niet, ik bedoel dat …": that trouble leaves the plan, and the new one gets its answer.
      else if (this.crisis.correctedTo(turn, text, interrupt)) interruptTurn(this.interrupts, turn, interrupt);
      // The same trouble said again: an answer to it ("ik slaap vannacht op straat" to "Waar slaap je vannacht?"),
      // never the same help started over.
      else if (record.crisisWait.type === interrupt.type) this.crisis.sameAgain(turn);
      else return interruptTurn(this.interrupts, turn, interrupt);
      return 'save';
    }
    // "bedankt, doei" after the plan or at the welcome: a goodbye, no new start ("doei" in a flow is "stop").
    if ((!interrupt || interrupt.kind === 'stop') && sayGoodbye(this.moves, turn, text)) return 'save';
    if (interrupt) return interruptTurn(this.interrupts, turn, interrupt, text);
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
   * - certain: the help, then the safety question; the pending question stays open unless the message answers it (what it said
   *   about the situation is kept), and a first message still chooses its way in;
   * - help for the same situation already given in this conversation (no home, no food; never for suicide or a
   *   threat, which may be worse the second time): one short line with the numbers, and the conversation goes on,
   *   so the same words never start the same help in a loop.
   */
  private async crisisInMessage(turn: Turn, text: string, crisis: Interrupt & { kind: 'crisis' }): Promise<'save'> {
    const { record } = turn;
    const shown = turn.replies.length;
    const done = turn.effects.length;
    const before = record.flow;
    const inFlow = before !== undefined && before.flow !== 'welkom';
    // A situation said again (no home, no food) is not new; a threat or thoughts of suicide said again may be worse.
    const helpedBefore = SITUATION_TYPES.has(crisis.type) && (record.crises?.includes(crisis.type) ?? false);
    if (inFlow && crisis.level === 'certain' && !helpedBefore) {
      // The pending question stays open unless the message answers it clearly (see crisisMessage.ts); what it says
      // about the situation is kept.
      const kept = keptFromCrisisMessage(this.runner, before, await this.runner.read(before, text), crisis, text, turn.ctx);
      // Facts or an answer that answer the pending question ("ik heb geen huis" to "Moet je binnenkort je huis uit?") move it
      // on, so it is not asked again after the crisis answer; never into the plan, which waits for a calm turn.
      if (kept?.state && (!kept.moved || (kept.asked && kept.effects.length === 0 && !kept.replies.some((r) => r.type === 'plan')))) record.flow = kept.state;
      if (this.crisis.placeTold(turn, crisis, text)) return 'save';
      interruptTurn(this.interrupts, turn, crisis);
      return 'save';
    }
    // After the end (the plan shown), a crisis message is no new way in: nothing answered is asked again.
    if (!atEnd(record) && !welcomeAgain(record)) await this.read(turn, text);
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
    interruptTurn(this.interrupts, turn, crisis);
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
        this.moves.apply(turn, this.runner.send(resting, reopen, turn.ctx));
        return 'save';
      }
    }
    // A first message is greeted and read for the way in; after a finished flow without the greeting.
    if (!record.flow) return firstMessage(this.answerHost, turn, text, !record.lastSeenAt);
    if (record.paused) {
      record.paused = false;
      return this.moves.sayThenAsk(turn, 'resume.afterStop');
    }
    await answerQuestion(this.answerHost, turn, record.flow, text);
    return 'save';
  }
}
