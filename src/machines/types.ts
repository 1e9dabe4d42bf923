import type { ContentKey } from '../content';
import type { AnswerKind, CrisisType, Facts, OpeningWay, OtherNumber, PracticeCriterion, TechniqueClass } from '../language';

/**
 * What a state says and asks, by content key. Every state with a question has `ask` and `expect`;
 * `choices` lists the ids of the buttons for a choice question, in order.
 */
export interface StateMeta {
  say?: readonly ContentKey[];
  ask?: ContentKey;
  expect?: AnswerKind;
  choices?: readonly string[];
  /** For a choice question: text that matches no choice is sent as the person's own words (TEXT) instead of asked again. */
  orText?: boolean;
  /** A rendering that needs the machine's context (such as "Jouw plan"), done by a named view in src/dialogs/views. */
  view?: string;
  /**
   * The crisis type this question itself asks about ("Heb je een vaste plek om te slapen?" asks about
   * homelessness): a *possible* signal of that type is the answer, not a reason for the check question; a
   * certain one is still a crisis.
   */
  topic?: CrisisType;
  /** True where the person's words are not read for facts about their situation (a name, a phone number). */
  noFacts?: boolean;
  /**
   * 'told': a question about the future or a wish ("Waar sta je over zes maanden?") keeps only facts told as
   * already so ("ik ben net vrijgekomen"), never what may come ("misschien geen huis meer").
   */
  facts?: 'told';
  /**
   * There is no sensible answer to fill in for the person (a phone number): an unreadable answer is asked
   * again, with the way out the question offers, and never moves on as "weet ik niet".
   */
  keepAsking?: boolean;
  /**
   * A state the flow rests in once its questions are done (the plan was shown, the call-back said no to): it
   * asks nothing, and the next message starts anew, unless it says what this content text's choices name
   * ("ik wil toch dat het wijkteam me belt"), or gives a phone number: then the flow takes it up again.
   */
  reopen?: ContentKey;
  /** Something the bot does when the state is entered (such as queueing a call-back request), done by a named effect in src/dialogs/effects. */
  effect?: string;
}

/** The typed events the bridge sends to a machine, one per kind of answer. */
export type AnswerEvent =
  | { type: 'YES' }
  | { type: 'NO' }
  | { type: 'UNKNOWN' }
  | { type: 'AMOUNT'; euros: number; approximate: boolean }
  /** `because`: the message gives its reason too ("stress door die dealer"), so "Wat maakt dat?" is answered. */
  | { type: 'CHOICE'; id: string; because?: boolean }
  | { type: 'TEXT'; text: string; facts?: Facts }
  /** What a first message asks for (see src/language/opening.ts); `query`: its words, for the way in's first question to read at once (a lookup's search, the client to practise with). */
  | { type: 'OPENING'; way: OpeningWay; facts: Facts; query?: string }
  /** What a message said about the situation beyond the question asked; kept for later questions. */
  | { type: 'FACTS'; facts: Facts }
  | { type: 'PHONE'; e164: string; display: string }
  /** Digits at the phone question that are no number to call the person on, and why. */
  | { type: 'OTHER_NUMBER'; why: OtherNumber }
  /** A practice question: its technique, or null when the message only speaks about confidentiality (the frame, or a promise of secrecy). */
  | { type: 'PRACTICE'; technique: TechniqueClass | null; topics: string[]; criteria: PracticeCriterion[]; finish: boolean };

