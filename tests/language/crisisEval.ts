import { z } from 'zod';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import tuningRaw from './crisis.tuning.nl.json';
import heldoutRaw from './crisis.heldout.nl.json';
import { detectCrisis } from '../../src/language';
import { CRISIS_TYPES, type Crisis, type CrisisLevel } from '../../src/language/crisis';

const Cases = z.object({
  $comment: z.string(),
  cases: z.array(z.tuple([z.string().min(1), z.enum(CRISIS_TYPES).nullable(), z.enum(['certain', 'possible']).nullable()])),
});
export type CrisisCase = z.infer<typeof Cases>['cases'][number];

/** The former held-apart rounds, `crisis.roundN.nl.json`, in the order of N: a new round is a new file, nothing more. */
function rounds(): CrisisCase[] {
  return readdirSync(__dirname)
    .map((file) => ({ file, n: /^crisis\.round(\d+)\.nl\.json$/.exec(file)?.[1] }))
    .filter((round): round is { file: string; n: string } => round.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n))
    .flatMap(({ file }) => Cases.parse(JSON.parse(readFileSync(path.join(__dirname, file), 'utf8'))).cases);
}

/**
 * The crisis sentences of issue 10. Tuning: the first corpus, and the former held-apart rounds, each measured
 * once before it was tuned on (round 1, split off the first corpus; rounds 2 to 36, written fresh by someone
 * who had not seen the rules; see their $comment). Held apart: round 24, a standard mix written the same way at
 * the same time as rounds 18 to 23 (each of those stresses one kind of message: see their $comment), never tuned on.
 * Rounds 25 to 36 came after, each from another kind of writer or a second take on one of 18 to 23.
 */
export const CRISIS_CORPORA = {
  tuning: [...Cases.parse(tuningRaw).cases, ...rounds()],
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
