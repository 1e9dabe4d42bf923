import { z } from 'zod';
import tuningRaw from './crisis.tuning.nl.json';
import round1Raw from './crisis.round1.nl.json';
import round2Raw from './crisis.round2.nl.json';
import round3Raw from './crisis.round3.nl.json';
import round4Raw from './crisis.round4.nl.json';
import round5Raw from './crisis.round5.nl.json';
import round6Raw from './crisis.round6.nl.json';
import round7Raw from './crisis.round7.nl.json';
import round8Raw from './crisis.round8.nl.json';
import round9Raw from './crisis.round9.nl.json';
import round10Raw from './crisis.round10.nl.json';
import round11Raw from './crisis.round11.nl.json';
import round12Raw from './crisis.round12.nl.json';
import round13Raw from './crisis.round13.nl.json';
import heldoutRaw from './crisis.heldout.nl.json';
import { detectCrisis } from '../../src/language';
import { CRISIS_TYPES, type Crisis, type CrisisLevel } from '../../src/language/crisis';

const Cases = z.object({
  $comment: z.string(),
  cases: z.array(z.tuple([z.string().min(1), z.enum(CRISIS_TYPES).nullable(), z.enum(['certain', 'possible']).nullable()])),
});
export type CrisisCase = z.infer<typeof Cases>['cases'][number];

/**
 * The crisis sentences of issue 10. Tuning: the first corpus, and thirteen former held-apart rounds, each measured
 * once before it was tuned on (round 1, split off the first corpus; rounds 2 to 13, written fresh by someone
 * who had not seen the rules; see their $comment). Held apart: round 14, written the same way, never tuned on.
 */
export const CRISIS_CORPORA = {
  tuning: [...Cases.parse(tuningRaw).cases, ...Cases.parse(round1Raw).cases, ...Cases.parse(round2Raw).cases, ...Cases.parse(round3Raw).cases, ...Cases.parse(round4Raw).cases, ...Cases.parse(round5Raw).cases, ...Cases.parse(round6Raw).cases, ...Cases.parse(round7Raw).cases, ...Cases.parse(round8Raw).cases, ...Cases.parse(round9Raw).cases, ...Cases.parse(round10Raw).cases, ...Cases.parse(round11Raw).cases, ...Cases.parse(round12Raw).cases, ...Cases.parse(round13Raw).cases],
  heldout: Cases.parse(heldoutRaw).cases,
};

export interface LevelResult {
  total: number;
  /** Detected at any level: the person gets help or the check question. */
  detected: number;
  /** Detected at the level the corpus names. */
  atLevel: number;
}

export interface CrisisLevelReport {
  levels: Record<CrisisLevel, LevelResult>;
  /** Ordinary money talk (cases with no type). */
  calm: number;
  certainAlarms: number;
  possibleAlarms: number;
  failures: Array<{ text: string; expected: string; got: string }>;
}

const show = (c: Crisis | null) => (c ? `${c.type}/${c.level}` : 'none');

export function evaluateCrisisLevels(cases: readonly CrisisCase[]): CrisisLevelReport {
  const report: CrisisLevelReport = {
    levels: { certain: { total: 0, detected: 0, atLevel: 0 }, possible: { total: 0, detected: 0, atLevel: 0 } },
    calm: 0,
    certainAlarms: 0,
    possibleAlarms: 0,
    failures: [],
  };
  for (const [text, type, level] of cases) {
    const got = detectCrisis(text);
    if (type === null || level === null) {
      report.calm++;
      if (got?.level === 'certain') report.certainAlarms++;
      if (got?.level === 'possible') report.possibleAlarms++;
      if (got) report.failures.push({ text, expected: 'none', got: show(got) });
      continue;
    }
    const result = report.levels[level];
    result.total++;
    if (got) result.detected++;
    if (got?.level === level) result.atLevel++;
    if (!got || got.type !== type || got.level !== level) report.failures.push({ text, expected: `${type}/${level}`, got: show(got) });
  }
  return report;
}

/** Recall counting both levels: a crisis detected as certain or possible. */
export function recall(report: CrisisLevelReport): number {
  const { certain, possible } = report.levels;
  return (certain.detected + possible.detected) / Math.max(1, certain.total + possible.total);
}
