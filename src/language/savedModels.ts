import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';

/**
 * The nlp.js models the bot classifies with, trained at build time by `npm run train:models` and saved in the
 * repository (src/content/models/<name>.nlp.json): the running bot reads them on first use and never trains.
 * Each carries the hash of the corpus it was trained on; tests check that it still matches and that it is
 * exactly what training gives.
 */
export type SavedModelName = 'technieken' | 'openings' | 'facts';

export interface SavedModel {
  $comment: string;
  corpusHash: string;
  model: object;
}

/** The saved model's path, relative to the project root. */
export function savedModelFile(name: SavedModelName): string {
  return path.join('src', 'content', 'models', `${name}.nlp.json`);
}

/** sha256 of a corpus as [intent, examples] pairs in a fixed order: changes whenever an example is added, removed or edited. */
export function corpusHash(intents: ReadonlyArray<readonly [string, readonly string[]]>): string {
  return createHash('sha256').update(JSON.stringify(intents)).digest('hex');
}

export function readSavedModel(name: SavedModelName, root: string = projectRoot()): SavedModel {
  return JSON.parse(readFileSync(path.join(root, savedModelFile(name)), 'utf8')) as SavedModel;
}
