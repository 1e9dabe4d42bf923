import { extractFacts, matchChoice, questionPart, readOpening, readPractice, type AnswerKind, type OpeningWay } from '../language';
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
      // Only about confidentiality ("Wat je hier vertelt blijft tussen ons."): no question, so no technique.
      const question = questionPart(text);
      const technique = question === '' ? null : (await classifier.classify(question)).technique;
      return { type: 'PRACTICE', technique, topics: reading.topics, criteria: reading.criteria, finish: false };
    },
  };
}

/** A first message is read for the way in it asks for: a button's words first, then the opening classifier and facts. */
export function languageReaders(): Partial<Record<AnswerKind, AnswerReader>> {
  return {
    opening: async (text, choices) => {
      const id = matchChoice(text, choices);
      // A button's words ("ik heb schulden") still count for what they say about the situation.
      // Practice keeps the words too: a client named in them ("ik wil oefenen met Sandra") is the one to practise with.
      const practiceWords = (way: string) => (way === 'oefenen' ? { query: text.trim().slice(0, 200) } : {});
      if (id) return { type: 'OPENING', way: id as OpeningWay, facts: id === 'gesprek' ? await extractFacts(text) : {}, ...practiceWords(id) };
      const { way, facts, query } = await readOpening(text);
      return { type: 'OPENING', way, facts, ...(query ? { query } : practiceWords(way)) };
    },
  };
}
