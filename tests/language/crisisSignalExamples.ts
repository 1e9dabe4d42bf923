import { createHash } from 'node:crypto';
import { content } from '../../src/content';
import { crisisWords } from '../../src/language/crisis';
import type { SignalExample } from '../../src/language/crisisSignal';
import { CRISIS_CORPORA, type CrisisCase } from './crisisEval';
import { FREE_TEXT } from './freeTextEval';
import calmRaw from './calm.nl.json';
import calm2Raw from './calm2.nl.json';
import calm3Raw from './calm3.nl.json';
import calm4Raw from './calm4.nl.json';
import idiomsRaw from './calm.idioms.nl.json';
import { z } from 'zod';

/**
 * What the learned crisis signal is trained on: every crisis sentence the rules were tuned on, with its type
 * ('calm' for money talk and near-misses), and every free-text message of the development set and the four calm chat corpora, the idioms as calm talk.
 * Never the held-apart rounds: they measure it. `npm run train:models` trains on these; a test checks that
 * the saved model matches them.
 */
export function signalExamples(): SignalExample[] {
  return signalExamplesFrom(CRISIS_CORPORA.tuning);
}

/** The examples with these crisis sentences (also with a round left out, to choose the threshold on it). */
export function signalExamplesFrom(crisisCases: readonly CrisisCase[]): SignalExample[] {
  const { openings, answers, facts } = FREE_TEXT.development;
  const buttons = Object.values(content.texts).flatMap((entry) => Object.values(entry.choices ?? {}).map((choice) => choice.title));
  const CalmChat = z.object({ $comment: z.string(), messages: z.array(z.string().min(1)) });
  const calmChat = [...CalmChat.parse(calmRaw).messages, ...CalmChat.parse(calm2Raw).messages, ...CalmChat.parse(calm3Raw).messages, ...CalmChat.parse(calm4Raw).messages, ...CalmChat.parse(idiomsRaw).messages];
  const calmTalk = [...openings.map(([text]) => text), ...answers.map(([, text]) => text), ...facts.map(([text]) => text), ...calmChat, ...buttons];
  return [...crisisCases.map(([text, type]): SignalExample => [crisisWords(text), type ?? 'calm']), ...calmTalk.map((text): SignalExample => [crisisWords(text), 'calm'])];
}

/** sha256 of the examples in order: changes when a sentence, its label or the way words are read changes. */
export function examplesHash(examples: readonly SignalExample[]): string {
  return createHash('sha256').update(JSON.stringify(examples)).digest('hex');
}
