import { extractFacts, interpret, readOpening } from '../../src/language';
import { evaluateFreeText, FREE_TEXT, readAt } from './freeTextEval';

describe('openings: what a person types first leads the right way in', () => {
  it.each([
    ['hallo', 'greeting'], ['goedemiddag', 'greeting'], ['ik heb schulden en ik weet niet wat ik moet doen', 'gesprek'], ['ik kom niet rond', 'gesprek'],
    ['mijn uitkering is gestopt', 'gesprek'], ['ik krijg steeds brieven van het CJIB', 'gesprek'], ['ik wil oefenen als hulpverlener', 'oefenen'],
    ['wat is een bewindvoerder', 'wegwijzer'], ['banaan', 'unclear'],
  ])('%s → %s', async (text, way) => {
    expect((await readOpening(text)).way).toBe(way);
  });

  it('keeps what money talk said', async () => {
    expect((await readOpening('ik ben net vrij en heb boetes bij het CJIB')).facts).toEqual({ released: true, cjib: true, debts: true });
  });
});

describe('answers in the person\'s own words', () => {
  it.each([
    ['formeel', 'uitkering', 'uitkering'], ['formeel', 'ik werk', 'baan'], ['formeel', 'allebei', 'allebei'], ['formeel', 'geen van beide', 'anders'],
    ['checkOnderdak', 'ik slaap voorlopig bij mijn zus', 'no'], ['achterstanden', 'ja, drie maanden huur', 'yes'], ['overzicht', 'ongeveer 1200 euro', 'yes'],
  ])('at %s, "%s" is %s', async (node, text, expected) => {
    expect(await readAt(node, text)).toBe(expected);
  });

  it.each(['weet t niet', 'wk nie', 'geen idee joh', 'geen flauw idee', 'ik weet t niet', 'kweet niet'])('"%s" is never no', (text) => {
    expect(interpret(text, 'yesNo').kind).toBe('unknown');
  });
});

describe('facts', () => {
  it('reads several facts from one message, and none from a wish', async () => {
    expect(await extractFacts('ik heb een uitkering en een huurachterstand')).toEqual({ income: 'uitkering', arrears: true });
    expect(await extractFacts('over zes maanden wil ik geen schulden meer')).toEqual({});
  });

  it('reads no place to live from sleeping badly (from the crisis tester), but does from a place named', async () => {
    expect(await extractFacts('ik slaap voor geen meter man')).toEqual({});
    expect(await extractFacts('ik slaap slecht, geen oog dicht gedaan')).toEqual({});
    expect(await extractFacts('ik heb geen huis')).toEqual({ housing: false });
    expect(await extractFacts('ik slaap bij mijn zus')).toEqual({ housing: false });
  });
});

describe('the development set', () => {
  // A regression floor, not the target: the target (≥ 95%) is for the held-apart part and is reported by
  // `npm run eval:freetext`. The development set grew with fresh answers written without looking at the
  // bot; what it still misreads is listed by the eval. Facts in long sentences with several clauses are the
  // weakest part, and each former held-apart round added to this set brings harder ones: their floor is lower.
  const FLOOR: Record<string, number> = { openings: 0.9, answers: 0.9, facts: 0.85 };
  it('is read as expected (openings and answers ≥ 90%, facts ≥ 85%)', async () => {
    for (const r of await evaluateFreeText(FREE_TEXT.development)) expect({ part: r.name, ok: r.correct / r.total >= FLOOR[r.name] }).toEqual({ part: r.name, ok: true });
  });
});
