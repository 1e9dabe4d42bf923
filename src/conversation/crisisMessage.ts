import { textEntry } from '../content';
import { answersDirectly, owesOnTheStreet, SITUATION_TYPES, type Crisis } from '../language';
import type { AnswerEvent } from '../machines/types';
import type { FlowRunner, FlowState, FlowTurn, Reading } from './flowRunner';
import type { RenderContext } from './views/context';


/** The answer a certain crisis message gives to the pending question, when that reading is clear. */
function clearAnswer(reading: Reading, crisis: Crisis, text: string, flow: FlowState, runner: FlowRunner): AnswerEvent | null {
  const { answer } = reading;
  // A button picked with its reason ("stress door die dealer") is their answer; a choice only guessed from crisis words is not.
  if (answer?.type === 'CHOICE') return answer.because ? answer : null;
  if (answer?.type !== 'YES' && answer?.type !== 'NO') return null;
  const question = runner.question(flow);
  // Only in a situation (no home, no food) is a plain yes or no said first the answer (SITUATION_TYPES).
  return SITUATION_TYPES.has(crisis.type) && question && answersDirectly(text, textEntry(question.key).reads) ? answer : null;
}

/**
 * A threat by people owed money, on the street ("die gasten slaan me als ik niet betaal"): a debt in the criminal
 * circuit, kept as facts, so the plan gives it the advice for a debt that can make you unsafe and the question about
 * money borrowed from family or friends is not asked as if it were one.
 */
function streetDebt(crisis: Crisis & { home?: boolean }, text: string, facts: AnswerEvent | null): AnswerEvent | null {
  if (crisis.type !== 'violence' || crisis.home || !owesOnTheStreet(text)) return facts;
  const before = facts?.type === 'FACTS' ? facts.facts : {};
  return { type: 'FACTS', facts: { ...before, debts: true, informal: true, street: true } };
}

/**
 * What a certain crisis message says that the conversation keeps, sent to the flow: its facts, then its answer to
 * the pending question where that is clear (and the facts did not answer it already). Undefined when it says nothing
 * the flow keeps. The core decides whether the step may be taken now (never into the plan or an effect).
 */
export function keptFromCrisisMessage(runner: FlowRunner, flow: FlowState, reading: Reading, crisis: Crisis & { home?: boolean }, text: string, ctx: RenderContext): FlowTurn | undefined {
  const facts = streetDebt(crisis, text, reading.facts);
  const answer = clearAnswer(reading, crisis, text, flow, runner);
  const byFacts = facts && runner.accepts(flow, facts) ? runner.send(flow, [facts], ctx) : undefined;
  if (!answer || byFacts?.moved || (byFacts && !byFacts.state)) return byFacts;
  const at = byFacts?.state ?? flow;
  if (!runner.accepts(at, answer)) return byFacts;
  return runner.send(at, [answer], ctx);
}
