import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import raw from './practiceTopics.nl.json';
import { normalize, words } from './normalize';

const Phrases = z.array(z.string().min(1));
const PracticeLexiconSchema = z.object({ topics: z.record(Phrases), criteria: z.record(Phrases), finish: Phrases });
const lexicon = parseDataFile('language/practiceTopics.nl.json', PracticeLexiconSchema, raw);

export const PRACTICE_CRITERIA = ['kader', 'willenKunnen', 'schaarste'] as const;
export type PracticeCriterion = (typeof PRACTICE_CRITERIA)[number];

/** What a professional's message in practice mode is about; the technique comes from the classifier. */
export interface PracticeReading {
  topics: string[];
  criteria: PracticeCriterion[];
  finish: boolean;
}

function has(text: string, phrase: string): boolean {
  const p = normalize(phrase.replace(/\*$/, ''));
  if (phrase.endsWith('*')) return words(text).some((w) => w.startsWith(p));
  return ` ${text} `.includes(` ${p} `);
}

export function readPractice(raw: string): PracticeReading {
  const text = normalize(raw);
  return {
    topics: Object.entries(lexicon.topics).filter(([, phrases]) => phrases.some((p) => has(text, p))).map(([topic]) => topic),
    criteria: PRACTICE_CRITERIA.filter((c) => (lexicon.criteria[c] ?? []).some((p) => has(text, p))),
    finish: lexicon.finish.some((p) => text === normalize(p)),
  };
}

export const PRACTICE_TOPICS: readonly string[] = Object.keys(lexicon.topics);
