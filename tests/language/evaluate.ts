import { z } from 'zod';
import corpusRaw from './corpus.nl.json';
import heldoutRaw from './heldout.nl.json';
import { detectCrisis, interpret, type AnswerKind, type Interpretation } from '../../src/language';

const Expected = z.union([z.number(), z.enum(['unknown', 'unclear', 'yes', 'no']), z.string(), z.object({ euros: z.number(), approximate: z.boolean().optional(), range: z.object({ min: z.number(), max: z.number() }).optional() })]);
const Case = z.tuple([z.string(), Expected]);
const Corpus = z.object({
  now: z.string(),
  yesNo: z.array(Case),
  amount: z.array(Case),
  choice: z.object({ choices: z.array(z.object({ id: z.string(), title: z.string(), synonyms: z.array(z.string()) })), cases: z.array(Case) }),
  crisis: z.array(z.tuple([z.string(), z.enum(['suicide', 'hunger', 'homeless', 'violence']).nullable()])),
});

export interface KindResult {
  kind: string;
  total: number;
  correct: number;
  failures: Array<{ text: string; expected: unknown; got: unknown }>;
}

export interface CrisisResult extends KindResult {
  /** Of the messages that are a crisis, the share detected (any type counts as detected). */
  recall: number;
  /** Of the messages that must not match, the share wrongly flagged. */
  falseAlarmRate: number;
}

type CorpusData = z.infer<typeof Corpus>;

/** The corpus the Dutch layer was built against, and the one held apart from it. */
export const CORPORA = { development: Corpus.parse(corpusRaw), heldout: Corpus.parse(heldoutRaw) };

/** What `interpret` should return for a corpus entry of this kind. */
function expectedInterpretation(kind: AnswerKind, expected: z.infer<typeof Expected>): Interpretation {
  if (expected === 'unknown' || expected === 'unclear' || expected === 'yes' || expected === 'no') return { kind: expected };
  switch (kind) {
    case 'amount':
      return typeof expected === 'number'
        ? { kind: 'amount', euros: expected }
        : { kind: 'amount', ...(expected as { euros: number; approximate?: boolean; range?: { min: number; max: number } }) };
    default:
      return { kind: 'choice', id: expected as string };
  }
}

/** Amounts compare on euros, range and the approximate flag when the corpus names it; "ong 3000" may or may not be marked approximate. */
function matches(kind: AnswerKind, got: Interpretation, want: Interpretation): boolean {
  if (got.kind !== want.kind) return false;
  if (kind === 'amount' && got.kind === 'amount' && want.kind === 'amount') {
    if (Math.abs(got.euros - want.euros) > 0.005) return false;
    if (want.approximate !== undefined && Boolean(got.approximate) !== want.approximate) return false;
    if (want.range && JSON.stringify(got.range) !== JSON.stringify(want.range)) return false;
    return true;
  }
  return JSON.stringify(got) === JSON.stringify(want);
}

function evaluateKind(corpus: CorpusData, kind: AnswerKind, cases: Array<[string, z.infer<typeof Expected>]>, options = {}): KindResult {
  const failures: KindResult['failures'] = [];
  for (const [text, expected] of cases) {
    const want = expectedInterpretation(kind, expected);
    const got = interpret(text, kind, options);
    if (!matches(kind, got, want)) failures.push({ text, expected: want, got });
  }
  return { kind, total: cases.length, correct: cases.length - failures.length, failures };
}

function evaluateCrisis(corpus: CorpusData): CrisisResult {
  const failures: KindResult['failures'] = [];
  let crises = 0;
  let detected = 0;
  let calm = 0;
  let falseAlarms = 0;
  for (const [text, expected] of corpus.crisis) {
    // Any level counts as detected; on a calm message only a certain alarm (the crisis answer) is false: a possible one gets a gentle check.
    const found = detectCrisis(text);
    const got = found?.type ?? null;
    if (expected) {
      crises++;
      if (got) detected++;
    } else {
      calm++;
      if (found?.level === 'certain') falseAlarms++;
    }
    if (expected ? got !== expected : found?.level === 'certain') failures.push({ text, expected, got });
  }
  return {
    kind: 'crisis',
    total: corpus.crisis.length,
    correct: corpus.crisis.length - failures.length,
    failures,
    recall: crises === 0 ? 1 : detected / crises,
    falseAlarmRate: calm === 0 ? 0 : falseAlarms / calm,
  };
}

export function evaluateLanguage(corpus: CorpusData = CORPORA.development): { kinds: KindResult[]; crisis: CrisisResult; utterances: number } {
  const kinds = [
    evaluateKind(corpus, 'yesNo', corpus.yesNo),
    evaluateKind(corpus, 'amount', corpus.amount),
    evaluateKind(corpus, 'choice', corpus.choice.cases, { choices: corpus.choice.choices }),
  ];
  const crisis = evaluateCrisis(corpus);
  return { kinds, crisis, utterances: kinds.reduce((n, k) => n + k.total, 0) + crisis.total };
}

export const TARGETS = { accuracy: 0.97, crisisRecall: 0.99 };
