import { Nlp } from '@nlpjs/nlp';
import { factsIntents, factsModel, extractFacts } from '../../src/language/facts';
import { DutchClassifier } from '../../src/language/nlpModel';
import { openingIntents, openingModel, readOpening } from '../../src/language/opening';
import { corpusHash, readSavedModel, type SavedModelName } from '../../src/language/savedModels';

const corpora: Array<[SavedModelName, string, Readonly<Record<string, readonly string[]>>, () => Promise<DutchClassifier>]> = [
  ['openings', 'src/language/openings.nl.json', openingIntents, openingModel],
  ['facts', 'src/language/facts.nl.json', factsIntents, factsModel],
];

// First in this file: nothing has read a model yet.
it('a first message is read without training: the opening and facts classifiers come from their saved models', async () => {
  const train = jest.spyOn((Nlp as { prototype: { train(): Promise<unknown> } }).prototype, 'train');
  expect((await readOpening('Ik wil praten over geld')).way).toBe('gesprek');
  expect(await extractFacts('ik heb een uitkering')).toEqual({ income: 'uitkering' });
  expect(train).not.toHaveBeenCalled();
  train.mockRestore();
});

describe.each(corpora)('the saved %s model (src/content/models/)', (name, source, intents, savedClassifier) => {
  const hint = `The saved ${name} model does not match ${source}: run \`npm run train:models\` and commit the model.`;

  it('was trained on the corpus as it is now', () => {
    expect({ corpusHash: readSavedModel(name).corpusHash, hint }).toEqual({ corpusHash: corpusHash(Object.entries(intents)), hint });
  });

  it('is exactly what training on the corpus gives (nlp.js trains deterministically)', async () => {
    const trained = await DutchClassifier.train(intents);
    expect(JSON.parse(trained.exportModel())).toEqual(readSavedModel(name).model);
  });

  it('ranks every example of its corpus as the trained classifier does', async () => {
    const trained = await DutchClassifier.train(intents);
    const saved = await savedClassifier();
    for (const text of [...Object.values(intents).flat(), 'banaan', 'ik heb een uitkering en schulden bij het CJIB']) {
      expect({ text, ranked: await saved.rank(text) }).toEqual({ text, ranked: await trained.rank(text) });
    }
  });
});
