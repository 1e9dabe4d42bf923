import { readAmount } from './amount';
import { lexicon } from './lexicon';
import { normalize } from './normalize';
import { isExactChoice, matchChoice } from './choice';
import { readName } from './name';
import { findPhone } from './phone';
import type { AnswerKind, Interpretation, InterpretOptions } from './types';
import { readYesNo, saysDoubt, saysUnknown } from './yesNo';

export type { AnswerKind, ChoiceOption, Interpretation, InterpretOptions } from './types';
export { ANSWER_KINDS, SITUATION_TYPES } from './types';
export { askedWord, asksAboutData, asksWhyAsked, type AskedWord, type ExplainableWord } from './askAbout';
export { findInterruptPhrase, matchInterrupt, type InterruptMatch, type InterruptTable } from './interrupts';
export { choiceHolds, matchChoice } from './choice';
export { findPhone, readPhone, type OtherNumber, type Phone } from './phone';
export { readName } from './name';
export { answersDirectly, asksBack, saysLater, startsWithYesNo, type YesNoReads } from './yesNo';
export { isOwnStep, saysWhy, swears } from './ownStep';
export { containsPhrase, isBlank, normalize } from './normalize';
export { mentionsUnnegated, NEGATIONS } from './mentions';
export { detectCrisis, someoneElsesCrisis, namesPartner, violenceAtHome, CRISIS_TYPES, type Crisis, type CrisisLevel, type CrisisType } from './crisis';
export { questionPart, readPractice, type PracticeReading, type PracticeCriterion } from './practice';
export { TechniqueClassifier, TECHNIQUE_CLASSES, type TechniqueClass } from './techniques';
export { extractFacts, hasFacts, toldFacts, FactsSchema, type Facts, type FactsContext, type IncomeKind } from './facts';
export { readGoodbye, readOpening, type Opening, type OpeningWay } from './opening';
export { readCrisisReply, type CrisisReply } from './crisisReply';
export { outsideAfterPartner, owesOnTheStreet } from './outsideThreat';

/** The longest text the language layer reads; the rest of a very long message is ignored. */
export const MAX_TEXT_LENGTH = 2000;

function interpretOrThrow(text: string, expect: AnswerKind, options: InterpretOptions): Interpretation {
  switch (expect) {
    case 'choice': {
      const choices = options.choices ?? [];
      // "geen idee" is not the choice "Geen van deze": not knowing wins unless the text is exactly a choice
      // ("een beetje werk, een beetje uitkering" is no doubt: it names both).
      if (saysDoubt(text) && !isExactChoice(text, choices)) return { kind: 'unknown' };
      const id = matchChoice(text, choices);
      return id ? { kind: 'choice', id } : { kind: 'unclear' };
    }
    case 'yesNo': {
      const answer = readYesNo(text, options.reads);
      if (answer) return { kind: answer };
      // A number answers "weet je hoeveel …?" and "heb je schulden?" with yes; zero with no.
      const amount = readAmount(text);
      if (amount) return { kind: amount.euros > 0 ? 'yes' : 'no' };
      return { kind: 'unclear' };
    }
    case 'amount': {
      // "weet ik niet" first: it is unknown, never 0.
      if (saysUnknown(text)) return { kind: 'unknown' };
      const amount = readAmount(text);
      if (!amount) return { kind: 'unclear' };
      return {
        kind: 'amount',
        euros: amount.euros,
        ...(amount.approximate ? { approximate: true } : {}),
        ...(amount.range ? { range: amount.range } : {}),
      };
    }
    case 'phone': {
      // A number in the message first: "weet ik niet, 06 12345678?" gives it.
      const found = findPhone(text);
      if (found?.kind === 'phone') return { kind: 'phone', ...found.phone };
      if (found) return found;
      const skip = matchChoice(text, options.choices ?? []);
      if (skip) return { kind: 'choice', id: skip };
      return saysUnknown(text) ? { kind: 'unknown' } : { kind: 'unclear' };
    }
    case 'name': {
      const skip = matchChoice(text, options.choices ?? []);
      if (skip) return { kind: 'choice', id: skip };
      if (saysUnknown(text)) return { kind: 'unknown' };
      const name = readName(text);
      return name ? { kind: 'name', name } : { kind: 'unclear' };
    }
    case 'opening':
      // A first message is read by the opening classifier (async, see opening.ts), not here.
      return saysUnknown(text) ? { kind: 'unknown' } : { kind: 'unclear' };
    case 'practice':
      // A professional's practice question is read by the technique classifier (async), not here.
      return text.trim() === '' ? { kind: 'unclear' } : { kind: 'freeText', text: text.trim() };
    case 'freeText': {
      const trimmed = text.trim();
      if (trimmed === '') return { kind: 'unclear' };
      // "nee", "niks" to "Wat heb je nodig?" says nothing is needed: never the person's own words for the plan.
      if (lexicon.no.has(normalize(trimmed))) return { kind: 'unknown' };
      return saysUnknown(trimmed) && trimmed.split(/\s+/).length <= 6 ? { kind: 'unknown' } : { kind: 'freeText', text: trimmed };
    }
  }
}

/**
 * What the person's words mean for the question that was asked. Pure and total: never throws,
 * whatever the string. "Weet ik niet" is `unknown` for every kind of question, never "no" or 0.
 */
export function interpret(text: string, expect: AnswerKind, options: InterpretOptions = {}): Interpretation {
  const input = typeof text === 'string' ? text.slice(0, MAX_TEXT_LENGTH) : '';
  try {
    return interpretOrThrow(input, expect, options);
  } catch {
    return { kind: 'unclear' };
  }
}
