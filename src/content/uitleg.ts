import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import rawUitleg from './nl/uitleg.json';
import { isContentKey, type ContentKey } from './index';

/** One or two plain sentences; a bubble each. */
const Explanation = z.array(z.string().trim().min(1).max(200)).min(1).max(2);

const UitlegSchema = z.object({
  $comment: z.string().optional(),
  /** A hard word of the bot's questions and plan: the ways people write it, and what it means. */
  woorden: z.record(
    z.string().regex(/^[a-z][a-zA-Z]*$/),
    z.object({ words: z.array(z.string().trim().min(1)).min(1), say: Explanation, source: z.string().trim().min(5).optional() }).strict(),
  ),
  /** A question (by its content key) in other, simpler words; and, where it has its own, why it is asked. */
  vragen: z.record(z.string(), z.object({ say: Explanation, waarom: Explanation.optional() }).strict()),
});

const parsed = parseDataFile('content/nl/uitleg.json', UitlegSchema, rawUitleg);
const unknownKey = Object.keys(parsed.vragen).find((key) => !isContentKey(key));
if (unknownKey) throw new Error(`content/nl/uitleg.json: vragen.${unknownKey} is no question the bot asks`);

/**
 * The questions whose answers only go into the person's plan: without a "why" of their own, the general one
 * (`uitleg.waarom`) is true for them. The welcome asks before any conversation ("waarom" is no interrupt there);
 * every other question (the crisis answer's, the call-back's, whose answers go to the wijkteam) says its own why.
 */
const PLAN_QUESTION = /^(gesprek|routekaart)\./;
const WELCOME_QUESTION = /^welcome\./;
const withoutWhy = Object.entries(parsed.vragen).find(([key, entry]) => !entry.waarom && !PLAN_QUESTION.test(key) && !WELCOME_QUESTION.test(key));
if (withoutWhy) throw new Error(`content/nl/uitleg.json: vragen.${withoutWhy[0]} needs its own 'waarom': its answer is not only for the plan`);

/** The words the bot can explain ("wat is een bewindvoerder?"), with the ways they are written. */
export const explainableWords: ReadonlyArray<{ id: string; words: readonly string[] }> = Object.entries(parsed.woorden).map(([id, entry]) => ({ id, words: entry.words }));

/** What a word means, in one or two plain sentences. */
export function wordExplanation(id: string): readonly string[] | undefined {
  return parsed.woorden[id]?.say;
}

/** A question said in other, simpler words, if it has such a rewording. */
export function questionRewording(key: ContentKey): readonly string[] | undefined {
  return parsed.vragen[key]?.say;
}

/**
 * Why a question is asked ("waarom vraag je dat?"): its own words, the general ones (`uitleg.waarom`) for a
 * question of the plan, or nothing (a question of the welcome).
 */
export function questionWhy(key: ContentKey): { own: readonly string[] } | 'plan' | undefined {
  const own = parsed.vragen[key]?.waarom;
  if (own) return { own };
  return PLAN_QUESTION.test(key) ? 'plan' : undefined;
}

/** The questions that have a rewording (a test checks every question of the client conversation has one). */
export const rewordedQuestions: readonly string[] = Object.keys(parsed.vragen);
