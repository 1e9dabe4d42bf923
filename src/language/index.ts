import { matchChoice } from './choice';
import type { AnswerKind, Interpretation, InterpretOptions } from './types';
import { readYesNo } from './yesNo';

export type { AnswerKind, ChoiceOption, Interpretation, InterpretOptions } from './types';
export { ANSWER_KINDS } from './types';
export { matchInterrupt, type InterruptTable } from './interrupts';
export { matchChoice } from './choice';
export { normalize } from './normalize';

/** The longest text the language layer reads; the rest of a very long message is ignored. */
export const MAX_TEXT_LENGTH = 2000;

/**
 * What the person's words mean for the question that was asked. Pure and total: never throws,
 * whatever the string. A "weet ik niet" is `unknown` for every kind of question.
 */
export function interpret(text: string, expect: AnswerKind, options: InterpretOptions = {}): Interpretation {
  const input = typeof text === 'string' ? text.slice(0, MAX_TEXT_LENGTH) : '';
  switch (expect) {
    case 'choice': {
      const id = matchChoice(input, options.choices ?? []);
      if (id) return { kind: 'choice', id };
      return readYesNo(input) === 'unknown' ? { kind: 'unknown' } : { kind: 'unclear' };
    }
    case 'yesNo': {
      const answer = readYesNo(input);
      return answer ? { kind: answer } : { kind: 'unclear' };
    }
    case 'freeText': {
      const trimmed = input.trim();
      return trimmed === '' ? { kind: 'unclear' } : { kind: 'freeText', text: trimmed };
    }
    case 'amount':
    case 'date':
    case 'duration':
      return readYesNo(input) === 'unknown' ? { kind: 'unknown' } : { kind: 'unclear' };
  }
}
