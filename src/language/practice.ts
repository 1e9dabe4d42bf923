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

/** Words that may stand where a phrase has ' … ' ("ik zeg het echt tegen niemand" for "ik … tegen niemand"). */
const MAX_GAP_WORDS = 3;

/** A phrase with gaps as a pattern over normalised text (made once per phrase). */
const gapPatterns = new Map<string, RegExp>();
function gapPattern(phrase: string): RegExp {
  let pattern = gapPatterns.get(phrase);
  if (!pattern) {
    const parts = phrase.split('…').map(normalize); // normalised: letters, digits and spaces only
    pattern = new RegExp(`(^| )${parts.join(`( [a-z0-9]+){0,${MAX_GAP_WORDS}} `)}( |$)`);
    gapPatterns.set(phrase, pattern);
  }
  return pattern;
}

function has(text: string, phrase: string): boolean {
  if (phrase.includes('…')) return gapPattern(phrase).test(text);
  const p = normalize(phrase.replace(/\*$/, ''));
  if (phrase.endsWith('*')) return words(text).some((w) => w.startsWith(p));
  return ` ${text} `.includes(` ${p} `);
}

/** The criteria a message meets; a secrecy promise that also names its limits ("behalve als ik iets moet melden") is explaining the frame. */
function criteriaIn(text: string): PracticeCriterion[] {
  const met = PRACTICE_CRITERIA.filter((c) => (lexicon.criteria[c] ?? []).some((p) => has(text, p)));
  return met.includes('kader') ? met.filter((c) => c !== 'geheimBelofte') : met;
}

/** Sentences that tell the client about confidentiality, whether its limits or a promise of secrecy: no question to the client. */
const ABOUT_CONFIDENTIALITY: readonly PracticeCriterion[] = ['kader', 'geheimBelofte'];

/**
 * What a message asks the client, without the sentences about confidentiality ("Wat je hier vertelt blijft
 * tussen ons."): '' when it asks nothing else, so no technique is read into a frame or a promise. A frame put
 * as a question ("Weet je wat ik moet melden?") stays a question.
 */
export function questionPart(raw: string): string {
  const text = raw.slice(0, 500);
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
  const rest = sentences.filter((s) => !criteriaIn(normalize(s)).some((c) => ABOUT_CONFIDENTIALITY.includes(c))).join(' ');
  if (rest === '' && text.includes('?') && !criteriaIn(normalize(text)).includes('geheimBelofte')) return text;
  return rest;
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
