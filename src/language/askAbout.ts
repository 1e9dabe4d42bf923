import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import raw from './askAbout.nl.json';
import { containsPhrase, nearlyEqual, normalize, words } from './normalize';

const Phrases = z.array(z.string().trim().min(1)).min(1);
const AskAboutSchema = z.object({
  data: z.object({
    dataStrong: Phrases,
    dataWeak: Phrases,
    who: Phrases,
    verbs: Phrases,
    doingWith: Phrases,
    doingWithEnds: Phrases,
    readAlong: Phrases,
    questionStarts: Phrases,
    /** Traces of having been here ("dat ik hier was", "op mijn telefoon"): with someone and seeing, a question about data. */
    traces: Phrases,
  }),
  /** `leads`: words that only lead into a question ("maar", "ja maar", "eh", "ok en", "sorry"). */
  word: z.object({ cues: Phrases, leads: Phrases, fillers: Phrases, after: Phrases, notAWord: Phrases }),
  why: z.object({
    $comment: z.string().optional(),
    /** How the question back starts, and the list (by name) of which it must also hold one word, if any. */
    starts: z.record(z.enum(['purpose', 'answering', 'obliged']).nullable()),
    purpose: Phrases,
    answering: Phrases,
    obliged: Phrases,
    words: Phrases,
  }),
});

const parsed = parseDataFile('language/askAbout.nl.json', AskAboutSchema, raw);
const list = (phrases: readonly string[]) => [...new Set(phrases.map(normalize).filter((p) => p !== ''))];
const set = (phrases: readonly string[]) => new Set(list(phrases));
/** Longest first, so "wat bedoel je met" wins over "wat bedoel je". */
const longestFirst = (phrases: readonly string[]) => list(phrases).sort((a, b) => words(b).length - words(a).length);

const data = {
  strong: list(parsed.data.dataStrong),
  weak: list(parsed.data.dataWeak),
  who: list(parsed.data.who),
  verbs: set(parsed.data.verbs),
  doingWith: set(parsed.data.doingWith),
  doingWithEnds: set(parsed.data.doingWithEnds),
  readAlong: set(parsed.data.readAlong),
  questionStarts: set(parsed.data.questionStarts),
  traces: list(parsed.data.traces),
};
const word = {
  cues: longestFirst(parsed.word.cues),
  leads: longestFirst(parsed.word.leads).map(words),
  fillers: set(parsed.word.fillers),
  after: longestFirst(parsed.word.after),
  notAWord: longestFirst(parsed.word.notAWord),
};

const why = {
  starts: Object.entries(parsed.why.starts).map(([start, needs]) => ({ start: words(normalize(start)), needs: needs ? list(parsed.why[needs]).map(words) : null })),
  words: set(parsed.why.words),
};

/** A data question is a short one: a long story that mentions "de gemeente" and "zien" is an answer. */
const MAX_DATA_SENTENCE_WORDS = 20;
/** A message of data words only ("privacy?", "en mijn gegevens?") is short. */
const MAX_BARE_DATA_WORDS = 3;

/** The sentences of a message, each with whether it ends in a question mark. */
function sentences(text: string): Array<{ words: string[]; text: string; asks: boolean }> {
  const parts = text.slice(0, 2000).match(/[^.!?;:\n]+[.!?;:\n]*/g) ?? [];
  return parts
    .map((part) => {
      const t = normalize(part.replace(/[.!;:\n]+$/, '').replace(/\?+\s*$/, ''));
      return { text: t, words: words(t), asks: /\?\s*$/.test(part) };
    })
    .filter((s) => s.words.length > 0);
}

function holdsAny(text: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => containsPhrase(text, p));
}

/**
 * Whether the person asks what happens to what they type: who reads along, what is kept, whether it goes to
 * the gemeente, the reclassering or the police. Read from concepts (see askAbout.nl.json), per sentence:
 * "ik heb schulden. maar eerst: wie leest dit mee?" asks it in its last sentence.
 */
export function asksAboutData(text: string): boolean {
  return sentences(text).some((s) => {
    if (s.words.length > MAX_DATA_SENTENCE_WORDS) return false;
    const strong = holdsAny(s.text, data.strong);
    // "privacy?", "mijn gegevens?", "en de privacy": data words and little else.
    if (strong && s.words.length <= MAX_BARE_DATA_WORDS && !s.words.some((w) => data.verbs.has(w))) return true;
    if (!s.asks && !data.questionStarts.has(s.words[0])) return false;
    const who = holdsAny(s.text, data.who);
    const verb = s.words.some((w) => data.verbs.has(w)) || (s.words.some((w) => data.doingWith.has(w)) && s.words.some((w) => data.doingWithEnds.has(w)));
    const readAlong = s.words.some((w) => data.readAlong.has(w));
    if (strong && (verb || who)) return true;
    if (who && verb && holdsAny(s.text, data.weak)) return true;
    // "kan hij zien dat ik hier was?": someone finding out one was here is a question about what is kept.
    if (who && verb && holdsAny(s.text, data.traces)) return true;
    return who && readAlong;
  });
}

/** A word the bot can explain, with the ways it is written. */
export interface ExplainableWord {
  id: string;
  words: readonly string[];
}

/** What a "wat is …?" question asks about: a word the bot knows (its id), or one it does not (`null`). */
export type AskedWord = { id: string } | { id: null; word: string };

/** Skips filler words from `at`; returns the next index. */
function skipFillers(ws: readonly string[], at: number): number {
  let i = at;
  while (i < ws.length && word.fillers.has(ws[i])) i++;
  return i;
}

/** Skips the words that only lead into a question ("ja maar", "eh", "ok en", "sorry"); returns the next index. */
function skipLeads(ws: readonly string[]): number {
  let i = 0;
  for (;;) {
    const lead = word.leads.find((l) => l.every((w, k) => ws[i + k] === w));
    if (!lead) return i;
    i += lead.length;
  }
}

/** The explainable word that starts at `at`, with its length in words. */
function wordAt(ws: readonly string[], at: number, known: ReadonlyArray<{ id: string; forms: string[][] }>): { id: string; length: number } | null {
  let best: { id: string; length: number } | null = null;
  for (const entry of known) {
    for (const form of entry.forms) {
      if (form.length === 0 || at + form.length > ws.length) continue;
      const same = form.every((w, i) => (form.length === 1 ? nearlyEqual(ws[at + i], w) : ws[at + i] === w));
      if (same && (!best || form.length > best.length)) best = { id: entry.id, length: form.length };
    }
  }
  return best;
}

/** Whether the words from `at` on are only what may follow a term ("precies", "wat is dat", "in gewone woorden"). */
function onlyAfterWords(ws: readonly string[], at: number): boolean {
  let rest = ws.slice(at).join(' ');
  for (let round = 0; round < 4 && rest !== ''; round++) {
    const next = word.after.find((a) => rest === a || rest.startsWith(`${a} `)) ?? (word.fillers.has(rest.split(' ')[0]) ? rest.split(' ')[0] : undefined);
    if (!next) return false;
    rest = rest.slice(next.length).trim();
  }
  return rest === '';
}

const compiledWords = new WeakMap<readonly ExplainableWord[], Array<{ id: string; forms: string[][] }>>();
function compiledKnown(known: readonly ExplainableWord[]): Array<{ id: string; forms: string[][] }> {
  let done = compiledWords.get(known);
  if (!done) {
    done = known.map((k) => ({ id: k.id, forms: list(k.words).map(words) }));
    compiledWords.set(known, done);
  }
  return done;
}

/** At most this many words for a word whose meaning is asked but which the bot does not know. */
const MAX_UNKNOWN_WORDS = 3;

/**
 * The word a message asks the meaning of: "wat is een bewindvoerder", "wat betekent achterstand?",
 * "bewindvoerder? wat is dat", "cjib?". A message that says more than the question is not one ("ik heb een
 * achterstand, wat is de beste oplossing" is an answer); words that only lead in may come before it ("maar wat
 * is beslag", "ok en wat is een deurwaarder"). "Wat is dat?" names no word (it asks about the
 * question: see the interrupt "reword"); neither does "wat is de vraag".
 */
export function askedWord(text: string, known: readonly ExplainableWord[]): AskedWord | null {
  const all = sentences(text);
  // The whole message is the question, or it is none: "wat is nachtopvang? ik slaap op straat" says more.
  // Words that only lead in come first ("ja maar wat is een bewindvoerder dan", "eh, wat bedoel je met achterstand").
  const spoken = all.flatMap((s) => s.words);
  const ws = spoken.slice(skipLeads(spoken));
  if (ws.length === 0) return null;
  const asks = all.some((s) => s.asks);
  const forms = compiledKnown(known);
  // "<woord>?" or "<woord>, wat is dat?"
  const start = skipFillers(ws, 0);
  const first = wordAt(ws, start, forms);
  if (first && (asks || ws.length > start + first.length) && onlyAfterWords(ws, start + first.length)) return { id: first.id };
  // "wat is (een) <woord> (precies)?"
  const joined = ws.join(' ');
  const cue = word.cues.find((c) => joined === c || joined.startsWith(`${c} `));
  if (!cue) return null;
  const at = skipFillers(ws, words(cue).length);
  if (at >= ws.length) return null;
  const found = wordAt(ws, at, forms);
  if (found && onlyAfterWords(ws, at + found.length)) return { id: found.id };
  const rest = ws.slice(at).join(' ');
  if (word.notAWord.some((n) => rest === n || rest.startsWith(`${n} `))) return null;
  const unknown = ws.slice(at);
  return unknown.length <= MAX_UNKNOWN_WORDS ? { id: null, word: unknown.join(' ') } : null;
}

/** At most this many words in a question back about the question ("waarom wil je dat nou eigenlijk weten?"). */
const MAX_WHY_WORDS = 12;

/**
 * Whether the person asks why the question is asked, or whether they must answer it: "waarom vraag je dat?",
 * "waarom wil je dat weten", "moet ik dat zeggen?", "wat heb jij daaraan", "hoezo?" (after words that only lead
 * in: "maar", "eh", "sorry"). Read as concepts (askAbout.nl.json, `why`): a start, the word that start asks for,
 * and nothing but words about asking and answering; "waarom ik mijn post niet open" says more and is an answer.
 */
export function asksWhyAsked(text: string): boolean {
  const spoken = sentences(text).flatMap((s) => s.words);
  const ws = spoken.slice(skipLeads(spoken));
  if (ws.length === 0 || ws.length > MAX_WHY_WORDS) return false;
  return why.starts.some(({ start, needs }) => {
    const same = start.every((w, i) => (start.length === 1 ? nearlyEqual(ws[i] ?? '', w) : ws[i] === w));
    if (!same) return false;
    const rest = ws.slice(start.length);
    if (needs && !needs.some((n) => rest.some((_, i) => n.every((w, k) => rest[i + k] === w)))) return false;
    return rest.every((w) => why.words.has(w));
  });
}
