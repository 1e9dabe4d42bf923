import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import { extractFacts, hasFacts, type Facts } from './facts';
import { NEGATIONS } from './mentions';
import { DutchClassifier } from './nlpModel';
import { readSavedModel } from './savedModels';
import { normalize, words } from './normalize';
import raw from './openings.nl.json';

/** Where a first message leads: one of the three ways in, a greeting back, or one short question. */
export const OPENING_WAYS = ['gesprek', 'oefenen', 'wegwijzer', 'greeting', 'thanks', 'unclear'] as const;
export type OpeningWay = (typeof OPENING_WAYS)[number];

export interface Opening {
  way: OpeningWay;
  /** What the message already said about the situation (for the money conversation). */
  facts: Facts;
  /** For a lookup asked as a question ("wat is een briefadres"): the question, to search at once. */
  query?: string;
}

const CorpusSchema = z.object({
  greetings: z.array(z.string().min(1)),
  /** Thanks and goodbyes ("bedankt", "doei"): a kind word back, never a question that sounds like a new start. */
  thanks: z.array(z.string().min(1)),
  /** Words that may stand around a thanks ("heel erg bedankt voor de hulp"). */
  thanksAround: z.array(z.string().min(1)),
  /** The words of `thanks` that only say goodbye ("doei"): no thanks in them. */
  farewells: z.array(z.string().min(1)),
  /** After a conversation ended: words that say there is nothing more ("nee hoor", "dat was het"). */
  nothingMore: z.array(z.string().min(1)),
  /** Small talk and introductions that go with a greeting ("hoe gaat het", "ik ben Ahmed"): still only a greeting. */
  smallTalk: z.array(z.string().min(1)),
  /** Word starts that say a professional wants to practise ("oefengesprek", "rollenspel"). */
  practiceWords: z.array(z.string().min(3)),
  /** Introductions ("ik ben", "mijn naam is"): after a greeting, with a name, still a greeting. */
  introductions: z.array(z.string().min(1)),
  /** Words of the first person: a lookup question about oneself is money talk. */
  firstPerson: z.array(z.string().min(1)),
  /** Word starts that name the lookup ("opzoeken", "wegwijzer"). */
  lookupWords: z.array(z.string().min(3)),
  /** Phrases in which a professional asks the bot to play a client ("speel jij een cliënt?"). */
  practicePhrases: z.array(z.string().min(3)),
  /** How a question for an explanation starts ("wat betekent", "hoe werkt"): a lookup, when it asks about a term. */
  lookupStarts: z.array(z.string().min(3)),
  /** Words after such a start that ask about the bot or the page, not a term ("wat is dit"). */
  lookupNotAbout: z.array(z.string().min(1)),
  /** Word starts of the money domain ("incasso", "betal"): such a message is money talk unless surely something else. */
  moneyWords: z.array(z.string().min(2)),
  /** Introductions that are one without a greeting before them ("mijn naam is Ahmed"); "ik ben …" needs one ("ik ben moe"). */
  strongIntroductions: z.array(z.string().min(1)),
  /** Words after an age in an introduction ("ik ben Kees, 54 jaar"). */
  ageWords: z.array(z.string().min(1)),
  /** Word starts of a professional's role ("reclassering", "wijkcoach"), said of oneself right after `speakerBefore`. */
  professionalRoles: z.array(z.string().min(2)),
  /** What stands right before one's own role: "ik ben", "ik werk bij het", "als". */
  speakerBefore: z.array(z.string().min(2)),
  /** Phrases only a professional says ("mijn cliënten", "ik begeleid"). */
  professionalPhrases: z.array(z.string().min(3)),
  /** Words that make a professional's message a question to look up, not a wish to practise. */
  questionWords: z.array(z.string().min(2)),
  intents: z.object({ gesprek: z.array(z.string()), oefenen: z.array(z.string()), wegwijzer: z.array(z.string()), None: z.array(z.string()) }),
});
const corpus = parseDataFile('language/openings.nl.json', CorpusSchema, raw);
const GREETINGS = new Set(corpus.greetings.map(normalize));
const THANKS = new Set(corpus.thanks.map(normalize));
const THANKS_AROUND = new Set(corpus.thanksAround.map(normalize));
const FAREWELLS = new Set(corpus.farewells.map(normalize));
const NOTHING_MORE = corpus.nothingMore.map(normalize).sort((a, b) => b.length - a.length);
const MONEY_WORDS = corpus.moneyWords.map(normalize);
const INTRODUCTIONS = corpus.introductions.map(normalize);
const SMALL_TALK = [...corpus.smallTalk, ...corpus.introductions].map(normalize).sort((a, b) => b.length - a.length);
const FIRST_PERSON = new Set(corpus.firstPerson.map(normalize));
const LOOKUP_WORDS = corpus.lookupWords.map(normalize);
const PRACTICE_WORDS = corpus.practiceWords.map(normalize);
const PRACTICE_PHRASES = corpus.practicePhrases.map(normalize);
const LOOKUP_STARTS = corpus.lookupStarts.map(normalize).sort((a, b) => b.length - a.length);
const LOOKUP_NOT_ABOUT = new Set(corpus.lookupNotAbout.map(normalize));
const STRONG_INTRODUCTIONS = corpus.strongIntroductions.map(normalize);
const AGE_WORDS = corpus.ageWords.map(normalize).sort((a, b) => b.length - a.length);
const ROLES = corpus.professionalRoles.map(normalize);
const SPEAKER_BEFORE = corpus.speakerBefore.map(normalize);
const PROFESSIONAL_PHRASES = corpus.professionalPhrases.map(normalize);
const QUESTION_WORDS = new Set(corpus.questionWords.map(normalize));
/** "hoi", "heej", "hallooo", "heyy": greeting words as people stretch them. */
const GREETING_WORD = /^(h+[aeo]+[iyj]+|he+y+|ha+l+o+|hoi+)$/;
const isGreetingWord = (w: string) => GREETINGS.has(w) || GREETING_WORD.test(w);

/** Only small talk ("hoe gaat het", "goede avond"), or after a greeting an introduction with one word (a name: "hallo, ik ben Ahmed"). */
function onlySmallTalk(text: string, greeted: boolean): boolean {
  let rest = ` ${withoutAge(text)} `;
  let introduced = false;
  const strong = STRONG_INTRODUCTIONS.some((s) => text.startsWith(`${s} `));
  for (const phrase of SMALL_TALK) {
    if (rest.includes(` ${phrase} `)) {
      introduced ||= INTRODUCTIONS.includes(phrase);
      rest = rest.split(` ${phrase} `).join(' ');
    }
  }
  const left = words(rest.trim().replace(/\s+/g, ' '));
  if (left.length === 0 || left.every(isGreetingWord)) return rest.trim() !== text;
  return (greeted || strong) && introduced && left.length === 1 && !aboutMoney(left[0]) && !ROLES.some((r) => left[0].startsWith(r));
}

/** Without an age in an introduction: "kees 54 jaar" → "kees". */
function withoutAge(text: string): string {
  let out = ` ${text} `;
  for (const age of AGE_WORDS) out = out.replace(new RegExp(` \\d{1,3} ${age} `, 'g'), ' ');
  return out.trim().replace(/\s+/g, ' ');
}

/** The message speaks as a professional: "ik werk bij het wijkteam", "als reclasseringswerker", "mijn cliënten". */
function speaksAsProfessional(text: string): boolean {
  const padded = ` ${text} `;
  if (PROFESSIONAL_PHRASES.some((p) => padded.includes(` ${p} `))) return true;
  return SPEAKER_BEFORE.some((before) => {
    const at = padded.indexOf(` ${before} `);
    if (at < 0) return false;
    const [next = ''] = words(padded.slice(at + before.length + 2).trim());
    // A short role is a whole word ("pi"), a longer one a word start ("reclasseringswerker").
    return ROLES.some((role) => (role.length <= 3 ? next === role : next.startsWith(role)));
  });
}

/** A question for an explanation of a term: "wat betekent een dwangbevel", "welke instanties helpen bij schulden". */
function asksLookup(text: string): boolean {
  const start = LOOKUP_STARTS.find((s) => text === s || text.startsWith(`${s} `));
  if (!start) return false;
  const about = words(text.slice(start.length).trim());
  return about.length > 0 && !about.every((w) => LOOKUP_NOT_ABOUT.has(w)) && !about.some((w) => FIRST_PERSON.has(w));
}

/** True when a word of the message starts with a word of the money domain. */
export const aboutMoney = (text: string) => words(normalize(text)).some((w) => MONEY_WORDS.some((m) => w.startsWith(m)));

/** Only thanks or goodbye: at least one thanks word, and nothing but words that go with it. */
function onlyThanks(text: string): boolean {
  const w = words(text);
  return w.some((x) => THANKS.has(x)) && w.every((x) => THANKS.has(x) || THANKS_AROUND.has(x));
}

/**
 * A message that ends the chat: only thanks or goodbye ("bedankt, doei", "thx"), or, where `nothingMore` is asked
 * for (after a conversation ended), words that there is nothing more ("nee hoor", "dank je wel, dat was het").
 * `thanks` says whether it thanked. Null for anything else ("nee, ik heb nog een vraag").
 */
export function readGoodbye(text: string, options: { nothingMore: boolean }): { thanks: boolean } | null {
  let rest = ` ${normalize(text)} `;
  let nothingMore = false;
  if (options.nothingMore) {
    for (const phrase of NOTHING_MORE) {
      if (!rest.includes(` ${phrase} `)) continue;
      nothingMore = true;
      rest = rest.split(` ${phrase} `).join(' ');
    }
  }
  const w = words(rest.trim().replace(/\s+/g, ' '));
  if (!w.every((x) => THANKS.has(x) || THANKS_AROUND.has(x))) return null;
  if (!nothingMore && !w.some((x) => THANKS.has(x))) return null;
  return { thanks: w.some((x) => THANKS.has(x) && !FAREWELLS.has(x)) };
}

/** Below this the classifier's guess counts as unclear. */
const MIN_SCORE = 0.6;
/** Practice and lookup need a surer guess than money talk, which is where most people come for. */
const MIN_SCORE_OTHER = 0.7;

/** The corpus the opening classifier is trained on (`npm run train:models`). */
export const openingIntents: Readonly<Record<string, readonly string[]>> = corpus.intents;

let model: Promise<DutchClassifier> | undefined;
/** The opening classifier: its saved model, read once per process on first use (no training in the bot). */
export function openingModel(): Promise<DutchClassifier> {
  model ??= DutchClassifier.fromModel(() => readSavedModel('openings').model);
  return model;
}

/** The message without greeting words ("hallo, ik heb schulden" → "ik heb schulden"); '' when it only greets. */
function withoutGreeting(text: string): string {
  const w = words(normalize(text));
  let i = 0;
  while (i < w.length && isGreetingWord(w[i])) i++;
  return w.slice(i).join(' ');
}

/** What a person's first message asks for. Never throws. */
export async function readOpening(text: string): Promise<Opening> {
  try {
    const rest = withoutGreeting(text);
    if (rest !== '' && onlyThanks(rest)) return { way: 'thanks', facts: {} };
    if (rest === '') return { way: normalize(text) === '' ? 'unclear' : 'greeting', facts: {} };
    if (onlySmallTalk(rest, rest !== normalize(text))) return { way: 'greeting', facts: {} };
    const w = words(rest);
    // "ik wil niet oefenen, ik heb schulden": a practice word said no to is no wish to practise.
    const practice = w.some((x, i) => PRACTICE_WORDS.some((p) => x.startsWith(p)) && !w.slice(Math.max(0, i - 2), i).some((y) => NEGATIONS.has(y))) || PRACTICE_PHRASES.some((p) => ` ${rest} `.includes(` ${p} `));
    const lookup = asksLookup(rest);
    // Both named ("oefenen of opzoeken"): the welcome's question decides.
    if (practice && !lookup && !w.some((x) => LOOKUP_WORDS.some((l) => x.startsWith(l)))) return { way: 'oefenen', facts: {} };
    if (lookup && !practice) return { way: 'wegwijzer', facts: {}, query: text.trim().slice(0, 200) };
    // A professional who asks something looks it up; otherwise the classifier picks between practice and the lookup.
    if (speaksAsProfessional(rest)) {
      if (text.includes('?') || w.some((x) => QUESTION_WORDS.has(x))) return { way: 'wegwijzer', facts: {}, query: text.trim().slice(0, 200) };
      const { intent, score } = await openingModel().then((m) => m.classify(rest));
      return { way: (intent === 'oefenen' || intent === 'wegwijzer') && score >= MIN_SCORE_OTHER ? intent : 'unclear', facts: {} };
    }
    const [facts, { intent, score }] = await Promise.all([extractFacts(rest), openingModel().then((m) => m.classify(rest))]);
    // Money talk wins over a guess at practice or lookup: most people come for that.
    if (hasFacts(facts) || aboutMoney(rest)) return { way: 'gesprek', facts };
    // Practice needs a word of practice or of a professional (above): a client who lands in it by a guess ("ik ben
    // het zelf", "ben nu wel safe") would get a simulated client, and no crisis check.
    if (intent === 'wegwijzer' && score >= MIN_SCORE_OTHER) return { way: intent, facts: {} };
    if (intent === 'gesprek' && score >= MIN_SCORE) return { way: 'gesprek', facts };
    return { way: 'unclear', facts: {} };
  } catch {
    return { way: 'unclear', facts: {} };
  }
}
