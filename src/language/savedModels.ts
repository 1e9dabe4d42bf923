import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../paths';

/**
 * The learned models the bot reads with, trained at build time by `npm run train:models` and saved in the
 * repository (src/content/models/): the nlp.js classifiers (technieken, openings, facts) and the learned crisis
 * signal (crisis). The running bot reads them on first use and never trains. Each carries the hash of what it
 * learned from; tests check that it still matches and that it is exactly what training gives.
 */
const FILES = { technieken: 'technieken.nlp.json', openings: 'openings.nlp.json', facts: 'facts.nlp.json', crisis: 'crisis.signal.json' } as const;
export type SavedModelName = keyof typeof FILES;

const SavedModelSchema = z.object({
  $comment: z.string(),
  corpusHash: z.string().regex(/^[0-9a-f]{64}$/),
  model: z.record(z.unknown()),
});
export type SavedModel = z.infer<typeof SavedModelSchema>;

/** The saved model's path, relative to the project root. */
export function savedModelFile(name: SavedModelName): string {
  return path.join('src', 'content', 'models', FILES[name]);
}

/** sha256 of a corpus as [intent, examples] pairs in a fixed order: changes whenever an example is added, removed or edited. */
export function corpusHash(intents: ReadonlyArray<readonly [string, readonly string[]]>): string {
  return createHash('sha256').update(JSON.stringify(intents)).digest('hex');
}

/** The saved model, its envelope checked (the model itself is checked by whoever reads it). */
export function readSavedModel(name: SavedModelName, root: string = projectRoot()): SavedModel {
  const file = savedModelFile(name);
  const parsed = SavedModelSchema.safeParse(JSON.parse(readFileSync(path.join(root, file), 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a saved model: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}. Run \`npm run train:models\`.`);
  return parsed.data;
}
