import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import raw from './practiceTopics.nl.json';
import { normalize, words } from './normalize';

const Phrases = z.array(z.string().min(1));
const PracticeLexiconSchema = z.object({ topics: z.record(Phrases), criteria: z.record(Phrases), finish: Phrases });
const lexicon = parseDataFile('language/practiceTopics.nl.json', PracticeLexiconSchema, raw);

/** `geheimBelofte`: a promise of secrecy without its limits, feedback material in a compulsory setting. */
export const PRACTICE_CRITERIA = ['kader', 'willenKunnen', 'schaarste', 'geheimBelofte'] as const;
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

/** The criteria a message meets; a secrecy promise that also names its limits ("behalve als ik iets moet melden") is explaining the frame. */
function criteriaIn(text: string): PracticeCriterion[] {
  const met = PRACTICE_CRITERIA.filter((c) => (lexicon.criteria[c] ?? []).some((p) => has(text, p)));
  return met.includes('kader') ? met.filter((c) => c !== 'geheimBelofte') : met;
}

export function readPractice(raw: string): PracticeReading {
  const text = normalize(raw);
  return {
    topics: Object.entries(lexicon.topics).filter(([, phrases]) => phrases.some((p) => has(text, p))).map(([topic]) => topic),
    criteria: criteriaIn(text),
    finish: lexicon.finish.some((p) => text === normalize(p)),
  };
}

export const PRACTICE_TOPICS: readonly string[] = Object.keys(lexicon.topics);
