import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import raw from './name.nl.json';

/**
 * A first name or nickname as a person gives it at "Hoe mogen ze je noemen?": bare ("Sam", "big mo") or in
 * a sentence ("ik heet Mohammed", "mijn naam is Sam", "noem me maar Mo", "je mag me Mo noemen"). Only the
 * name is kept: it is what the wijkteam gets, so the rest of the sentence never goes along. The words are
 * data (name.nl.json).
 */
const Words = z.array(z.string().min(1));
const NameWordsSchema = z.object({
  $comment: z.string().optional(),
  before: Words,
  leads: Words,
  callMe: Words,
  callMeEnd: z.string().min(1),
  ends: Words,
  notAName: Words,
});
const data = parseDataFile('language/name.nl.json', NameWordsSchema, raw);

/** A phrase as places, each with its alternatives ("noem me|mij maar"). */
const places = (phrase: string) => phrase.split(/\s+/).map((w) => new Set(w.split('|')));
/** Longest first, so "mijn naam is" wins over "mijn naam". */
const byLength = (phrases: readonly string[]) => phrases.map(places).sort((a, b) => b.length - a.length);

const BEFORE = new Set(data.before);
const LEADS = byLength(data.leads);
const CALL_ME = byLength(data.callMe);
const ENDS = new Set(data.ends);
const NOT_A_NAME = new Set(data.notAName);

/** The longest name or nickname kept, in words. */
const MAX_WORDS = 3;

const lower = (w: string) => w.toLowerCase();
const isWord = (w: string) => /\p{L}/u.test(w);

/** How many words of `ws` the longest of the phrases covers at its start, or 0. */
function leadLength(ws: readonly string[], phrases: ReadonlyArray<Array<Set<string>>>): number {
  const found = phrases.find((p) => p.length <= ws.length && p.every((alts, i) => alts.has(lower(ws[i]))));
  return found?.length ?? 0;
}

/** "mohammed" is written "Mohammed"; a name typed with capitals is kept as typed. */
function capitalised(words: string[]): string {
  const typed = words.join(' ');
  if (typed !== typed.toLowerCase()) return typed;
  return words.map((w) => w.charAt(0).toLocaleUpperCase('nl') + w.slice(1)).join(' ');
}

function wordsOf(text: string): string[] {
  return text
    .split(/[\s,;:=!?()"“”]+/u)
    .map((w) => w.replace(/^[.'‘’-]+|[.'‘’-]+$/gu, ''))
    .filter((w) => w !== '');
}

/** The name at the start of the words after a lead: up to a word that ends it, never a word that is no name. */
function nameAfterLead(words: string[]): string | null {
  const end = words.findIndex((w) => ENDS.has(lower(w)));
  const name = (end === -1 ? words : words.slice(0, end)).slice(0, MAX_WORDS);
  if (name.length === 0 || !name.every(isWord) || NOT_A_NAME.has(lower(name[0]))) return null;
  return capitalised(name);
}

/** The name in what the person typed, or null when it holds none. */
export function readName(raw: string): string | null {
  let words = wordsOf(raw.slice(0, 200));
  while (words.length > 0 && BEFORE.has(lower(words[0]))) words = words.slice(1);
  const lead = leadLength(words, LEADS);
  if (lead > 0) return nameAfterLead(words.slice(lead));
  const callMe = leadLength(words, CALL_ME);
  const until = words.findIndex((w, i) => i > callMe && lower(w) === data.callMeEnd);
  if (callMe > 0 && until > 0) return nameAfterLead(words.slice(callMe, until));
  if (words.length === 0 || words.length > MAX_WORDS || !words.some(isWord)) return null;
  if (words.some((w) => NOT_A_NAME.has(lower(w)))) return null;
  return capitalised(words);
}
