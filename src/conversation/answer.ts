import type { ContentKey } from '../content';
import { textEntry } from '../content';
import { answersDirectly } from '../language';
import type { AnswerEvent } from '../machines/types';
import type { FlowRunner, FlowState, FlowTurn } from './flowRunner';
import type { RenderContext } from './views';
import type { Question } from './render';

/** Unreadable answers in a row at one question before the bot says what it does and moves on. */
export const UNCLEAR_LIMIT = 2;

/** What the answer path needs from the conversation core's turn. */
export interface AnswerTurn {
  record: { flow?: FlowState };
  ctx: RenderContext;
  replies: unknown[];
}

/** The core's means to speak and move a flow on, lent to the answer path. */
export interface AnswerHost<T extends AnswerTurn> {
  runner: FlowRunner;
  say(turn: T, key: ContentKey): void;
  reprompt(turn: T): void;
  apply(turn: T, step: FlowTurn): void;
  startWelcome(turn: T, greet: boolean): void;
}

/** A yes or no read from a statement, not said ("ja", "nee") nor in the question's own words. */
function guessedYesNo(answer: AnswerEvent, text: string, question: Question | undefined): boolean {
  return (answer.type === 'YES' || answer.type === 'NO') && !answersDirectly(text, question ? textEntry(question.key).reads : undefined);
}

/** What to say when an answer cannot be read, by what the question expects: never "kies een knop" where there are none. */
const UNCLEAR_BY_KIND: Partial<Record<string, ContentKey>> = {
  yesNo: 'unclear.yesNo',
  amount: 'unclear.amount',
  phone: 'unclear.phone',
  name: 'unclear.name',
};

/**
 * The person's words at the current question: the answer it reads and the facts it says beyond it go to
 * the flow together. A message that answers nothing (not even by facts that settle the question) is unclear.
 */
export async function answerQuestion<T extends AnswerTurn>(host: AnswerHost<T>, turn: T, flow: FlowState, text: string): Promise<void> {
  const { answer, facts } = await host.runner.read(flow, text);
  const events: AnswerEvent[] = [...(answer ? [answer] : []), ...(facts ? [facts] : [])];
  if (events.length === 0) return unclear(host, turn, flow);
  if (answer && facts) {
    // What the message says is kept first.
    const byFacts = host.runner.send(flow, [facts], turn.ctx);
    const question = host.runner.question(flow);
    const guessed = guessedYesNo(answer, text, question);
    if (guessed) {
      // A statement ("ik ben dakloos") is read for what it says; a plain "ja"/"nee" is the answer itself.
      if (byFacts.moved) return host.apply(turn, byFacts);
      // What it says is about other questions ("ik heb een schuld bij de zorgverzekering" at "Moet je binnenkort
      // je huis uit?"): its facts are kept for them, and this question is asked again rather than guessed.
      if (byFacts.state) return unclear(host, turn, { ...byFacts.state, unclear: flow.unclear });
    } else if (!byFacts.moved && byFacts.state) {
      // A direct answer that says more ("ja, en ik ben twee weken geleden vrijgekomen"): then the answer moves
      // on, so a question that leads straight to the plan still counts what was said.
      return host.apply(turn, host.runner.send(byFacts.state, [answer], turn.ctx));
    }
  }
  const step = host.runner.send(flow, events, turn.ctx);
  // A yes or no only guessed from a statement ("ik heb mijn fiets aan mijn neefje gegeven" read as "ja" at "Moet je
  // binnenkort je huis uit?") never ends the conversation in the plan or starts something in the world: asked again.
  if (answer && !facts && guessedYesNo(answer, text, host.runner.question(flow)) && (step.effects.length > 0 || step.replies.some((r) => r.type === 'plan'))) return unclear(host, turn, flow);
  if (answer || step.moved) return host.apply(turn, step);
  // Only facts, and the question still open: they are kept, and the question is asked again.
  unclear(host, turn, step.state ? { ...step.state, unclear: flow.unclear } : flow);
}

/** The second line, and every other one after it, at a question that keeps asking: never the same line twice in a row. */
const AGAIN_BY_KIND: Partial<Record<string, ContentKey>> = {
  phone: 'unclear.phone.nogSteeds',
  name: 'unclear.name.nogSteeds',
};

/**
 * An answer the question cannot read: ask again once; the second time say what the bot does, and move on.
 * A question with nothing sensible to fill in (`keepAsking`: a phone number) keeps asking, with its way out.
 */
export function unclear<T extends AnswerTurn>(host: AnswerHost<T>, turn: T, flow: FlowState): void {
  const { runner } = host;
  const unknown: AnswerEvent = { type: 'UNKNOWN' };
  const count = (flow.unclear ?? 0) + 1;
  const question = runner.question(flow);
  if (count >= UNCLEAR_LIMIT && !question?.keepAsking && runner.accepts(flow, unknown)) {
    host.say(turn, 'unclear.movingOn');
    host.apply(turn, runner.send(flow, unknown, turn.ctx));
    return;
  }
  const hasButtons = runner.reprompt(flow, turn.ctx).some((r) => r.type === 'text' && (r.buttons?.length ?? 0) > 0);
  const again = question && count % 2 === 0 ? AGAIN_BY_KIND[question.expect] : undefined;
  const byKind = question ? again ?? UNCLEAR_BY_KIND[question.expect] : undefined;
  host.say(turn, byKind ?? (question && hasButtons && question.expect === 'choice' ? 'unclear.withButtons' : 'unclear.withoutButtons'));
  turn.record.flow = runner.countUnclear(flow);
  host.reprompt(turn);
}

/**
 * A message with no flow yet (no "opened" event came first, or a flow had ended): what it asks for leads the
 * way in at once. A newcomer gets the full greeting before it; words that point no way get the welcome's question.
 */
export async function firstMessage<T extends AnswerTurn>(host: AnswerHost<T>, turn: T, text: string, greet: boolean): Promise<'save'> {
  const mark = turn.replies.length;
  host.startWelcome(turn, false);
  turn.replies.splice(mark);
  const welcome = turn.record.flow;
  if (welcome) await answerQuestion(host, turn, welcome, text);
  if (turn.record.flow?.flow !== 'welkom') {
    if (greet) {
      const opened = turn.replies.splice(mark);
      host.say(turn, 'welcome.greeting');
      turn.replies.push(...opened);
    }
    return 'save';
  }
  if (greet) {
    turn.replies.splice(mark);
    host.startWelcome(turn, true);
  }
  return 'save';
}
