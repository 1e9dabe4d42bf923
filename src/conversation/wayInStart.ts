import { matchChoice } from '../language';
import type { AnswerEvent } from '../machines/types';
import type { WayIn } from '../machines/welcome';
import type { FlowRunner, FlowState } from './flowRunner';
import { choicesOf, type Question } from './render';
import type { ConversationRecord } from './record';

/**
 * A professional who looks something up in the middle of practice ("wegwijzer") keeps the session: it is set
 * aside next to the lookup, as the flow state it was (version and snapshot, like any stored flow). Only
 * practice is set aside: the money conversation is a person's own, and the lookup is for professionals.
 */
export function setPracticeAside(record: ConversationRecord): boolean {
  if (record.flow?.flow !== 'oefenen') return false;
  record.setAside = record.flow;
  return true;
}

/**
 * The practice session set aside, taken back out of the record: the state to go on with, 'gone' when it is
 * of another version (after a deploy) and cannot go on, or undefined when none was set aside.
 */
export function takePracticeBack(record: ConversationRecord, runner: FlowRunner): FlowState | 'gone' | undefined {
  const kept = record.setAside;
  if (!kept) return undefined;
  record.setAside = undefined;
  return runner.restore(kept) ? kept : 'gone';
}

/**
 * What the words that opened a way in already answer of its first question: the lookup searches them at
 * once ("wat is een briefadres"); practice starts with the client they name ("ik wil oefenen met Sandra").
 */
export function firstAnswer(wayIn: WayIn, words: string, question: Question | undefined): AnswerEvent | null {
  if (wayIn === 'wegwijzer') return { type: 'TEXT', text: words };
  if (wayIn !== 'oefenen' || !question) return null;
  const id = matchChoice(words, choicesOf(question));
  return id ? { type: 'CHOICE', id } : null;
}
