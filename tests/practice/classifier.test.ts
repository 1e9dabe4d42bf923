import { evaluateTechniques, TECHNIQUE_TARGET } from './evaluateTechniques';
import { techniqueClassifier } from '../helpers/chat';
import { readPractice } from '../../src/language';

describe('the technique classifier', () => {
  it(`meets ${TECHNIQUE_TARGET * 100}% accuracy on the held-apart test set`, async () => {
    const result = await evaluateTechniques();
    expect(result.total).toBeGreaterThanOrEqual(100);
    expect(result.accuracy).toBeGreaterThanOrEqual(TECHNIQUE_TARGET);
  });

  it('reads a message by its question when it first explains something', async () => {
    const classifier = await techniqueClassifier();
    expect((await classifier.classify('Wat je hier vertelt blijft tussen ons. Hoe staat het met je geld?')).technique).toBe('inKaart');
  });

  it.each([
    ['Waarom heb je niet gewoon betaald?', 'oordelen'],
    ['Ik spreek regelmatig mensen met zorgen over geld. Herken jij dat?', 'normaliseren'],
    ['Hoe bedoel je dat precies?', 'doorvragen'],
    ['Heb je een WSNP gehad?', 'jargon'],
  ])('"%s" is %s', async (text, technique) => {
    expect((await (await techniqueClassifier()).classify(text)).technique).toBe(technique);
  });
});

describe('practice topics and criteria', () => {
  it('finds what a question is about, and the alliantiemonitor criteria', () => {
    expect(readPractice('Hoe zit het met je uitkering en je boetes bij het CJIB?').topics).toEqual(expect.arrayContaining(['inkomen', 'cjib']));
    expect(readPractice('Wat je hier vertelt, blijft vertrouwelijk.').criteria).toEqual(['kader']);
    expect(readPractice('Is het niet willen of niet kunnen?').criteria).toEqual(['willenKunnen']);
    expect(readPractice('klaar').finish).toBe(true);
    expect(readPractice('Ben je er klaar voor?').finish).toBe(false);
  });
});
