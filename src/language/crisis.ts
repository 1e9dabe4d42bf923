import { normalize, words } from './normalize';
import { patternBook, type Sequence } from './crisisPatterns';
import { rules } from './crisisRules';
import { Remembered } from '../remembered';
import { savedCrisisSignal } from './crisisSignal';

import { CRISIS_TYPES, type Crisis, type CrisisLevel, type CrisisType } from './types';

export { CRISIS_TYPES, type Crisis, type CrisisLevel, type CrisisType };

const fillers = new Set(rules.fillers);
const { compile, starts, occurs, together, nearWords, joinSplitWords, withDroppedN } = patternBook(rules.concepts, fillers, new Set(rules.realWords));

interface CompiledRule {
  level: CrisisLevel;
  any?: Sequence[];
  keepFillers: boolean;
  all?: Sequence[];
  none: Sequence[];
  window: number;
}

const compiled = Object.fromEntries(
  CRISIS_TYPES.map((type) => [
    type,
    rules[type].map(
      (r): CompiledRule => ({
        level: r.level,
        any: r.any?.map((p) => compile(p, !r.keepFillers)),
        keepFillers: Boolean(r.keepFillers),
        all: r.all?.map((p) => compile(p, false)),
        none: (r.none ?? []).map((p) => compile(p, false, false)),
        window: r.window ?? rules.window,
      }),
    ),
  ]),
) as Record<CrisisType, CompiledRule[]>;
const chronicWords = rules.chronic.words.map((p) => compile(p, false, false));
const cancels = rules.cancels.map((c) => ({
  types: new Set<CrisisType>(c.types),
  words: c.words.map((p) => compile(p, false, false)),
  notAfter: new Set(c.notAfter ?? []),
  effect: c.effect ?? 'cancel',
  laterNow: new Set(c.laterNow ?? []),
}));

/**
 * Which sequences can start at a word: by the exact words, prefixes and long (typo-forgiving) words of each
 * sequence's first place. A message is checked only against the sequences one of its words can start, not
 * against every pattern (same result: a sequence that no word can start occurs nowhere).
 */
const firstWords = { exact: new Map<string, Sequence[]>(), prefixes: new Map<string, Sequence[]>(), fuzzy: new Map<string, Sequence[]>() };
const index = (map: Map<string, Sequence[]>, key: string, sequence: Sequence) => map.set(key, [...(map.get(key) ?? []), sequence]);
for (const sequence of [...Object.values(compiled).flatMap((list) => list.flatMap((r) => [...(r.any ?? []), ...(r.all ?? []), ...r.none])), ...chronicWords, ...cancels.flatMap((c) => c.words)]) {
  for (const set of [sequence[0].single, ...sequence[0].phrases.map((phrase) => phrase[0])]) {
    for (const word of set.exact) index(firstWords.exact, word, sequence);
    for (const prefix of set.prefixes) index(firstWords.prefixes, prefix, sequence);
    for (const long of set.fuzzy) index(firstWords.fuzzy, long, sequence);
  }
}

/** The sequences some word of the message can start (as `inSet` would accept it at their first place). */
function startable(words: readonly string[]): Set<Sequence> {
  const found = new Set<Sequence>();
  const add = (list: Sequence[] | undefined) => {
    if (list) for (const s of list) found.add(s);
  };
  for (const word of new Set(words)) {
    add(firstWords.exact.get(word));
    // The word's own starts, looked up, rather than every prefix of every pattern tried on the word.
    for (let length = prefixLengths.shortest; length <= Math.min(word.length, prefixLengths.longest); length++) add(firstWords.prefixes.get(word.slice(0, length)));
    if (word.length >= 6) for (const near of nearWords(word)) add(firstWords.fuzzy.get(near));
  }
  return found;
}
const prefixLengths = { shortest: Math.min(...[...firstWords.prefixes.keys()].map((p) => p.length)), longest: Math.max(0, ...[...firstWords.prefixes.keys()].map((p) => p.length)) };

/**
 * For each type, the rules a startable sequence can make hit, by rule number: a rule none of whose sequences
 * can start in the message does not hit (an 'any' rule needs one, an 'all' rule needs every one), so only
 * these are tried, in their order.
 */
const rulesOf = Object.fromEntries(
  CRISIS_TYPES.map((type) => {
    const map = new Map<Sequence, number[]>();
    compiled[type].forEach((rule, n) => {
      for (const s of [...(rule.any ?? []), ...(rule.all ?? [])]) map.set(s, [...(map.get(s) ?? []).filter((m) => m !== n), n]);
    });
    return [type, map];
  }),
) as Record<CrisisType, Map<Sequence, number[]>>;

function candidateRules(type: CrisisType, can: Set<Sequence>): number[] {
  const found = new Set<number>();
  for (const s of can) {
    const list = rulesOf[type].get(s);
    if (list) for (const n of list) found.add(n);
  }
  return [...found].sort((a, b) => a - b);
}

/** Short forms people type, written out ("m'n" → "mijn", "k" → "ik", "slape" → "slapen"), and long words typed in two ("van nacht", "slaap plek"). */
function canonicalWords(text: string): string[] {
  return joinSplitWords(words(normalize(text)).map((w) => withDroppedN(rules.spelling[w] ?? w)));
}

/** The words the crisis check reads in a message: the rules, and the learned signal (also when it is trained). */
export function crisisWords(text: string): string[] {
  return canonicalWords(text.slice(0, 2000));
}


export interface DetectOptions {
  // A new field here joins the key of what detectCrisis remembers.
  /** The person showed distress earlier in this conversation: a possible signal then counts as certain, and a signal that only money words cancelled counts as possible. */
  priorDistress?: boolean;
}

type Cancel = 'cancel' | 'someoneElse' | 'possible';

/**
 * Words that put the trouble in the past, or about someone else, cancel a hit of the types they name, make it one
 * check at most, or make it someone else's. Someone else's and not meant as it sounds (a joke, the past, "geweest")
 * is no crisis at all: "mijn buurman zegt altijd 'ik maak je af' maar dat is als grap".
 */
function cancelledFor(type: CrisisType, all: readonly string[], can: Set<Sequence>): Cancel | null {
  const effects = new Set<Cancel>();
  for (const c of cancels) {
    if (!c.types.has(type)) continue;
    const at = c.words.flatMap((s) => (can.has(s) ? starts(all, s) : [])).filter((n) => n === 0 || !c.notAfter.has(all[n - 1]));
    if (at.length === 0) continue;
    const backToNow = c.laterNow.size > 0 && all.slice(Math.min(...at) + 1).some((w) => c.laterNow.has(w));
    // Back to now: a cancel gives one check at most, a check-at-most gives nothing (the rule's own level stands).
    if (backToNow) {
      if (c.effect === 'cancel') effects.add('possible');
      continue;
    }
    if (c.effect === 'cancel') return 'cancel';
    effects.add(c.effect);
  }
  if (effects.has('someoneElse')) return effects.has('possible') ? 'cancel' : 'someoneElse';
  return effects.has('possible') ? 'possible' : null;
}

/** A type's reading: its level; someone else's trouble ('someoneElse'); cancelled by the past or someone else; or nothing. */
type TypeReading = CrisisLevel | 'someoneElse' | 'cancelled' | null;

/**
 * The strongest level a type's rules give for these words; 'someoneElse' when a rule hit but the trouble is
 * someone else's, asked about by the one who helps; 'cancelled' when a rule hit but words of the past or about
 * someone else cancelled it; else null (also when only a rule's own exceptions held it back).
 */
function levelOf(type: CrisisType, all: string[], core: string[], priorDistress: boolean, can: Set<Sequence>): TypeReading {
  let best: TypeReading = null;
  let over: Cancel | null | undefined;
  for (const n of candidateRules(type, can)) {
    const rule = compiled[type][n];
    const hit = rule.any ? rule.any.some((s) => can.has(s) && occurs(rule.keepFillers ? all : core, s)) : (rule.all ?? []).every((s) => can.has(s)) && together(all, rule.all ?? [], rule.window);
    if (!hit) continue;
    if (over === undefined) over = cancelledFor(type, all, can);
    const excepted = rule.none.some((s) => can.has(s) && occurs(all, s));
    const cancelled = over === 'cancel' || over === 'someoneElse' || excepted;
    let level: CrisisLevel | null = cancelled ? (priorDistress ? 'possible' : null) : rule.level;
    if (level === 'certain' && (over === 'possible' || (rules.chronic.types.includes(type) && chronicWords.some((s) => can.has(s) && occurs(all, s))))) level = 'possible';
    if (level === 'possible' && priorDistress && !cancelled && over !== 'possible') level = 'certain';
    if (level === 'certain') return 'certain';
    // Cancelled by words of the past or about someone else: no crisis, and the learned signal is not asked
    // either. Held back only by the rule's own exceptions ('none'): the learned signal still reads the message.
    const held = over === 'someoneElse' && !excepted ? 'someoneElse' : over === 'cancel' ? 'cancelled' : null;
    best = level ?? (best === 'possible' ? best : (held ?? best));
  }
  return best;
}

const homeWords = rules.home.map((p) => compile(p, false, false));
const partnerWords = rules.partners.map((p) => compile(p, false, false));
const othersHomeWords = rules.othersHome.map((p) => compile(p, false, false));

/** The message names one's partner ("mijn man en ik hebben samen schulden"): remembered, a later threat by "hij" is placed at home. */
export function namesPartner(text: string): boolean {
  const all = canonicalWords(String(text).slice(0, 2000));
  return partnerWords.some((s) => occurs(all, s));
}

/** Violence said to be at home ("mijn man slaat me", "thuis is het niet veilig"), or at someone else's ("mijn zus wordt geslagen door haar man"): the help starts with Veilig Thuis. */
export function violenceAtHome(text: string, whose: 'own' | 'someoneElse' = 'own'): boolean {
  const all = canonicalWords(String(text).slice(0, 2000));
  return (whose === 'own' ? homeWords : othersHomeWords).some((s) => occurs(all, s));
}

/**
 * A crisis in the message, whatever was asked: suicidal thoughts, violence or threats (also by people
 * the person owes money to), nowhere to sleep tonight, or no food. Built from concepts (what is
 * threatened, who threatens, hopelessness, means, time words) in `crisis.nl.json`. Ordinary money
 * worry ("ik zie het even niet zitten met die rekeningen") is no crisis.
 */
export function detectCrisis(text: string, options: DetectOptions = {}): Crisis | null {
  const { own } = readingOf(text, options);
  return own && { ...own };
}

/**
 * Someone else's crisis that the person asks about as the one who helps, when they have none of their own
 * ("mijn broer zegt dat hij er een eind aan wil maken, hoe kan ik hem helpen?"): the help for that other person.
 */
export function someoneElsesCrisis(text: string, options: DetectOptions = {}): CrisisType | null {
  return readingOf(text, options).someoneElse;
}

/** Words only a suicide has (concept `ownDeath`): the person themself, a means or a farewell ("voor mezelf", "pillen", "spring"). */
const ownDeathWords = compile('@ownDeath', false, false);

/**
 * Which of the types found at the same level comes first: in the order of CRISIS_TYPES (suicide first), except
 * that a threat comes before suicide when the message has no word only a suicide has: "hij zette een mes op mijn
 * keel" is a threat, "ik heb een mes gekocht, voor mezelf" is not.
 */
function firstOf(types: readonly CrisisType[], all: readonly string[]): CrisisType {
  if (types.includes('suicide') && types.includes('violence') && !occurs(all, ownDeathWords)) return 'violence';
  return types[0];
}

/** A crisis of the person's own, or else someone else's that they ask about as the one who helps. */
interface CrisisReading {
  own: Crisis | null;
  someoneElse: CrisisType | null;
}

/**
 * Messages already read, with the reading (copies go out). The reading is a pure function of the text and
 * `priorDistress`, and the same words come again and again (a button's title, "nee"). Bounded: cleared when
 * full; long texts are not kept.
 */
const read = new Remembered<CrisisReading>(4000, 401);
/** Words by which the person speaks of themself as the one it happens to ("een vriend van me" is who, not whom). */
const SELF = new Set(rules.speaksOfSelf.words);
const SELF_NOT_AFTER = new Set(rules.speaksOfSelf.notAfter);
const NOTHING: CrisisReading = { own: null, someoneElse: null };

function readingOf(text: string, options: DetectOptions): CrisisReading {
  if (typeof text !== 'string' || text.trim() === '') return NOTHING;
  return read.of(`${options.priorDistress ? 1 : 0}${text}`, () => check(text, options));
}

function check(text: string, options: DetectOptions): CrisisReading {
  const all = crisisWords(text);
  if (all.length === 0) return NOTHING;
  const core = all.filter((w) => !fillers.has(w));
  // The words of `core` are among those of `all`: what no word of `all` can start occurs in neither.
  const can = startable(all);
  const found: Record<CrisisLevel | 'someoneElse', CrisisType[]> = { certain: [], possible: [], someoneElse: [] };
  let cancelled = false;
  for (const type of CRISIS_TYPES) {
    const level = levelOf(type, all, core, Boolean(options.priorDistress), can);
    if (level === 'cancelled') cancelled = true;
    else if (level) found[level].push(type);
  }
  if (found.certain.length > 0) return { own: { type: firstOf(found.certain, all), level: 'certain' }, someoneElse: null };
  if (found.possible.length > 0) return { own: { type: firstOf(found.possible, all), level: 'possible' }, someoneElse: null };
  if (cancelled && found.someoneElse.length === 0) return NOTHING;
  // What no rule reads, the learned signal may: one gentle check at most, and words that put that trouble in
  // the past or with someone else ("mijn cliënt wordt bedreigd") cancel it as they cancel a rule.
  const signal = found.someoneElse.length > 0 ? null : savedCrisisSignal().read(all);
  const over = signal && cancelledFor(signal, all, can);
  if (over === 'cancel') return NOTHING;
  const other = over === 'someoneElse' ? signal : found.someoneElse.length > 0 ? firstOf(found.someoneElse, all) : null;
  if (!other) return signal ? { own: { type: signal, level: 'possible' }, someoneElse: null } : NOTHING;
  // Someone else's trouble, unless the person speaks of themself as the one it happens to as well ("mijn dochter
  // zei dat ze zich voor me schaamt, dan hoef ik er ook niet meer te zijn"), or of trouble in their own home
  // ("thuis is het soms raar, mn broer wordt heel snel boos"): then one check.
  const ownToo = all.some((w, i) => SELF.has(w) && !SELF_NOT_AFTER.has(all[i - 1])) || (other === 'violence' && homeWords.some((s) => occurs(all, s)));
  return ownToo ? { own: { type: other, level: 'possible' }, someoneElse: null } : { own: null, someoneElse: other };
}
