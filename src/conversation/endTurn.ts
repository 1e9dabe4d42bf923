import { readGoodbye } from '../language';
import type { FlowMoves } from './flowMoves';
import type { ConversationRecord, Turn } from './record';

/** The conversation came to its end: no flow now, one ran before, and the crisis answer does not wait. */
export function atEnd(record: ConversationRecord): boolean {
  return !record.flow && !record.crisisWait && (record.run ?? 0) > 0;
}

/** The welcome asked again after something else ran ("hulp nu" after the plan, "opnieuw"): its question is no new start. */
export function welcomeAgain(record: ConversationRecord): boolean {
  return record.flow?.flow === 'welkom' && (record.run ?? 0) > 1;
}

/**
 * "bedankt, doei", "thx" where no question of a way in waits (after the plan, or at the welcome), and after a
 * conversation ended also "nee hoor" or "dank je wel, dat was het": a short goodbye, with how to come back and
 * that "hulp nu" always works. No new conversation starts and the welcome's question is not asked again.
 * True when it said goodbye.
 */
export function sayGoodbye(moves: FlowMoves, turn: Turn, text: string): boolean {
  const { record } = turn;
  if (record.crisisWait || (record.flow && record.flow.flow !== 'welkom')) return false;
  const said = readGoodbye(text, { nothingMore: atEnd(record) || welcomeAgain(record) });
  if (!said) return false;
  if (said.thanks) moves.say(turn, 'end.thanks');
  moves.say(turn, record.lastPlan ? 'end.goodbye.plan' : 'end.goodbye');
  record.flow = undefined;
  return true;
}

/** Back where they were when that was the end (after the crisis answer): the plan above, and nothing asked again. */
export function backToEnd(moves: FlowMoves, turn: Turn): void {
  moves.say(turn, turn.record.lastPlan ? 'end.back.plan' : 'end.back');
}
