import { lines } from '../../src/conversation/render';
import { flows } from '../../src/conversation/flows';
import { explainableWords, questionRewording, wordExplanation } from '../../src/content/uitleg';
import { content, type ContentKey } from '../../src/content';
import type { StateMeta } from '../../src/machines/types';
import type { AnyStateNode } from 'xstate';

function allStateNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allStateNodes)];
}

/** Every question the client conversation asks: the welcome, the gesprek (routekaart and call-back) and the crisis answer. */
const clientQuestions: ContentKey[] = [
  ...new Set(
    (['welkom', 'gesprek'] as const).flatMap((flow) => allStateNodes(flows[flow].machine.root).flatMap((node) => ((node.meta as StateMeta | undefined)?.ask ? [(node.meta as StateMeta).ask!] : []))),
  ),
  'crisis.check',
  'crisis.sleep',
  'crisis.safety',
];

describe('every question of the client conversation can be said in other words', () => {
  it('finds the questions (the walk is not empty)', () => {
    expect(clientQuestions.length).toBeGreaterThan(40);
    expect(clientQuestions).toEqual(expect.arrayContaining(['gesprek.inKaart', 'routekaart.begeleiding', 'terugbellen.telefoon.eigen']));
  });

  it.each(clientQuestions)('%s has a plain rewording, not the question itself', (key) => {
    const other = questionRewording(key);
    expect(other).toBeDefined();
    expect(other!.join(' ')).not.toBe(lines(key).join(' '));
  });
});

/** Words in the bot's own questions and plan that people with a mild intellectual disability often do not know. */
const HARD_WORDS = [
  'achterstand', 'uitkering', 'loonstrook', 'bewindvoerder', 'budgetcoach', 'schuldhulpverlener', 'cjib', 'toeslagen', 'zorgverzekering',
  'nachtopvang', 'voedselbank', 'incassobureau', 'deurwaarder', 'beslag', 'minnelijk', 'wsnp', 'bijstand', 'bijzondereBijstand', 'briefadres',
  'basisbetaalrekening', 'digid', 'nazorg', 'ontslagbewijs', 'voorschot', 'gijzeling', 'betalingsregeling', 'sociaalWijkteam', 'budgetbeheer',
  'juridischLoket', 'verslavingszorg', 'reclassering', 'justitie', 'schuldeiser', 'premie', 'idBewijs', 'onderdak', 'instantie',
];

describe('the glossary', () => {
  it.each(HARD_WORDS)('explains %s', (id) => {
    expect(wordExplanation(id)).toBeDefined();
  });

  it('explains each word in a few short sentences of plain Dutch (at most three, of at most 16 words)', () => {
    for (const { id } of explainableWords) {
      const sentences = wordExplanation(id)!.join(' ').split(/(?<=[.?!])\s+/);
      expect({ id, short: sentences.length <= 3 }).toEqual({ id, short: true });
      for (const s of sentences) expect({ id, s, words: s.split(/\s+/).length <= 16 }).toEqual({ id, s, words: true });
    }
  });

  it('covers every hard word the questions themselves use', () => {
    const asked = Object.keys(content.texts)
      .filter((key) => key.startsWith('routekaart.') || key.startsWith('gesprek.'))
      .map((key) => lines(key as ContentKey, { zesMaanden: '', contact: '' }).join(' ').toLowerCase());
    for (const word of ['achterstand', 'uitkering', 'loonstrook', 'bewindvoerder', 'budgetcoach', 'schuldhulpverlener', 'cjib', 'zorgverzekering', 'justitie']) {
      expect(asked.some((text) => text.includes(word))).toBe(true);
      expect(explainableWords.some((w) => w.words.some((form) => form.toLowerCase() === word))).toBe(true);
    }
  });
});
