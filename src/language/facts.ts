import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import raw from './facts.nl.json';
import { DutchClassifier } from './nlpModel';
import { readSavedModel } from './savedModels';
import { mentionsUnnegated, NEGATIONS } from './mentions';
import { Remembered } from '../remembered';
import { lexicon } from './lexicon';
import { normalize, words } from './normalize';

/** Where the person's money comes from, as they say it. */
export const INCOME_KINDS = ['werk', 'uitkering', 'allebei', 'familie', 'geen'] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

/** What a message says about the person's situation, beyond the question asked. Only what was said is set. */
export const FactsSchema = z.object({
  released: z.boolean().optional(),
  cjib: z.boolean().optional(),
  debts: z.boolean().optional(),
  income: z.enum(INCOME_KINDS).optional(),
  arrears: z.boolean().optional(),
  informal: z.boolean().optional(),
  /** The debt to people is owed on the street or in the criminal circuit (a dealer): advice of its own, never "mensen die je kent". */
  street: z.boolean().optional(),
  helpNow: z.boolean().optional(),
  housing: z.boolean().optional(),
  /** An eviction or a cut-off is coming ("ik moet volgende week mijn huis uit", "ze sluiten mijn gas af"): the urgent path of the routekaart. */
  urgent: z.literal(true).optional(),
});
export type Facts = z.infer<typeof FactsSchema>;

const Phrases = z.array(z.string().min(1));
const CorpusSchema = z.object({
  intents: z.record(Phrases),
  anchors: z.record(Phrases),
  creditors: z.object({ cjib: Phrases, informeel: Phrases, straat: Phrases, achterstand: Phrases }),
  /** Phrases that state an intent's facts whatever else their clause says, keyed by that intent. */
  entities: z.record(Phrases),
  /** The intents whose entity phrases tell what is already so even in an answer about the future or a wish ("ik ben net vrijgekomen"). */
  toldAnywhere: z.array(z.string()),
  /** Words of a wish or a plan ("ik wil later een eigen huis"): an entity phrase a few words after one states no fact. */
  wishWords: z.array(z.string().min(2)),
  /** Income applied for, not yet had ("uitkering ja aangevraagd"): such a clause states no income. */
  applied: z.array(z.string().min(2)),
  creditorPrepositions: Phrases,
  /** Per intent, word starts of which its clause must hold one too, so the fact is clearly said ("geen hulp" needs a word of absence). */
  clearlySaid: z.record(Phrases),
  /** Intents a wish or a need does not state ("ik heb hulp nodig" says nothing about help one has). */
  notInAWish: z.array(z.string()),
  /** Words about oneself that are not about money (reading, writing, language, health, tiredness). */
  aboutOneself: z.object({ words: Phrases, sentenceWide: z.array(z.string()) }),
});
const corpus = parseDataFile('language/facts.nl.json', CorpusSchema, raw);

/** How each intent of the corpus sets facts. */
const INTENT_FACTS: Record<string, Facts> = {
  vrij: { released: true },
  nietVrij: { released: false },
  cjib: { cjib: true, debts: true },
  geenCjib: { cjib: false },
  schulden: { debts: true },
  geenSchulden: { debts: false },
  uitkering: { income: 'uitkering' },
  werk: { income: 'werk' },
  allebei: { income: 'allebei' },
  geenInkomen: { income: 'geen' },
  familie: { income: 'familie' },
  achterstand: { arrears: true },
  geenAchterstand: { arrears: false },
  informeel: { informal: true, debts: true },
  hulp: { helpNow: true },
  geenHulp: { helpNow: false },
  geenWoning: { housing: false },
  geenInformeel: { informal: false },
  woning: { housing: true },
  ontruiming: { urgent: true },
  // Denied ("ik hoef er niet uit"): nothing is known from it; the question itself reads the "nee".
  geenOntruiming: {},
};

const ABOUT_ONESELF = new Set(corpus.aboutOneself.words.map((w) => normalize(w)));
const SENTENCE_WIDE = new Set(corpus.aboutOneself.sentenceWide);

/** The words hold one about oneself that is not about money ("lezen", "ziek", "moe"). */
function aboutOneself(text: string): boolean {
  return words(text).some((w) => ABOUT_ONESELF.has(w));
}

/** Below this score the classifier's guess does not count. */
const MIN_SCORE = 0.55;

/**
 * A clause "holds" a word start when one of its words begins with it (or, for a phrase, it stands in the
 * clause); a start of six letters or more may also stand inside a compound ("gokschulden", "huurschuld").
 */
function holds(clause: string, starts: readonly string[]): boolean {
  const w = words(clause);
  return starts.some((s) => (s.includes(' ') ? ` ${clause} `.includes(` ${s} `) : w.some((x) => x.startsWith(s) || (s.length >= 6 && x.includes(s)))));
}

/** A fact said, and its denial: when every anchor word in the clause is denied ("ook niet bij het CJIB"), the denial counts. */
const DENIED: Record<string, string> = { vrij: 'nietVrij', cjib: 'geenCjib', schulden: 'geenSchulden', hulp: 'geenHulp', achterstand: 'geenAchterstand', informeel: 'geenInformeel', ontruiming: 'geenOntruiming' };

/** "werk nee": the clause names the thing and says no right after it. */
function saidNoAfter(clause: string, anchors: readonly string[]): boolean {
  const w = words(clause);
  return w.some((x, i) => anchors.some((a) => !a.includes(' ') && x.startsWith(a)) && i + 1 < w.length && (lexicon.no.has(w[i + 1]) || NEGATIONS.has(w[i + 1])));
}

/** A denied debt that names its creditor denies only that creditor: "geen schulden bij het cjib" (maybe elsewhere). */
function deniedFacts(denial: string, clause: string): Facts {
  if (denial === 'geenSchulden' || denial === 'geenInformeel') {
    if (holds(clause, corpus.creditors.cjib)) return { cjib: false };
    if (holds(clause, corpus.creditors.informeel)) return { informal: false };
  }
  return INTENT_FACTS[denial];
}

/** A message in clauses: sentences, and parts joined by "en", "maar", "want", "dus", "ook". */
export function clausesOf(text: string): string[] {
  return text
    .slice(0, 1000)
    .split(/[.!?;,\n]+|\s(?:en|maar|want|dus|plus|ook|daarnaast|verder)\s/i)
    .map((c) => normalize(c))
    .filter((c) => c !== '');
}

/** The corpus the facts classifier is trained on (`npm run train:models`). */
export const factsIntents: Readonly<Record<string, readonly string[]>> = corpus.intents;

let model: Promise<DutchClassifier> | undefined;
/** The facts classifier: its saved model, read once per process on first use (no training in the bot). */
export function factsModel(): Promise<DutchClassifier> {
  model ??= DutchClassifier.fromModel(() => readSavedModel('facts').model);
  return model;
}

function merge(into: Facts, add: Facts): void {
  for (const [k, v] of Object.entries(add) as Array<[keyof Facts, Facts[keyof Facts]]>) {
    // "een boete bij het CJIB maar verder geen schulden": CJIB fines are debts whatever else is said.
    if (k === 'debts' && v === false && into.cjib === true) continue;
    if (k === 'income' && into.income && into.income !== v) {
      // "ik werk" and "ik heb een uitkering" in one message: both.
      const pair = new Set([into.income, v]);
      if (pair.has('werk') && pair.has('uitkering')) into.income = 'allebei';
      continue;
    }
    (into as Record<string, unknown>)[k] = v;
  }
}

/** What the question that was asked tells about the words of its answer. */
export interface FactsContext {
  // A new field here joins the key of what extractFacts remembers.
  /** The question asks about debts: a clause that only names people ("bij mijn broer") names who is owed. */
  creditors?: boolean;
}

/** Every anchor of an intent that sets facts: a clause holding none of them gets no intent's facts, whatever the classifier says. */
const ALL_ANCHORS = Object.entries(corpus.anchors).flatMap(([intent, anchors]) => (INTENT_FACTS[intent] ? anchors : []));

const NOT_IN_A_WISH = new Set(corpus.notInAWish);

/**
 * The clause says the intent's fact in words that clearly say it: the words its `clearlySaid` asks for, and no
 * wish or need for what it names ("ik heb hulp nodig" says nothing about help one has).
 */
function clearlySaid(intent: string, clause: string): boolean {
  const needs = corpus.clearlySaid[intent];
  if (needs && !holds(clause, needs)) return false;
  return !(NOT_IN_A_WISH.has(intent) && words(clause).some((w) => WISH_WORDS.has(w)));
}

/** The clause holds anchor words of the intent, and a denial stands a few words before each ("niet bij het cjib"). */
function anchoredAndAllDenied(clause: string, anchors: readonly string[]): boolean {
  const single = anchors.filter((a) => !a.includes(' '));
  const phrases = anchors.filter((a) => a.includes(' ')).map(words);
  const w = words(clause);
  const startsPhrase = (i: number) => phrases.some((p) => p.every((x, k) => w[i + k] === x));
  const at = w.flatMap((x, i) => (single.some((a) => x.startsWith(a)) || startsPhrase(i) ? [i] : []));
  return at.length > 0 && at.every((i) => w.slice(Math.max(0, i - 4), i).some((x) => NEGATIONS.has(x)));
}

/** A debt clause that names a creditor on the street or in the criminal circuit ("aan een dealer"). */
function streetIn(clause: string): Facts {
  return holds(clause, corpus.creditors.straat) ? { street: true } : {};
}

/** The facts in one clause: the classifier's intent, if its anchor words are there, plus creditors named in a debt clause. */
async function clauseFacts(clause: string, context: FactsContext, inSentenceAboutOneself = false): Promise<Facts> {
  const nlp = await factsModel();
  const facts: Facts = {};
  // "ik ben vrij slecht in lezen", "ik ben te moe om te werken": about oneself, not about money; no fact.
  if (aboutOneself(clause)) return facts;
  const clear = (intent: string) => clearlySaid(intent, clause) && !(inSentenceAboutOneself && SENTENCE_WIDE.has(intent));
  // The best intent whose anchor words the clause holds: "tijdelijk bij mijn ouders" is about a place to sleep, not a debt.
  // Most answers ("nee", "een baan met loonstrook") hold no anchor at all: then no intent can be it, and nlp.js is not asked.
  const best = !holds(clause, ALL_ANCHORS) ? undefined : (await nlp.rank(clause)).find(({ intent, score }) => score >= MIN_SCORE && (intent === 'None' || (INTENT_FACTS[intent] && holds(clause, corpus.anchors[intent] ?? []) && clear(intent))));
  if (best && DENIED[best.intent] && anchoredAndAllDenied(clause, corpus.anchors[best.intent] ?? [])) {
    merge(facts, deniedFacts(DENIED[best.intent], clause));
    return facts;
  }
  if (best?.intent === 'geenSchulden') {
    merge(facts, deniedFacts(best.intent, clause));
    return facts;
  }
  // "… maar wel bij de belastingdienst": after a denial, "wel" and a creditor say there is a debt there.
  const [first, second] = words(clause);
  if (first === 'wel' && corpus.creditorPrepositions.includes(second ?? '')) {
    merge(facts, { debts: true, ...(holds(clause, corpus.creditors.cjib) ? { cjib: true } : {}) });
    return facts;
  }
  if (!best || best.intent === 'None' || (context.creditors && corpus.creditorPrepositions.includes(words(clause)[0] ?? ''))) {
    // At a question about debts, "ja, bij mijn broer en bij jongens uit de buurt" says who is owed.
    if (context.creditors && holds(clause, corpus.creditors.cjib)) merge(facts, { cjib: true, debts: true });
    else if (context.creditors && holds(clause, corpus.creditors.informeel)) merge(facts, { informal: true, debts: true, ...streetIn(clause) });
    return facts;
  }
  const { intent } = best;
  // "uitkering aangevraagd, nog niks binnen": an application, not an income.
  if (INTENT_FACTS[intent]?.income && INTENT_FACTS[intent].income !== 'geen' && (holds(clause, corpus.applied) || saidNoAfter(clause, corpus.anchors[intent] ?? []))) return facts;
  merge(facts, INTENT_FACTS[intent]);
  if (facts.debts === true || facts.arrears === true) {
    if (holds(clause, corpus.creditors.cjib)) merge(facts, { cjib: true });
    if (facts.debts && holds(clause, corpus.creditors.informeel) && !facts.cjib) merge(facts, { informal: true });
    if (facts.informal) merge(facts, streetIn(clause));
    if (holds(clause, corpus.creditors.achterstand) && intent !== 'achterstand') merge(facts, { arrears: true });
  }
  return facts;
}

/** Everything a message says about the situation, read clause by clause. Never throws; an empty object when nothing is said. */
export async function extractFacts(text: string, context: FactsContext = {}): Promise<Facts> {
  if (typeof text !== 'string') return readFacts(text, context);
  const key = `${context.creditors === true ? 1 : 0}${text}`;
  const known = read.find(key);
  if (known) return { ...known };
  const facts = await readFacts(text, context);
  read.keep(key, { ...facts });
  return facts;
}

/**
 * Messages already read, with their facts (a copy goes out). The reading is a pure function of the text and
 * the question's `creditors`, and the same words come again and again (a button's title, "nee"): they are
 * not split and classified again. Bounded: cleared when full; long texts are not kept.
 */
const read = new Remembered<Facts>(2000, 401);

async function readFacts(text: string, context: FactsContext): Promise<Facts> {
  const facts: Facts = {};
  try {
    // Phrases that state a fact whatever else their clause says ("sinds ik vrij ben woon ik bij mijn oma").
    for (const [intent, phrases] of Object.entries(corpus.entities)) {
      // "ik heb bijstand aangevraagd": an application is no income yet.
      if (INTENT_FACTS[intent]?.income && holds(normalize(text), corpus.applied)) continue;
      if (INTENT_FACTS[intent] && states(text, phrases)) merge(facts, INTENT_FACTS[intent]);
    }
    // After a clause about debts, "… en bij een paar jongens van vroeger" names who else is owed. In a sentence
    // about reading, health or being tired, "niemand helpt me" is no word about help with money.
    for (const sentence of text.slice(0, 1000).split(/[.!?;\n]+/)) {
      const aboutSelf = aboutOneself(normalize(sentence));
      for (const clause of clausesOf(sentence)) merge(facts, await clauseFacts(clause, { ...context, creditors: context.creditors || facts.debts === true }, aboutSelf));
    }
  } catch {
    return {};
  }
  return facts;
}

const WISH_WORDS = new Set(corpus.wishWords.map((w) => normalize(w)));

/** The text states one of the phrases: not denied ("geen eigen huis"), and not a wish ("ik wil later een eigen huis"). */
function states(text: string, phrases: readonly string[]): boolean {
  if (!mentionsUnnegated(text, phrases)) return false;
  const w = words(normalize(text));
  return phrases.some((phrase) => {
    const p = words(normalize(phrase));
    for (let i = 0; i + p.length <= w.length; i++) {
      if (p.every((x, k) => w[i + k] === x) && !w.slice(Math.max(0, i - 4), i).some((x) => WISH_WORDS.has(x))) return true;
    }
    return false;
  });
}

/** Only what is told as already so, for a question about the future or a wish: never what may come ("misschien geen huis meer"). */
export function toldFacts(text: string): Facts {
  const facts: Facts = {};
  for (const intent of corpus.toldAnywhere) if (states(text, corpus.entities[intent] ?? [])) merge(facts, INTENT_FACTS[intent]);
  return facts;
}

export function hasFacts(facts: Facts | undefined): boolean {
  return facts !== undefined && Object.keys(facts).length > 0;
}
