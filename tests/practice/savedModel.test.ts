import { Nlp } from '@nlpjs/nlp';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { MemoryStorage } from '../../src/bot/storage';
import { techniqueCorpus } from '../../src/content/techniques';
import { corpusHash, readSavedTechniqueModel, savedTechniqueClassifier } from '../../src/content/techniqueModel';
import { TechniqueClassifier } from '../../src/language/techniques';
import { CrisisSignal } from '../../src/language/crisisSignal';
import { silentLogger } from '../helpers/silentLog';

const RETRAIN = 'The saved technique model does not match content/nl/technieken.json: run `npm run train:models` and commit the model.';

describe('the saved technique model (src/content/models/technieken.nlp.json)', () => {
  it('was trained on the corpus as it is now', () => {
    expect({ corpusHash: readSavedTechniqueModel().corpusHash, hint: RETRAIN }).toEqual({ corpusHash: corpusHash(techniqueCorpus), hint: RETRAIN });
  });

  it('is exactly what training on the corpus gives (nlp.js trains deterministically)', async () => {
    const trained = await TechniqueClassifier.train(techniqueCorpus);
    expect(JSON.parse(await trained.exportModel())).toEqual(readSavedTechniqueModel().model);
  });

  it('classifies as the trained classifier does', async () => {
    const trained = await TechniqueClassifier.train(techniqueCorpus);
    const saved = savedTechniqueClassifier();
    for (const q of ['Hoe staat het met je geld?', 'Waarom heb je niet gewoon betaald?', 'Heb je een WSNP gehad?', 'banaan']) {
      expect(await saved.classify(q)).toEqual(await trained.classify(q));
    }
  });
});

describe('start-up', () => {
  it('does no training: the bot starts without training, and loads the saved models on first use', async () => {
    const trainClassifier = jest.spyOn(TechniqueClassifier, 'train');
    const trainSignal = jest.spyOn(CrisisSignal, 'train');
    const trainNlp = jest.spyOn((Nlp as { prototype: { train(): Promise<unknown> } }).prototype, 'train');
    const app = await createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), silentLogger(), new MemoryStorage(3600), { dispatchEveryMs: false });
    await app.listen(0);
    expect((await savedTechniqueClassifier().classify('Waarom heb je niet gewoon betaald?')).technique).toBe('oordelen');
    expect(trainClassifier).not.toHaveBeenCalled();
    expect(trainNlp).not.toHaveBeenCalled();
    expect(trainSignal).not.toHaveBeenCalled();
    await app.close();
    trainSignal.mockRestore();
    trainClassifier.mockRestore();
    trainNlp.mockRestore();
  });
});
