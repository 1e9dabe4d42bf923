import type { Facts } from '../language';
import type { AnswerEvent } from '../machines/types';
import type { WayIn } from '../machines/welcome';
import { buildEffect } from './effects';
import type { FlowId } from './flows';
import type { FlowRunner, FlowState, FlowTurn } from './flowRunner';
import { rememberPlan } from './keepPlan';
import type { Turn } from './record';
import { renderSay, type RenderVars } from './render';
import { firstAnswer, takePracticeBack } from './wayInStart';

/**
 * How a turn moves between flows: start the welcome or a way in, take a flow's step into the turn (its replies
 * and effects; a finished flow hands over to the next), and ask the question that waits.
 */
export class FlowMoves {
  constructor(
    private readonly runner: FlowRunner,
    private readonly vars: RenderVars,
    private readonly random: () => number,
    /** Call-backs can be sent at all (a handover is configured). */
    private readonly handoverOn: boolean,
    /** The crisis answer's question, when it waits. */
    private readonly crisisReprompt: (turn: Turn) => void,
  ) {}

  sayThenAsk(turn: Turn, key: 'unclear.notText' | 'unclear.tooLong' | 'resume.afterStop'): 'save' {
    this.say(turn, key);
    this.backToWhereWeWere(turn);
    return 'save';
  }

  /** The question that waits: the crisis answer's, else the flow's. */
  backToWhereWeWere(turn: Turn): void {
    if (turn.record.crisisWait) this.crisisReprompt(turn);
    else this.resumeFlow(turn);
  }

  resumeFlow(turn: Turn): void {
    if (turn.record.flow && this.restorable(turn)) this.reprompt(turn);
    else this.startWelcome(turn, false);
  }

  say(turn: Turn, ...keys: Parameters<typeof renderSay>[0]): void {
    turn.replies.push(...renderSay(keys, this.vars));
  }

  reprompt(turn: Turn): void {
    if (turn.record.flow) turn.replies.push(...this.runner.reprompt(turn.record.flow, turn.ctx));
  }

  restorable(turn: Turn): boolean {
    return turn.record.flow !== undefined && this.runner.restore(turn.record.flow) !== null;
  }

  startWelcome(turn: Turn, greet: boolean): void {
    if (greet) this.say(turn, 'welcome.greeting');
    this.startFlow(turn, 'welkom', {});
  }

  /** Starts a flow again from its beginning (after a version change), with the input it would get. */
  restartFlow(turn: Turn, flow: FlowId): void {
    if (flow === 'welkom') this.startFlow(turn, 'welkom', {});
    else this.startWayIn(turn, flow);
  }

  /** Starts a way in; `words` (what led there) may answer its first question at once (see firstAnswer). */
  startWayIn(turn: Turn, wayIn: WayIn, facts: Facts = {}, words?: string): void {
    // The last plan stays keepable until a new plan replaces it: a message after the plan starts anew, and "bewaar
    // mijn plan" typed then still keeps the plan the person just saw.
    if (wayIn === 'oefenen' && this.practiceBack(turn)) return;
    // A call-back is offered only where the gemeente takes them and the bot can send them; what the first message said counts.
    this.startFlow(turn, wayIn, { handover: Boolean(this.handoverOn && turn.ctx.gemeente?.handover), seed: this.random(), facts });
    const flow = turn.record.flow;
    const event = flow && words ? firstAnswer(wayIn, words, this.runner.question(flow)) : null;
    if (flow && event) this.answerAtOnce(turn, flow, event);
  }

  /** A practice session set aside for the lookup goes on where it was; one of another version says so, and practice starts anew. */
  practiceBack(turn: Turn): boolean {
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
  answerAtOnce(turn: Turn, flow: FlowState, event: AnswerEvent): void {
    const step = this.runner.send(flow, [event], turn.ctx);
    if (!step.moved) return;
    const first = turn.replies.findIndex((r) => r.data?.flow === flow.flow);
    if (first >= 0) turn.replies.splice(first);
    this.apply(turn, step);
  }

  startFlow(turn: Turn, flow: FlowId, input: object): void {
    turn.record.run = (turn.record.run ?? 0) + 1;
    turn.record.flow = undefined;
    turn.record.afterPlan = undefined;
    this.apply(turn, this.runner.start(flow, input, turn.ctx), flow);
  }

  /** Takes a flow's step into the turn: its replies and effects; a finished flow hands over to the next. */
  apply(turn: Turn, step: FlowTurn, startedFlow?: FlowId): void {
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
