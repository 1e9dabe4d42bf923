import { fill, textEntry, type ContentKey } from '../content';
import type { AnswerKind, ChoiceOption } from '../language';
import { textMessage, type Reply, type TextReply } from './reply';

/** A question as a machine state asks it. */
export interface Question {
  key: ContentKey;
  expect: AnswerKind;
  choices?: readonly string[];
}

/** Values for `{name}` placeholders in content. */
export type RenderVars = Record<string, string | number>;

/** The lines of content texts, with their placeholders filled. */
export function lines(keys: ContentKey | readonly ContentKey[], vars: RenderVars = {}): string[] {
  return (typeof keys === 'string' ? [keys] : keys).flatMap((key) => textEntry(key).say.map((line) => fill(line, vars)));
}

/** The choices a question offers, with their words, for the language layer and for buttons. */
export function choicesOf(question: Question): ChoiceOption[] {
  switch (question.expect) {
    case 'choice': {
      const texts = textEntry(question.key).choices ?? {};
      return (question.choices ?? Object.keys(texts)).map((id) => {
        const text = texts[id];
        if (!text) throw new Error(`Content '${question.key}' has no choice '${id}'`);
        return { id, title: text.title, synonyms: text.synonyms, ...(text.combines ? { combines: text.combines } : {}) };
      });
    }
    case 'yesNo':
      return answerButtons('answer.yesNo');
    case 'amount':
      return answerButtons('answer.unknown');
    case 'opening': {
      const texts = textEntry(question.key).choices ?? {};
      return Object.entries(texts).map(([id, c]) => ({ id, title: c.title, synonyms: c.synonyms }));
    }
    case 'practice':
      return [];
    case 'phone':
      // The way out ("Toch niet bellen"): a phone number has no answer to fill in for the person.
    case 'name':
    case 'freeText':
      // Suggestions such as "Weet ik niet" or "Nog niets"; anything typed is an answer too.
      return answerButtons(question.key);
  }
}

function answerButtons(key: ContentKey): ChoiceOption[] {
  return Object.entries(textEntry(key).choices ?? {}).map(([id, c]) => ({ id, title: c.title, synonyms: c.synonyms }));
}

/** Statements: one short message per line of content. */
export function renderSay(keys: readonly ContentKey[], vars: RenderVars = {}): Reply[] {
  return lines(keys, vars).map((line) => textMessage(line));
}

/** A question: its lines, the last one with the answer buttons. */
export function renderQuestion(question: Question, vars: RenderVars = {}): Reply[] {
  // In practice mode the simulated client's answer is the prompt; there is nothing to ask.
  if (question.expect === 'practice') return [];
  const replies: TextReply[] = lines([question.key], vars).map((line) => textMessage(line));
  const buttons = choicesOf(question).map((c) => c.title);
  const last = replies[replies.length - 1];
  last.hint = 'expecting';
  if (buttons.length > 0) last.buttons = buttons;
  return replies;
}
