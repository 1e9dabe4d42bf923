import { content, textEntry } from '../../src/content';
import { planSections } from '../../src/conversation/views/plan';
import type { Section } from '../../src/conversation/reply';
import { decideReferrals } from '../../src/referral/rules';
import { TEN_SITUATIONS } from '../helpers/tenSituations';

/**
 * "Jouw plan" is read by people with a mild intellectual disability, often just out of prison: B1 or simpler.
 * Sentences short (at most 15 words), one help in a few lines, hard words explained, what to do today first,
 * and a whole plan that fits on a phone screen or two.
 */
const MAX_SENTENCE_WORDS = 15;
const MAX_PLAN_LINES = 45;
const MAX_PLAN_WORDS = 580;
const MAX_BRING = 5;

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => /[\p{L}\d]/u.test(s));
const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/** Every text the plan can show: its own texts, the urgent words before it, and every kind of help. */
function planTexts(): Array<{ where: string; text: string }> {
  const texts = Object.entries(content.texts)
    .filter(([key]) => key.startsWith('plan.') || key === 'gesprek.urgent.ja')
    .flatMap(([key, entry]) => entry.say.map((text) => ({ where: key, text })));
  const hulp = Object.entries(content.hulp).flatMap(([id, h]) =>
    [h.name, h.what, ...h.how, ...h.bring, ...(h.phases ?? []), ...(h.warning ? [h.warning] : [])].map((text) => ({ where: `hulp ${id}`, text })),
  );
  return [...texts, ...hulp];
}

function planOf(situation: { facts: Parameters<typeof decideReferrals>[0]; eigenStap?: string }): Section[] {
  return planSections(decideReferrals(situation.facts), { echo: { eigenStap: situation.eigenStap } }, undefined);
}
const linesOf = (sections: Section[]) => sections.flatMap((s) => [s.title, ...s.lines]);

describe('Jouw plan is plain', () => {
  it(`has no sentence longer than ${MAX_SENTENCE_WORDS} words, in any text the plan can show`, () => {
    const long = planTexts().flatMap(({ where, text }) => sentencesOf(text).filter((s) => wordsIn(s) > MAX_SENTENCE_WORDS).map((s) => ({ where, s })));
    expect(long).toEqual([]);
  });

  it('gives each kind of help one line on what they do, a phone number first where there is one, and a short list to bring', () => {
    for (const [id, help] of Object.entries(content.hulp)) {
      const calls = help.how.findIndex((h) => /\bbel\b/i.test(h));
      expect({ id, phoneFirst: calls <= 0, bring: help.bring.length <= MAX_BRING, whatSentences: sentencesOf(help.what).length <= 3 })
        .toEqual({ id, phoneFirst: true, bring: true, whatSentences: true });
    }
  });

  it('gives each reason in one short line', () => {
    for (const [key, entry] of Object.entries(content.texts)) {
      if (key.startsWith('plan.reden.')) expect({ key, words: wordsIn(entry.say.join(' ')) <= 2 * MAX_SENTENCE_WORDS }).toEqual({ key, words: true });
    }
  });

  describe.each(Object.entries(TEN_SITUATIONS))('the plan for %s', (_name, situation) => {
    const sections = planOf(situation);
    const lines = linesOf(sections);
    const text = lines.join('\n');

    it(`stays within ${MAX_PLAN_LINES} lines and ${MAX_PLAN_WORDS} words`, () => {
      expect({ lines: lines.length <= MAX_PLAN_LINES, words: wordsIn(text) <= MAX_PLAN_WORDS }).toEqual({ lines: true, words: true });
    });

    it('explains each hard word it uses, in plain words', () => {
      const explanations: Record<string, RegExp> = {
        CJIB: /Het CJIB is de dienst die boetes ophaalt\./,
        betalingsregeling: /betalingsregeling\. Dan betaal je in delen\./,
        'vervangende hechtenis': /vast komen te zitten\. Dat heet gijzeling of vervangende hechtenis\./,
        bewindvoerder: /Regelt een bewindvoerder je geld\?/,
        beschermingsbewind: /Iemand anders regelt een tijd je geld voor je\./,
        DigiD: /DigiD aan\. Dat is je inlog bij de overheid/,
        briefadres: /briefadres\. Daar komt je post dan binnen\./,
        bijstand: /bijstand aan bij je gemeente\. Dat is geld om van te leven\./,
        'bijzondere bijstand': /om bijzondere bijstand: extra geld van de gemeente\./,
        basisbetaalrekening: /basisbetaalrekening: een gewone bankrekening\./,
        UWV: /UWV of SVB, zoals WW, Wajong of AOW\?/,
        voorschot: /voorschot\. Dan krijg je alvast geld\./,
        'nazorg na detentie': /nazorg na detentie\. Dat is hulp na de gevangenis\./,
        ontslagbewijs: /ontslagbewijs van de gevangenis/,
        'Schuldhulpverlening van de gemeente': /De gemeente kijkt samen met je naar je schulden\./,
      };
      for (const [word, explanation] of Object.entries(explanations)) {
        if (text.includes(word)) expect({ word, explained: explanation.test(text) }).toEqual({ word, explained: true });
      }
    });
  });
});

describe('Jouw plan puts what to do today first', () => {
  const titles = (situation: (typeof TEN_SITUATIONS)[keyof typeof TEN_SITUATIONS]) => planOf(situation).map((s) => s.title);
  const cjib = textEntry('plan.schuld.cjib.titel').say[0];
  const release = textEntry('plan.label.regelen').say[0];

  it('net vrij with CJIB fines (no letter about gijzeling): the release list, then the fines, then the other help', () => {
    expect(titles(TEN_SITUATIONS.netVrijCjib)).toEqual([release, cjib, content.hulp.schuldhulpverlening.name, content.hulp['sociaal-wijkteam'].name]);
  });

  it('the release list: nazorg first, then bijstand, ID, an address and the post, the bank, zorg, DigiD and toeslagen; the voorschot once', () => {
    const list = planOf(TEN_SITUATIONS.jongNetVrij).find((s) => s.title === release)!.lines.join('\n');
    const order = ['nazorg na detentie', 'bijstand aan', 'bijzondere bijstand', 'nieuw ID-bewijs', 'briefadres', 'Open je post samen met iemand. Gooi niets weg.', 'basisbetaalrekening', 'zorgverzekeraar', 'DigiD', 'toeslagen'];
    const at = order.map((item) => list.indexOf(item));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(list.match(/voorschot/g)).toHaveLength(1);
  });

  it('with help with money already there, the CJIB note starts with the bewindvoerder', () => {
    const note = (situation: (typeof TEN_SITUATIONS)[keyof typeof TEN_SITUATIONS]) => planOf(situation).find((s) => s.title === cjib)!.lines;
    const bewind = textEntry('plan.schuld.cjib.bewind').say[0];
    expect(note(TEN_SITUATIONS.bewindCjib)[0]).toBe(bewind);
    expect(note(TEN_SITUATIONS.netVrijCjib).at(-1)).toBe(bewind);
  });

  it('a criminal creditor before any other help', () => {
    expect(titles(TEN_SITUATIONS.dealer)[0]).toBe(textEntry('plan.schuld.crimineel.titel').say[0]);
  });

  it('help for a safety reason before a CJIB note, and informal debts after the help they go with', () => {
    const advice = decideReferrals({ answers: { schulden: true, cjib: true, informeel: true, wil: true }, checklist: [], crises: ['hunger'] });
    const shown = planSections(advice, { echo: {} }, undefined).map((s) => s.title);
    expect(shown).toEqual([
      content.hulp.voedselbank.name, content.hulp['sociaal-wijkteam'].name, cjib,
      content.hulp.schuldhulpverlening.name, textEntry('plan.schuld.informeel.titel').say[0],
    ]);
  });
});
