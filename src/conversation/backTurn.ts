import type { AnswerEvent } from '../machines/types';
import type { FlowMoves } from './flowMoves';
import type { FlowRunner, FlowState } from './flowRunner';
import type { Turn } from './record';
import { dropLastStep, noteStep, previousStep } from './stepBack';

/** "Terug", "vorige vraag", "dat was fout"; "ik bedoelde nee"; "ik bedoelde ja" (see interrupts.json). */
export type BackKind = 'back' | 'meantNo' | 'meantYes';

const CORRECTION: Record<BackKind, 'NO' | 'YES' | null> = { back: null, meantNo: 'NO', meantYes: 'YES' };

/**
 * A way back in the client conversation. "Terug": the question answered last is asked again, its answer
 * forgotten (the context it changed is put back). "Ik bedoelde nee" right after a yes/no question: that answer
 * becomes "nee" and the conversation goes on from there; after any other question it goes back, as "terug".
 * With nothing to go back to, it says so kindly and asks the question that waits. Nothing is done in the world:
 * going back runs no effect (answering again may, as any answer does).
 */
export function backTurn(moves: FlowMoves, runner: FlowRunner, turn: Turn, kind: BackKind): void {
  const { record } = turn;
  const flow = record.flow;
  const correction = CORRECTION[kind];
  turn.steppedBack = true;
  record.paused = false;
  if (!flow) return moves.backToWhereWeWere(turn);
  // Just asked again because the answer could not be read: "ik bedoelde nee" is the answer to this question.
  if (correction && flow.unclear && runner.question(flow)?.expect === 'yesNo') return answerAgain(moves, runner, turn, flow, { type: correction });
  const previous = previousStep(runner, record);
  if (!previous) {
    moves.say(turn, (flow.step ?? 1) <= 1 ? 'terug.eersteVraag' : 'terug.nietVerder');
    return moves.reprompt(turn);
  }
  dropLastStep(record);
  // The plan that answer led to no longer holds: "Bewaar mijn plan" waits for the new one.
  if (previous.plan) record.lastPlan = undefined;
  record.flow = previous.state;
  if (correction && runner.question(previous.state)?.expect === 'yesNo') {
    moves.say(turn, correction === 'NO' ? 'terug.aangepast.nee' : 'terug.aangepast.ja');
    return answerAgain(moves, runner, turn, previous.state, { type: correction });
  }
  moves.say(turn, 'terug.eenVraag');
  moves.reprompt(turn);
}

/** Sends the answer at this state, and keeps it as a step back like any answer. */
function answerAgain(moves: FlowMoves, runner: FlowRunner, turn: Turn, flow: FlowState, answer: AnswerEvent): void {
  const before = { flow, run: turn.record.run, lastPlan: turn.record.lastPlan };
  moves.apply(turn, runner.send(flow, answer, turn.ctx));
  noteStep(turn.record, before);
}
