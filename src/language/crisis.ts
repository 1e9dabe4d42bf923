import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import raw from './crisis.nl.json';
import { normalize, words } from './normalize';
import { patternBook, type Sequence } from './crisisPatterns';
import { Remembered } from '../remembered';
import { savedCrisisSignal } from './crisisSignal';

import { CRISIS_TYPES, type Crisis, type CrisisLevel, type CrisisType } from './types';

export { CRISIS_TYPES, type Crisis, type CrisisLevel, type CrisisType };

const Pattern = z.string().min(1);
const Rule = z
  .object({
    level: z.enum(['certain', 'possible']),
    any: z.array(Pattern).min(1).optional(),
    all: z.array(Pattern).min(1).optional(),
    none: z.array(Pattern).optional(),
    window: z.number().int().min(2).optional(),
    /** Filler words in these 'any' patterns count ("nog geen plek" is not "geen plek"). */
    keepFillers: z.boolean().optional(),
  })
  .strict()
  .refine((r) => Boolean(r.any) !== Boolean(r.all), 'a rule has either "any" or "all"');
const Rules = z.object({
  $comment: z.string().optional(),
  fillers: z.array(z.string()),
  spelling: z.record(z.string()),
  /** Real words one letter away from a pattern word, never read as its typo. */
  realWords: z.array(z.string().min(1)),
  window: z.number().int().min(2),
  concepts: z.record(z.array(Pattern).min(1)),
  suicide: z.array(Rule),
  violence: z.array(Rule),
  homeless: z.array(Rule),
  hunger: z.array(Rule),
  chronic: z.object({ types: z.array(z.enum(CRISIS_TYPES)), words: z.array(Pattern) }),
  /** Words that place violence at home (a partner, family, "thuis"): then Veilig Thuis comes first in the help. */
  home: z.array(Pattern),
  /** Words that name one's partner ("mijn man"): remembered, a later threat by "hij" is placed at home. */
  partners: z.array(Pattern).min(1),
  cancels: z.array(
    z
      .object({
        why: z.string().min(1),
        types: z.array(z.enum(CRISIS_TYPES)).min(1),
        words: z.array(Pattern).min(1),
        /** A cancelling word right after one of these does not cancel: "die jongens van vroeger" is who, not when. */
        notAfter: z.array(z.string()).optional(),
        /** 'cancel' (the default): no crisis; 'possible': at most one gentle check ("vroeger dacht ik aan zelfmoord"). */
        effect: z.enum(['cancel', 'possible']).optional(),
        /** One of these words after the cancelling one brings it back to now ("toen ik vastzat leende ik, sinds ik vrij ben…"): a cancel gives one check at most instead of no crisis, and a check-at-most does nothing. */
        laterNow: z.array(z.string()).optional(),
      })
      .strict(),
  ),
});

const rules = parseDataFile('language/crisis.nl.json', Rules, raw);
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

/** Words that put the trouble in the past, or about someone else, cancel a hit of the types they name, or make it one check at most. */
function cancelledFor(type: CrisisType, all: readonly string[], can: Set<Sequence>): 'cancel' | 'possible' | null {
  let effect: 'cancel' | 'possible' | null = null;
  for (const c of cancels) {
    if (!c.types.has(type)) continue;
    const at = c.words.flatMap((s) => (can.has(s) ? starts(all, s) : [])).filter((n) => n === 0 || !c.notAfter.has(all[n - 1]));
    if (at.length === 0) continue;
    const backToNow = c.laterNow.size > 0 && all.slice(Math.min(...at) + 1).some((w) => c.laterNow.has(w));
    // Back to now: a cancel gives one check at most, a check-at-most gives nothing (the rule's own level stands).
    if (backToNow) {
      if (c.effect === 'cancel') effect = 'possible';
      continue;
    }
    if (c.effect === 'cancel') return 'cancel';
    effect = 'possible';
  }
  return effect;
}

/**
 * The strongest level a type's rules give for these words; 'cancelled' when a rule hit but words of the past or
 * about someone else cancelled it; else null (also when only a rule's own exceptions held it back).
 */
function levelOf(type: CrisisType, all: string[], core: string[], priorDistress: boolean, can: Set<Sequence>): CrisisLevel | 'cancelled' | null {
  let best: CrisisLevel | 'cancelled' | null = null;
  let over: 'cancel' | 'possible' | null | undefined;
  for (const n of candidateRules(type, can)) {
    const rule = compiled[type][n];
    const hit = rule.any ? rule.any.some((s) => can.has(s) && occurs(rule.keepFillers ? all : core, s)) : (rule.all ?? []).every((s) => can.has(s)) && together(all, rule.all ?? [], rule.window);
    if (!hit) continue;
    if (over === undefined) over = cancelledFor(type, all, can);
    const cancelled = over === 'cancel' || rule.none.some((s) => can.has(s) && occurs(all, s));
    let level: CrisisLevel | null = cancelled ? (priorDistress ? 'possible' : null) : rule.level;
    if (level === 'certain' && (over === 'possible' || (rules.chronic.types.includes(type) && chronicWords.some((s) => can.has(s) && occurs(all, s))))) level = 'possible';
    if (level === 'possible' && priorDistress && !cancelled && over !== 'possible') level = 'certain';
    if (level === 'certain') return 'certain';
    // Cancelled by words of the past or about someone else: no crisis, and the learned signal is not asked
    // either. Held back only by the rule's own exceptions ('none'): the learned signal still reads the message.
    best = level ?? best ?? (over === 'cancel' ? 'cancelled' : null);
  }
  return best;
}

const homeWords = rules.home.map((p) => compile(p, false, false));
const partnerWords = rules.partners.map((p) => compile(p, false, false));

/** The message names one's partner ("mijn man en ik hebben samen schulden"): remembered, a later threat by "hij" is placed at home. */
export function namesPartner(text: string): boolean {
  const all = canonicalWords(String(text).slice(0, 2000));
  return partnerWords.some((s) => occurs(all, s));
}

/** Violence said to be at home ("mijn man slaat me", "thuis is het niet veilig"): the help starts with Veilig Thuis. */
export function violenceAtHome(text: string): boolean {
  const all = canonicalWords(String(text).slice(0, 2000));
  return homeWords.some((s) => occurs(all, s));
}

/**
 * A crisis in the message, whatever was asked: suicidal thoughts, violence or threats (also by people
 * the person owes money to), nowhere to sleep tonight, or no food. Built from concepts (what is
 * threatened, who threatens, hopelessness, means, time words) in `crisis.nl.json`. Ordinary money
 * worry ("ik zie het even niet zitten met die rekeningen") is no crisis.
 */
export function detectCrisis(text: string, options: DetectOptions = {}): Crisis | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const found = checked.of(`${options.priorDistress ? 1 : 0}${text}`, () => check(text, options));
  return found && { ...found };
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

/**
 * Messages already checked, with the answer (a copy goes out). The check is a pure function of the text and
 * `priorDistress`, and the same words come again and again (a button's title, "nee"). Bounded: cleared when
 * full; long texts are not kept.
 */
const checked = new Remembered<Crisis | null>(4000, 401);

function check(text: string, options: DetectOptions): Crisis | null {
  const all = crisisWords(text);
  if (all.length === 0) return null;
  const core = all.filter((w) => !fillers.has(w));
  // The words of `core` are among those of `all`: what no word of `all` can start occurs in neither.
  const can = startable(all);
  const found: Record<CrisisLevel, CrisisType[]> = { certain: [], possible: [] };
  let cancelled = false;
  for (const type of CRISIS_TYPES) {
    const level = levelOf(type, all, core, Boolean(options.priorDistress), can);
    if (level === 'certain' || level === 'possible') found[level].push(type);
    if (level === 'cancelled') cancelled = true;
  }
  if (found.certain.length > 0) return { type: firstOf(found.certain, all), level: 'certain' };
  const possible = found.possible.length > 0 ? firstOf(found.possible, all) : null;
  if (possible) return { type: possible, level: 'possible' };
  if (cancelled) return null;
  // What no rule reads, the learned signal may: one gentle check at most, and words that put that trouble in
  // the past or with someone else ("mijn cliënt wordt bedreigd") cancel it as they cancel a rule.
  const signal = savedCrisisSignal().read(all);
  return signal && cancelledFor(signal, all, can) !== 'cancel' ? { type: signal, level: 'possible' } : null;
}
