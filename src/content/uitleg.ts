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
  /** A question (by its content key) in other, simpler words. */
  vragen: z.record(z.string(), z.object({ say: Explanation }).strict()),
});

const parsed = parseDataFile('content/nl/uitleg.json', UitlegSchema, rawUitleg);
const unknownKey = Object.keys(parsed.vragen).find((key) => !isContentKey(key));
if (unknownKey) throw new Error(`content/nl/uitleg.json: vragen.${unknownKey} is no question the bot asks`);

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

/** The questions that have a rewording (a test checks every question of the client conversation has one). */
export const rewordedQuestions: readonly string[] = Object.keys(parsed.vragen);
