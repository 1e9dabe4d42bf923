import { readPractice, type AnswerKind } from '../language';
import type { TechniqueClassifier } from '../language/techniques';
import type { AnswerReader } from './flowRunner';

/** Practice questions are read by the technique classifier plus the topic and criteria lexicon. */
export function practiceReaders(classifier: TechniqueClassifier | undefined): Partial<Record<AnswerKind, AnswerReader>> {
  if (!classifier) return {};
  return {
    practice: async (text) => {
      if (text.trim() === '') return null;
      const reading = readPractice(text);
      if (reading.finish) return { type: 'PRACTICE', technique: 'inKaart', topics: [], criteria: [], finish: true };
      const { technique } = await classifier.classify(text);
      return { type: 'PRACTICE', technique, topics: reading.topics, criteria: reading.criteria, finish: false };
    },
  };
}
