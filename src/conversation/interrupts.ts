import type { CrisisCheck } from './flows';
import { content, type InterruptKind } from '../content';
import { explainableWords } from '../content/uitleg';
import { Remembered } from '../remembered';
import { askedWord, asksAboutData, asksWhyAsked, choiceHolds, containsPhrase, detectCrisis, findInterruptPhrase, matchChoice, normalize, readCrisisReply, someoneElsesCrisis, violenceAtHome, type AskedWord, type ChoiceOption, type Crisis, type CrisisType, type InterruptTable } from '../language';

/**
 * The order interrupts are checked in: deleting data and urgent help come before anything else; then a question
 * about data and one about a word (see findInterrupt), then the rest of this table.
 */
const TABLE: InterruptTable<InterruptKind> = (['deleteData', 'urgent', 'restart', 'stop', 'keepPlan', 'meantNo', 'meantYes', 'back', 'lookup', 'practice', 'progress', 'reword', 'help', 'explain'] as const).map(
  (kind) => [kind, content.interrupts[kind]] as const,
);

/** Going back a question, or correcting the yes/no just given: only where a question of the client conversation waits. */
const BACK_KINDS: ReadonlySet<InterruptKind> = new Set(['back', 'meantNo', 'meantYes']);

interface TableOptions {
  /** Questions about the bot and the question ("wat bedoel je?", "wie leest dit mee?"); off while practising. */
  explain?: boolean;
  keepPlan?: boolean;
  lookup?: boolean;
  practice?: boolean;
  /** In the client conversation, with a question waiting: "terug", "ik bedoelde nee" (see stepBack.ts). */
  back?: boolean;
  /** Practising now: "ik ben geen hulpverlener" leads a client who ended up here to the money talk. */
  practising?: boolean;
}

/**
 * The table for this moment. While practising, "hoe bedoel je?" is the professional's question to the client,
 * not a request to explain (nor is impatience a question about progress there). "Bewaar", "printen" and the
 * like only mean the plan once there is one to keep. "Wegwijzer" opens the lookup only where it is no button
 * of the question (not in the welcome, not in the lookup itself); "oefenen" leads from the lookup to practice.
 */
function tableFor(options: TableOptions): InterruptTable<InterruptKind> {
  const key = `${options.explain !== false}:${options.keepPlan === true}:${options.lookup === true}:${options.practice === true}:${options.back === true}`;
  let table = TABLES.get(key);
  if (!table) {
    table = TABLE.filter(
      ([kind]) =>
        ((kind !== 'explain' && kind !== 'reword' && kind !== 'progress') || options.explain !== false) && (kind !== 'keepPlan' || options.keepPlan === true) && (kind !== 'lookup' || options.lookup === true) && (kind !== 'practice' || options.practice === true) && (!BACK_KINDS.has(kind) || options.back === true),
    );
    TABLES.set(key, table);
  }
  return table;
}

/** The tables, each made once: the matcher normalises a table's phrases once per table object (see matchInterrupt). */
const TABLES = new Map<string, InterruptTable<InterruptKind>>();

/** What a message asks for before any flow: a crisis first, then the words that always work. */
export type Interrupt =
  | ({ kind: 'crisis'; home?: boolean } & Crisis)
  | { kind: 'someoneElse'; type: CrisisType; home?: boolean }
  | { kind: InterruptKind }
  | { kind: 'privacy' }
  | { kind: 'word'; id: string | null }
  | { kind: 'why' };

/** "Ik ben geen hulpverlener", "ik wil niet oefenen": said anywhere in a message while practising. */
const CLIENT_PHRASES = content.interrupts.client.map((p) => normalize(p));

/** Whatever else is typed, these come first: a request to delete data, or for help at once. */
const FIRST: ReadonlySet<InterruptKind> = new Set(['deleteData', 'urgent']);

/**
 * The whole message is a way out ("ik wil niet meer praten", "stop", "opnieuw"): it stops or starts again, and a
 * possible crisis signal in those same words does not hold it back with a check. A certain one still comes first.
 */
const WAY_OUT: ReadonlySet<InterruptKind> = new Set(['stop', 'restart']);
function isWayOut(text: string, options: TableOptions): boolean {
  const found = findInterruptPhrase(text, tableFor(options));
  return Boolean(found?.exact && WAY_OUT.has(found.kind));
}

/**
 * An answer that picks an offered button wins over an interrupt word inside that button's own words:
 * "geen nieuwe hulp" is the button "Geen nieuwe hulp: de hulp die er al is", not "hulp". The word said on
 * its own ("hulp", "help", "hulp nu") is still the interrupt.
 */
function picksButtonHolding(text: string, phrase: string, choices: readonly ChoiceOption[]): boolean {
  const id = matchChoice(text, choices);
  const choice = id ? choices.find((c) => c.id === id) : undefined;
  return choice !== undefined && choiceHolds(choice, phrase);
}

/** The word a message asks the meaning of, among the bot's own words (a pure function of the text), per text. */
const askedWords = new Remembered<AskedWord | null>(2000, 400);

/**
 * A crisis signal (either level) before anything else, so no button word or answer can swallow it
 * ("het heeft allemaal geen zin meer" is no "geen zin" to a question); then the words that always work,
 * unless the message picks one of the offered buttons (`choices`) whose words hold them.
 */
export function findInterrupt(
  text: string,
  options: TableOptions & { crisis?: CrisisCheck; priorDistress?: boolean; topic?: CrisisType; choices?: readonly ChoiceOption[]; words?: boolean; othersCrisis?: CrisisType } = {},
): Interrupt | null {
  // "Wat is nachtopvang?" asks what a word means, and says nothing more: no crisis to check in it.
  const word = options.words && options.explain !== false ? askedWords.of(text, () => askedWord(text, explainableWords)) : null;
  if (word?.id) return { kind: 'word', id: word.id };
  const check = options.crisis ?? 'all';
  // Right after the help for someone else: "eigenlijk gaat het over mij" is that crisis, the person's own.
  if (options.othersCrisis && check !== 'none' && readCrisisReply(text).aboutMe) return { kind: 'crisis', type: options.othersCrisis, level: 'certain' };
  const detected = check === 'none' ? null : detectCrisis(text, { priorDistress: options.priorDistress });
  // A possible signal of what the question itself asks about is the answer to it, not a crisis check; where
  // only certain signals count (the lookup), a possible one is no interrupt at all.
  const crisis = detected && detected.level === 'possible' && (detected.type === options.topic || check === 'certain' || isWayOut(text, options)) ? null : detected;
  if (crisis) return { kind: 'crisis', ...crisis, ...(crisis.type === 'violence' && violenceAtHome(text) ? { home: true } : {}) };
  // Someone else's crisis, asked about by the one who helps ("mijn broer zegt dat hij dood wil, wat moet ik doen?"):
  // the help for that other person, then the same question. Not in the lookup, where only certain signals count.
  const other = check === 'all' && !detected ? someoneElsesCrisis(text, { priorDistress: options.priorDistress }) : null;
  if (other) return { kind: 'someoneElse', type: other, ...(other === 'violence' && violenceAtHome(text, 'someoneElse') ? { home: true } : {}) };
  // While practising, a client who ended up here says so inside a longer sentence ("wtf ik ben geen hulpverlener, ik ben net vrij").
  if (options.practising && CLIENT_PHRASES.some((p) => containsPhrase(normalize(text), p))) return { kind: 'client' };
  const found = findInterruptPhrase(text, tableFor(options));
  if (found && FIRST.has(found.kind)) return { kind: found.kind };
  // "Wie leest dit mee?", "wat doe je met mijn gegevens?": what is kept and who sees it (not while practising:
  // there the professional's words are for the simulated client).
  if (options.explain !== false && asksAboutData(text)) return { kind: 'privacy' };
  if (word) return { kind: 'word', id: null };
  // "Waarom vraag je dat?", "moet ik dat zeggen?": why this question is asked (where word questions are read).
  if (options.words && options.explain !== false && asksWhyAsked(text)) return { kind: 'why' };
  if (!found || (!found.exact && options.choices && picksButtonHolding(text, found.phrase, options.choices))) return null;
  return { kind: found.kind };
}
