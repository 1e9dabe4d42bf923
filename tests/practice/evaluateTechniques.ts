import trainRaw from '../../src/content/nl/technieken.json';
import testRaw from './techniques.test-set.nl.json';
import { parseDataFile } from '../../src/dataFile';
import { TECHNIQUE_CLASSES, TechniqueClassifier, TechniqueCorpusSchema, type TechniqueClass } from '../../src/language/techniques';

export const TECHNIQUE_TARGET = 0.85;

export interface TechniqueEval {
  accuracy: number;
  total: number;
  perClass: Record<TechniqueClass, { correct: number; total: number }>;
  failures: Array<{ text: string; expected: TechniqueClass; got: TechniqueClass }>;
}

/** Trains on the content's examples and measures on the held-apart test set. */
export async function evaluateTechniques(): Promise<TechniqueEval> {
  const classifier = await TechniqueClassifier.train(parseDataFile('content/nl/technieken.json', TechniqueCorpusSchema, trainRaw));
  const testSet = parseDataFile('../tests/practice/techniques.test-set.nl.json', TechniqueCorpusSchema, testRaw);
  const perClass = Object.fromEntries(TECHNIQUE_CLASSES.map((c) => [c, { correct: 0, total: 0 }])) as TechniqueEval['perClass'];
  const failures: TechniqueEval['failures'] = [];
  for (const expected of TECHNIQUE_CLASSES) {
    for (const text of testSet[expected]) {
      const { technique } = await classifier.classify(text);
      perClass[expected].total++;
      if (technique === expected) perClass[expected].correct++;
      else failures.push({ text, expected, got: technique });
    }
  }
  const total = TECHNIQUE_CLASSES.reduce((n, c) => n + perClass[c].total, 0);
  const correct = TECHNIQUE_CLASSES.reduce((n, c) => n + perClass[c].correct, 0);
  return { accuracy: correct / total, total, perClass, failures };
}
