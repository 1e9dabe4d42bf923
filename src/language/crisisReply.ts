import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import { NEGATIONS } from './mentions';
import { containsPhrase, normalize, words } from './normalize';
import { aboutMoney } from './opening';
import { saysLater } from './yesNo';
import raw from './crisisReply.nl.json';

const Phrases = z.array(z.string().min(1)).min(1);
const CrisisReplySchema = z.object({
  clauseWords: Phrases,
  safe: Phrases,
  harmless: Phrases,
  harmlessAfterNegation: z.number().int().min(1).max(5),
  contact: Phrases,
  contactStems: Phrases,
  contactFailed: Phrases,
  unsure: Phrases,
  unsureAfter: Phrases,
  aboutMe: Phrases,
  aboutSomeoneElse: Phrases,
  people: Phrases,
  othersAsk: Phrases,
  firstPerson: Phrases,
  passive: Phrases,
  understand: Phrases,
  meant: Phrases,
  meantNot: Phrases,
  meantBlockers: Phrases,
  secondPerson: Phrases,
  wrong: Phrases,
  aboutIt: Phrases,
  danger: Phrases,
  questionWords: Phrases,
});
const data = parseDataFile('language/crisisReply.nl.json', CrisisReplySchema, raw);
const phrases = (list: readonly string[]) => list.map(normalize).sort((a, b) => b.length - a.length);
const set = (list: readonly string[]) => new Set(list.map(normalize));

const CLAUSE_WORDS = set(data.clauseWords);
const SAFE = phrases(data.safe);
const HARMLESS = phrases(data.harmless);
const CONTACT = phrases(data.contact);
const CONTACT_STEMS = set(data.contactStems);
const CONTACT_FAILED = phrases(data.contactFailed);
const UNSURE = phrases(data.unsure);
const UNSURE_AFTER = set(data.unsureAfter);
const ABOUT_ME = phrases(data.aboutMe);
const ABOUT_SOMEONE_ELSE = phrases(data.aboutSomeoneElse);
const PEOPLE = phrases(data.people);
const OTHERS_ASK = phrases(data.othersAsk);
const FIRST_PERSON = set(data.firstPerson);
const PASSIVE = set(data.passive);
const UNDERSTAND = set(data.understand);
const MEANT = set(data.meant);
const MEANT_NOT = set(data.meantNot);
const MEANT_BLOCKERS = set(data.meantBlockers);
const SECOND_PERSON = set(data.secondPerson);
const WRONG = set(data.wrong);
const ABOUT_IT = phrases(data.aboutIt);
const DANGER = phrases(data.danger);
const QUESTION_WORDS = phrases(data.questionWords);

/** How a person answers "Laat je me weten hoe het nu gaat?" or "Ben je nu in gevaar?", in their own words. */
export interface CrisisReply {
  /** It goes well enough now ("nu gaat het", "ik doe niks stoms hoor"), and nothing in it says it does not ("het gaat niet"). */
  safe: boolean;
  /** They call, chat or write to someone ("ik chat nu met ze", "ik ga 113 bellen"), now or later (`later`). */
  contact: boolean;
  /** Something is put off ("ik bel morgen"). */
  later: boolean;
  /** The bot misread them ("zo bedoel ik het niet", "je snapt me verkeerd", "hoezo gevaar? ik heb het over geld"). */
  misread: boolean;
  /** What they say is not sure ("misschien bij een maat", "bij mijn zus, maar die neemt niet op"). */
  unsure: boolean;
  /** It is about themself ("eigenlijk gaat het over mij", "ik ben het zelf"). */
  aboutMe: boolean;
  /** It is someone else's trouble ("het gaat om mijn moeder", "niet om mij", "wat kan hij doen?"); then `misread` too. */
  someoneElse: boolean;
}

/** The message in clauses, each as normalised words: a clause ends at a punctuation mark or at a word like "maar". */
function clauses(text: string): string[][] {
  const out: string[][] = [];
  for (const part of text.slice(0, 2000).split(/[.,;!?]+/)) {
    let clause: string[] = [];
    for (const w of words(normalize(part))) {
      if (CLAUSE_WORDS.has(w)) {
        if (clause.length) out.push(clause);
        clause = [];
      } else clause.push(w);
    }
    if (clause.length) out.push(clause);
  }
  return out;
}

/** Where a phrase (normalised) starts in the words, each time. */
function positions(ws: readonly string[], phrase: string): number[] {
  const pw = words(phrase);
  const at: number[] = [];
  for (let i = 0; i + pw.length <= ws.length; i++) if (pw.every((w, j) => ws[i + j] === w)) at.push(i);
  return at;
}

/**
 * The clause's words that say it goes well, with the negations that belong to them ("niks" in "ik doe niks stoms",
 * "geen" in "geen gevaar"), marked as used; true when any stands in it.
 */
function markSafe(ws: readonly string[], used: boolean[]): boolean {
  let found = false;
  const mark = (from: number, length: number) => {
    for (let k = from; k < from + length; k++) used[k] = true;
    found = true;
  };
  for (const p of SAFE) for (const i of positions(ws, p)) if (!used.slice(i, i + words(p).length).some(Boolean)) mark(i, words(p).length);
  for (const p of HARMLESS) {
    for (const i of positions(ws, p)) {
      const before = ws.slice(Math.max(0, i - data.harmlessAfterNegation), i);
      const negation = before.map((w, k) => (NEGATIONS.has(w) ? k : -1)).filter((k) => k >= 0).pop();
      if (negation === undefined) continue;
      const from = Math.max(0, i - data.harmlessAfterNegation) + negation;
      mark(from, i - from + words(p).length);
    }
  }
  return found;
}

function saysSafe(parts: readonly string[][]): boolean {
  let safe = false;
  for (const ws of parts) {
    const used = ws.map(() => false);
    safe = markSafe(ws, used) || safe;
    // "het gaat niet", "ik ben niet veilig": a negation outside the words that say it goes well.
    if (ws.some((w, i) => !used[i] && NEGATIONS.has(w))) return false;
  }
  return safe;
}

/**
 * A contact word said of oneself ("ik ga bellen", "bel ze nu"; not "ze bellen steeds", not "ik word gebeld"), without a
 * negation close before or after it ("ik ga niet bellen", "ik bel ze niet").
 */
function saysContact(parts: readonly string[][]): boolean {
  return parts.some((ws) => {
    if (ws.some((w) => PASSIVE.has(w))) return false;
    const own = ws.some((w) => FIRST_PERSON.has(w));
    return CONTACT.some((p) =>
      positions(ws, p).some((i) => (own || (i === 0 && CONTACT_STEMS.has(ws[0]))) && !ws.slice(Math.max(0, i - 3), i + words(p).length + 2).some((w) => NEGATIONS.has(w))),
    );
  });
}

function saysMisread(parts: readonly string[][]): boolean {
  return parts.some((ws) => {
    const padded = ws.join(' ');
    return ws.some((w, i) => {
      // "je snapt me verkeerd", "verkeerd begrepen", "je hebt het fout".
      if (WRONG.has(w) && (ws.some((x) => UNDERSTAND.has(x) || MEANT.has(x)) || ws.slice(Math.max(0, i - 3), i).some((x) => SECOND_PERSON.has(x)))) return true;
      // "je begrijpt me niet", "snap je het niet?".
      if (UNDERSTAND.has(w) && [ws[i - 1], ws[i + 1], ws[i - 2]].some((x) => x !== undefined && SECOND_PERSON.has(x)) && ws.slice(i + 1, i + 4).some((x) => NEGATIONS.has(x))) return true;
      // "dat bedoelde ik niet", "zo zei ik het niet", "niet zo bedoeld"; not "ik bedoel dat ik niet kan betalen".
      if (MEANT.has(w)) {
        const after = ws.slice(i + 1, i + 4);
        const stop = after.findIndex((x) => MEANT_BLOCKERS.has(x));
        if ((stop < 0 ? after : after.slice(0, stop)).some((x) => MEANT_NOT.has(x))) return true;
        if (ws.slice(Math.max(0, i - 2), i).some((x) => MEANT_NOT.has(x))) return true;
      }
      return false;
    }) ||
      // "ik heb het over geld", "het gaat om mijn schulden".
      ABOUT_IT.some((p) => positions(ws, p).some((i) => aboutMoney(ws.slice(i + words(p).length, i + words(p).length + 4).join(' ')))) ||
      // "hoezo gevaar?", "welk gevaar".
      DANGER.some((d) => QUESTION_WORDS.some((q) => containsPhrase(padded, `${q} ${d}`)));
  });
}

/** Doubt in it ("misschien", "ik hoop"), or a "maar" after which something is not so ("bij mijn zus, maar die neemt niet op"). */
function saysUnsure(text: string, parts: readonly string[][]): boolean {
  if (parts.some((ws) => UNSURE.some((p) => positions(ws, p).length > 0))) return true;
  const all = words(normalize(text.slice(0, 2000)));
  const but = all.findIndex((w) => UNSURE_AFTER.has(w));
  return but >= 0 && all.slice(but + 1).some((w) => NEGATIONS.has(w));
}

/** A phrase in the words, not within two words after a negation ("niet om mij" is not about me). */
function saysUnnegated(ws: readonly string[], list: readonly string[]): boolean {
  return list.some((p) => positions(ws, p).some((i) => !ws.slice(Math.max(0, i - 2), i).some((w) => NEGATIONS.has(w))));
}

/** "het gaat om mijn moeder", "ik had het over mijn broer", "niet om mij", "wat kan hij doen?". */
function saysSomeoneElse(parts: readonly string[][]): boolean {
  return parts.some(
    (ws) =>
      OTHERS_ASK.some((p) => positions(ws, p).length > 0) ||
      ABOUT_SOMEONE_ELSE.some((p) => positions(ws, p).some((i) => PEOPLE.some((person) => positions(ws.slice(i + words(p).length, i + words(p).length + 3), person).length > 0))),
  );
}

/** Reads an answer to the crisis answer's questions. Pure; never throws. */
export function readCrisisReply(text: string): CrisisReply {
  const parts = clauses(text);
  // A call that did not happen or went wrong ("ik heb gebeld maar toen hing ik op") is no contact now.
  const failed = parts.some((ws) => CONTACT_FAILED.some((p) => positions(ws, p).length > 0));
  const aboutMe = parts.some((ws) => saysUnnegated(ws, ABOUT_ME));
  const someoneElse = !aboutMe && saysSomeoneElse(parts);
  return { safe: saysSafe(parts), contact: !failed && saysContact(parts), later: saysLater(text), misread: someoneElse || saysMisread(parts), unsure: saysUnsure(text, parts), aboutMe, someoneElse };
}
