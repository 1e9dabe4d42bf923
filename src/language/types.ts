import type { OtherNumber } from './phone';
import type { YesNoReads } from './yesNo';
/** The crisis types of issue 10, read by the rules (crisis.ts) and the learned signal (crisisSignal.ts). */
export type CrisisType = 'suicide' | 'violence' | 'homeless' | 'hunger';
export type CrisisLevel = 'certain' | 'possible';
export interface Crisis {
  type: CrisisType;
  /** certain: help at once; possible: one gentle check question first. */
  level: CrisisLevel;
}
export const CRISIS_TYPES = ['suicide', 'violence', 'homeless', 'hunger'] as const satisfies readonly CrisisType[];
/**
 * Crisis types that are a situation, told again and again while it lasts (no home, no food): its help is given once
 * in full, and a plain yes or no said first in such a message is the answer to the question asked. Thoughts of
 * suicide or a threat may be worse when said again, and "nee" there may be a cry ("nee nee, ze maken me af").
 */
export const SITUATION_TYPES: ReadonlySet<CrisisType> = new Set(['homeless', 'hunger']);

/** What a question expects as answer. A machine state names one in its meta. */
export type AnswerKind = 'yesNo' | 'amount' | 'choice' | 'freeText' | 'name' | 'phone' | 'practice' | 'opening';

export const ANSWER_KINDS: readonly AnswerKind[] = ['yesNo', 'amount', 'choice', 'freeText', 'name', 'phone', 'practice', 'opening'];

/** A choice as the language layer sees it: an id, its button title and other words for it. */
export interface ChoiceOption {
  id: string;
  title: string;
  synonyms?: readonly string[];
  /** The choices this one stands for together ("Allebei" for a job and a benefit named in one message). */
  combines?: readonly string[];
}

export interface InterpretOptions {
  /** For `expect: 'choice'`: the choices on offer, in button order. */
  choices?: readonly ChoiceOption[];
  /** For `expect: 'yesNo'`: what the question's own words mean there. */
  reads?: YesNoReads;
}

/** What the person's words mean, for the kind of answer that was expected. */
export type Interpretation =
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'unknown' }
  | { kind: 'amount'; euros: number; approximate?: boolean; range?: { min: number; max: number } }
  | { kind: 'choice'; id: string }
  | { kind: 'freeText'; text: string }
  | { kind: 'phone'; e164: string; display: string }
  /** Digits at the phone question that are no number to call the person on (a service number, one typed wrong, one abroad). */
  | { kind: 'otherNumber'; why: OtherNumber }
  /** The first name or nickname taken out of what was typed at the name question ("ik heet Mohammed"). */
  | { kind: 'name'; name: string }
  | { kind: 'unclear' };
