import type * as Recognizers from '@microsoft/recognizers-text-suite';
import { lexicon } from './lexicon';
import { mentionsUnnegated, NEGATIONS } from './mentions';
import { containsPhrase, normalize, words } from './normalize';

let recognizersModule: typeof Recognizers | undefined;
/** Recognizers-Text, loaded on the first answer that gets this far rather than at start-up (it is large to load). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const recognizers = (): typeof Recognizers => (recognizersModule ??= require('@microsoft/recognizers-text-suite') as typeof Recognizers);

export type YesNoAnswer = 'yes' | 'no' | 'unknown';

/** "weet ik echt niet", "ik weet het nog niet", "weet ik eigenlijk ook niet": a short sentence of not knowing. */
const DONT_KNOW = /^(ik |dat )?weet (ik |het |k )?((echt|nog|eigenlijk|ook|helemaal|zelf|zo|niet|precies|even|gewoon) )*niet( precies| zeker| meer| hoor| zo)?$/;

/** A know-verb as people chat it ("weet", "wk", "kweet", "wet") followed closely by a negation: "ik weet t niet", "wk nie". */
const KNOW = new Set(['weet', 'wet', 'wt', 'wk', 'kweet', 'kwet', 'weten', 'weetn']);
const NOT = new Set(['niet', 'nie', 'ni', 'nit', 'niets', 'niks']);
function saysDontKnow(w: readonly string[]): boolean {
  // In a short message anywhere; in a longer one only when it opens with it ("weet ik nog niet, moet ik nog regelen").
  const at = w.findIndex((x) => KNOW.has(x));
  if (at < 0 || (w.length > 7 && at > 2)) return false;
  return w.slice(at + 1, at + 5).some((x) => NOT.has(x));
}

/** Not wanting to say ("zeg ik liever niet", "daar praat ik niet over", "gaat je niks aan") is not knowing, never "no". */
const SAYING = '(zeggen|zeg|vertellen|vertel|praten|praat|kwijt)';
const NOT_SAYING = '(liever niet|niet|niks|niets)';
const NOT_SAYING_PATTERN = new RegExp(`\\b${NOT_SAYING}\\b(\\s+\\S+){0,3}\\s+${SAYING}\\b|\\b${SAYING}\\b(\\s+\\S+){0,3}\\s+${NOT_SAYING}\\b`);
/** Not wanting to say: the pattern above, or one of the lexicon's fixed phrases ("geen comment", "hou ik voor mezelf"). */
function refuses(text: string): boolean {
  return NOT_SAYING_PATTERN.test(text) || lexicon.refusals.some((phrase) => containsPhrase(text, phrase));
}


function byEmoji(raw: string): YesNoAnswer | null {
  const has = (list: readonly string[]) => list.some((e) => raw.includes(e));
  if (has(lexicon.unknownEmoji)) return 'unknown';
  const yes = has(lexicon.yesEmoji);
  const no = has(lexicon.noEmoji);
  if (yes && !no) return 'yes';
  if (no && !yes) return 'no';
  return null;
}

/** "neuh", "neeh", "jaah": a yes or no as people stretch or shorten it (stretched letters are already two). */
const YES_WORD = /^j+a+h*$/;
const NO_WORD = /^(n+e+[ehuj]*|neu+h*)$/;

/** The longest lexicon phrase the text starts with, as "nee, ik heb geen inkomen" starts with "nee". */
function leadingAnswer(text: string): YesNoAnswer | null {
  const w = words(text);
  for (let n = Math.min(4, w.length); n >= 1; n--) {
    const head = w.slice(0, n).join(' ');
    if (lexicon.unknown.has(head)) return 'unknown';
    if (lexicon.no.has(head)) return 'no';
    if (lexicon.yes.has(head)) return 'yes';
  }
  if (w.length > 0 && NO_WORD.test(w[0])) return 'no';
  if (w.length > 0 && YES_WORD.test(w[0])) return 'yes';
  return null;
}

const DOUBTS = () => [...lexicon.unknown].map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
let doubts: string[][] | undefined;

/** The phrase's words stand in `w` from `i` on (a plain loop: this runs for every word and phrase). */
function standsAt(w: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (w[i + k] !== phrase[k]) return false;
  return true;
}

/**
 * The text without its "weet niet" about a detail: "nee ik weet niet waar het blijft" → "nee", "ja maar
 * weet niet hoeveel" → "ja maar". Not knowing whether ("ik weet niet of ik schulden heb") stays.
 */
function withoutDetailDoubt(text: string): string {
  const w = words(text);
  doubts ??= DOUBTS();
  for (let i = 0; i < w.length; i++) {
    for (const phrase of doubts) {
      const end = i + phrase.length;
      if (!standsAt(w, i, phrase)) continue;
      // "weet niet meer precies hoeveel": a few words may stand between.
      let at = end;
      while (at < w.length && at < end + 2 && lexicon.detailBetween.has(w[at])) at++;
      if (at >= w.length || !lexicon.detailWords.has(w[at])) continue;
      let stop = at + 1;
      while (stop < w.length && !lexicon.clauseEnds.has(w[stop])) stop++;
      // "…, maar ja": the joining word goes with the clause; "wel" stays, as it carries the answer.
      if (stop < w.length && w[stop] !== lexicon.affirmer) stop++;
      return withoutDetailDoubt([...w.slice(0, i), ...w.slice(stop)].join(' '));
    }
  }
  return text;
}

/** A hedge that ends in the affirmer within three words: "volgens mij nog wel één". */
let hedgedAffirmer: RegExp | undefined;
const hedgedAffirmerPattern = () => (hedgedAffirmer ??= new RegExp(`^(${lexicon.hedges.join('|')})( \\w+){0,3} ${lexicon.affirmer}\\b`));

/** Yes phrases that hold a doubt phrase ("ik denk het wel" holds "ik denk het"): a hedged yes is yes. */
let hedgedYes: string[] | undefined;
function hedgedAsYes(text: string): string {
  hedgedYes ??= [...lexicon.yes].filter((y) => [...lexicon.unknown].some((u) => containsPhrase(y, u))).sort((a, b) => b.length - a.length);
  let out = ` ${text} `;
  for (const phrase of hedgedYes) out = out.split(` ${phrase} `).join(' ja ');
  // "volgens mij nog wel één", "ik denk dat het wel klopt": a hedge that ends in "wel" is yes.
  return out.trim().replace(hedgedAffirmerPattern(), 'ja');
}

function hasDoubt(text: string): boolean {
  for (const phrase of lexicon.unknown) if (containsPhrase(text, phrase)) return true;
  return DONT_KNOW.test(text) || refuses(text) || saysDontKnow(words(text));
}

function saysPartly(text: string): boolean {
  for (const phrase of lexicon.partly) if (containsPhrase(text, phrase)) return true;
  return false;
}

/** What a question's own words mean there (content: `reads` of a text entry or routekaart node). */
export interface YesNoReads {
  /** Words whose mention, not denied, answers yes: "bij mijn broer" to "Heb je geld geleend van familie …?". */
  yes?: readonly string[];
  /** Words whose mention, not denied, answers no: "tijdelijk", "op straat" to "Heb je een vaste plek?". */
  no?: readonly string[];
  /** What "soms" or "het wisselt" means here; not knowing where the question does not say. */
  partly?: 'yes' | 'no';
  /** The question asks whether the person knows something: "nee, geen idee" is no there. */
  knows?: boolean;
  /** People named in an answer here are the ones owed money (read by the facts reader, see facts.ts). */
  creditors?: boolean;
}

/**
 * Yes, no or don't know, from Dutch as people type it. "Weet ik niet" is never read as "no".
 * Returns null when the text does not answer a yes/no question.
 */
export function readYesNo(raw: string, reads: YesNoReads = {}): YesNoAnswer | null {
  const byRules = readYesNoByRules(raw, reads);
  if (byRules) return byRules;
  if (asksBack(raw)) return null;
  // Last resort: Recognizers-Text's Dutch boolean model (Dutch exists there for yes/no only).
  const { recognizeBoolean, Culture } = recognizers();
  const found = recognizeBoolean(raw.slice(0, 500), Culture.Dutch);
  const value: unknown = found[0]?.resolution?.value;
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return null;
}

/**
 * True when the text says "weet ik niet" (or will not say). The same as `readYesNo(raw) === 'unknown'`, without
 * Recognizers-Text's model: it answers only yes or no, so it is not asked at every choice or amount question.
 */
export function saysUnknown(raw: string): boolean {
  return readYesNoByRules(raw, {}) === 'unknown';
}

/** `readYesNo` by our own rules only: null where only Recognizers-Text's model could still read a yes or a no. */
function readYesNoByRules(raw: string, reads: YesNoReads): YesNoAnswer | null {
  const normalized = normalize(raw);
  if (normalized === '') return byEmoji(raw);

  // Not wanting to say is never an answer, whatever the question.
  if (refuses(normalized)) return 'unknown';
  // The question's own words first: "liever niet" to "Wil je dat iemand je helpt?" is no.
  if (reads.no?.some((p) => normalize(p) === normalized)) return 'no';
  if (reads.yes?.some((p) => normalize(p) === normalized)) return 'yes';
  if (lexicon.unknown.has(normalized)) return 'unknown';
  if (lexicon.no.has(normalized)) return 'no';
  if (lexicon.yes.has(normalized)) return 'yes';

  // Not knowing a detail does not undo the answer: "nee, geen idee hoeveel" is no.
  const text = hedgedAsYes(withoutDetailDoubt(normalized));
  if (text === '') return 'unknown';
  // At "Weet je hoeveel …?", "nee, geen idee" is a plain no: not knowing is the answer.
  if (reads.knows && NO_WORD.test(words(text)[0] ?? '')) return 'no';
  // Doubt anywhere else wins over a leading yes or no: "ja misschien", "nee, ik weet het niet".
  if (hasDoubt(text)) return 'unknown';

  // A plain yes or no first, even when "soms" follows: "ja soms", "nee, soms veel soms niks".
  const leading = leadingAnswer(text);
  if (leading) return leading;
  // A question back ("als het niet de reclassering is, wie dan?") is no answer: its "niet" is no "nee".
  if (asksBack(raw)) return null;

  // The question's own words: "soms van mijn oma" names who gives money; "tijdelijk bij mijn ouders" is no fixed place.
  if (reads.no && mentionsUnnegated(text, reads.no)) return 'no';
  if (reads.yes && mentionsUnnegated(text, reads.yes)) return 'yes';
  if (saysPartly(text)) return reads.partly ?? 'unknown';

  const w = words(text);
  if (w.some((x) => NEGATIONS.has(x))) return 'no';
  // "voor mijn detentie wel", "vroeger wel": a statement that ends in "wel" affirms.
  if (w.length > 1 && w[w.length - 1] === lexicon.affirmer) return 'yes';
  if (lexicon.affirmingStarts.some((start) => text === start || text.startsWith(`${start} `))) return 'yes';

  return byEmoji(raw);
}

/**
 * True when the text asks something back: its last sentence ends in a question mark, or opens with a question
 * word ("waarom wil je dat weten", "wie dan").
 */
export function asksBack(raw: string): boolean {
  const sentences = raw.split(/[.!\n]+/).map((s) => s.trim()).filter(Boolean);
  const last = sentences[sentences.length - 1] ?? '';
  return last.endsWith('?') || lexicon.askingBack.has(words(normalize(last))[0] ?? '');
}

/** True when the text opens with a plain yes or no ("ja, drie maanden", "nee hoor"), not with a statement. */
export function startsWithYesNo(raw: string): boolean {
  const first = words(normalize(raw))[0] ?? '';
  return lexicon.yes.has(first) || lexicon.no.has(first) || lexicon.unknown.has(first) || YES_WORD.test(first) || NO_WORD.test(first);
}

/**
 * True when the text answers the question itself: a plain yes or no first, or the question's own words
 * ("bij mijn broer" to the question about money borrowed from family). A statement that only says other
 * things ("ik heb een schuld bij de zorgverzekering" at a housing question) does not.
 */
export function answersDirectly(raw: string, reads: YesNoReads = {}): boolean {
  const text = normalize(raw);
  if (startsWithYesNo(raw) || startsWithYesNo(hedgedAsYes(text))) return true;
  return (reads.yes !== undefined && mentionsUnnegated(text, reads.yes)) || (reads.no !== undefined && mentionsUnnegated(text, reads.no));
}

/** True when the text says not knowing or not wanting to say (not "soms", which is an answer in part). */
export function saysDoubt(raw: string): boolean {
  const normalized = normalize(raw);
  if (normalized === '') return false;
  if (refuses(normalized) || lexicon.unknown.has(normalized)) return true;
  const text = hedgedAsYes(withoutDetailDoubt(normalized));
  return text === '' || hasDoubt(text);
}

/** True when the text puts something off to later ("ik bel morgen", "straks"). */
export function saysLater(raw: string): boolean {
  const text = normalize(raw);
  return lexicon.later.some((phrase) => containsPhrase(text, phrase));
}
