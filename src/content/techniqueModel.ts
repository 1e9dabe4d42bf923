import { corpusHash as hashOf, readSavedModel, savedModelFile, type SavedModel } from '../language/savedModels';
import { TECHNIQUE_CLASSES, TechniqueClassifier, type TechniqueCorpus } from '../language/techniques';

/**
 * The technique classifier's model, trained at build time from content/nl/technieken.json by
 * `npm run train:models` and saved in the repository; the bot loads it instead of training at start-up.
 * It carries the hash of the corpus it was trained on, and a test checks that it still matches.
 */
export const TECHNIQUE_MODEL_FILE = savedModelFile('technieken');

export type SavedTechniqueModel = SavedModel;

/** sha256 of the corpus in class order: changes whenever an example is added, removed or edited. */
export function corpusHash(corpus: TechniqueCorpus): string {
  return hashOf(TECHNIQUE_CLASSES.map((c) => [c, corpus[c]] as const));
}

export function readSavedTechniqueModel(root?: string): SavedTechniqueModel {
  return readSavedModel('technieken', root);
}

/** The classifier from the saved model; the file is read on first use (or `ready()`), not at start-up. */
export function savedTechniqueClassifier(): TechniqueClassifier {
  return TechniqueClassifier.fromModel(() => readSavedTechniqueModel().model);
}
