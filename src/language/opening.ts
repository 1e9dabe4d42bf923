import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import { extractFacts, hasFacts, type Facts } from './facts';
import { DutchClassifier } from './nlpModel';
import { normalize, words } from './normalize';
import raw from './openings.nl.json';

/** Where a first message leads: one of the three ways in, a greeting back, or one short question. */
export const OPENING_WAYS = ['gesprek', 'oefenen', 'wegwijzer', 'greeting', 'thanks', 'unclear'] as const;
export type OpeningWay = (typeof OPENING_WAYS)[number];

export interface Opening {
  way: OpeningWay;
  /** What the message already said about the situation (for the money conversation). */
  facts: Facts;
}

const CorpusSchema = z.object({
  greetings: z.array(z.string().min(1)),
  /** Thanks and goodbyes ("bedankt", "doei"): a kind word back, never a question that sounds like a new start. */
  thanks: z.array(z.string().min(1)),
  /** Words that may stand around a thanks ("heel erg bedankt voor de hulp"). */
  thanksAround: z.array(z.string().min(1)),
  /** Word starts of the money domain ("incasso", "betal"): such a message is money talk unless surely something else. */
  moneyWords: z.array(z.string().min(2)),
  intents: z.object({ gesprek: z.array(z.string()), oefenen: z.array(z.string()), wegwijzer: z.array(z.string()), None: z.array(z.string()) }),
});
const corpus = parseDataFile('language/openings.nl.json', CorpusSchema, raw);
const GREETINGS = new Set(corpus.greetings.map(normalize));
const THANKS = new Set(corpus.thanks.map(normalize));
const THANKS_AROUND = new Set(corpus.thanksAround.map(normalize));
const MONEY_WORDS = corpus.moneyWords.map(normalize);

/** True when a word of the message starts with a word of the money domain. */
const aboutMoney = (text: string) => words(normalize(text)).some((w) => MONEY_WORDS.some((m) => w.startsWith(m)));

/** Only thanks or goodbye: at least one thanks word, and nothing but words that go with it. */
function onlyThanks(text: string): boolean {
  const w = words(text);
  return w.some((x) => THANKS.has(x)) && w.every((x) => THANKS.has(x) || THANKS_AROUND.has(x));
}

/** Below this the classifier's guess counts as unclear. */
const MIN_SCORE = 0.6;
/** Practice and lookup need a surer guess than money talk, which is where most people come for. */
const MIN_SCORE_OTHER = 0.7;

let model: Promise<DutchClassifier> | undefined;
export function openingModel(): Promise<DutchClassifier> {
  model ??= DutchClassifier.train(corpus.intents);
  return model;
}

/** The message without greeting words ("hallo, ik heb schulden" → "ik heb schulden"); '' when it only greets. */
function withoutGreeting(text: string): string {
  const w = words(normalize(text));
  let i = 0;
  while (i < w.length && GREETINGS.has(w[i])) i++;
  return w.slice(i).join(' ');
}

/** What a person's first message asks for. Never throws. */
export async function readOpening(text: string): Promise<Opening> {
  try {
    const rest = withoutGreeting(text);
    if (rest !== '' && onlyThanks(rest)) return { way: 'thanks', facts: {} };
    if (rest === '') return { way: normalize(text) === '' ? 'unclear' : 'greeting', facts: {} };
    const [facts, { intent, score }] = await Promise.all([extractFacts(rest), openingModel().then((m) => m.classify(rest))]);
    if ((intent === 'oefenen' || intent === 'wegwijzer') && score >= MIN_SCORE_OTHER) return { way: intent, facts: {} };
    if (hasFacts(facts) || (intent === 'gesprek' && score >= MIN_SCORE) || aboutMoney(rest)) return { way: 'gesprek', facts };
    return { way: 'unclear', facts: {} };
  } catch {
    return { way: 'unclear', facts: {} };
  }
}
