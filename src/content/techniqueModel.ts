import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';
import { TECHNIQUE_CLASSES, TechniqueClassifier, type TechniqueCorpus } from '../language/techniques';

/**
 * The technique classifier's model, trained at build time from content/nl/technieken.json by
 * `npm run train:models` and saved in the repository; the bot loads it instead of training at start-up.
 * It carries the hash of the corpus it was trained on, and a test checks that it still matches.
 */
export const TECHNIQUE_MODEL_FILE = path.join('src', 'content', 'models', 'technieken.nlp.json');

export interface SavedTechniqueModel {
  $comment: string;
  corpusHash: string;
  model: object;
}

/** sha256 of the corpus in class order: changes whenever an example is added, removed or edited. */
export function corpusHash(corpus: TechniqueCorpus): string {
  return createHash('sha256').update(JSON.stringify(TECHNIQUE_CLASSES.map((c) => [c, corpus[c]]))).digest('hex');
}

export function readSavedTechniqueModel(root: string = projectRoot()): SavedTechniqueModel {
  return JSON.parse(readFileSync(path.join(root, TECHNIQUE_MODEL_FILE), 'utf8')) as SavedTechniqueModel;
}

/** The classifier from the saved model; the file is read on first use (or `ready()`), not at start-up. */
export function savedTechniqueClassifier(): TechniqueClassifier {
  return TechniqueClassifier.fromModel(() => readSavedTechniqueModel().model);
}
