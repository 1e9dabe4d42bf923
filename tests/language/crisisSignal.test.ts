import { detectCrisis } from '../../src/language';
import { crisisWords } from '../../src/language/crisis';
import { CrisisSignal, savedCrisisSignal, signalFeatures } from '../../src/language/crisisSignal';
import { readSavedModel } from '../../src/language/savedModels';
import { CRISIS_CORPORA } from './crisisEval';
import { examplesHash, signalExamples } from './crisisSignalExamples';

const RETRAIN = 'The saved crisis signal does not match what it learns from: run `npm run train:models` and commit src/content/models/crisis.signal.json.';

describe('the learned crisis signal (src/content/models/crisis.signal.json)', () => {
  const examples = signalExamples();

  it('was trained on the tuning sentences, the development free text and the buttons as they are now', () => {
    expect({ hash: readSavedModel('crisis').corpusHash, hint: RETRAIN }).toEqual({ hash: examplesHash(examples), hint: RETRAIN });
  });

  it('never learns from the held-apart round', () => {
    // Calm turns like "misschien" are in the free text too; a crisis sentence of the held-apart round is nowhere else.
    const learned = new Set(examples.map(([words]) => words.join(' ')));
    const tuning = new Set(CRISIS_CORPORA.tuning.map(([text]) => crisisWords(text).join(' ')));
    const onlyHeldApart = CRISIS_CORPORA.heldout.filter(([, type]) => type !== null).map(([text]) => crisisWords(text).join(' ')).filter((words) => !tuning.has(words));
    expect(onlyHeldApart.length).toBeGreaterThan(100);
    expect(onlyHeldApart.filter((words) => learned.has(words))).toEqual([]);
  });

  it('is exactly what training on those examples gives (nlp.js trains deterministically)', () => {
    const trained = CrisisSignal.train(examples).toModel();
    expect(trained).toEqual(readSavedModel('crisis').model);
  });

  it('refuses a saved model that is broken, at load (zod), rather than reading wrongly later', () => {
    const types = ['suicide', 'violence', 'homeless', 'hunger'];
    expect(() => CrisisSignal.fromModel({ types, bias: [0, 0, 0, 0], weights: { dood: ['veel', 0, 0, 0] } })).toThrow(/weights/);
    expect(() => CrisisSignal.fromModel({ types, bias: [0, 0, 0, 0], weights: { dood: [1, 0, 0] } })).toThrow(/weights/);
    expect(() => CrisisSignal.fromModel({ types: ['suicide'], bias: [0], weights: {} })).toThrow();
    expect(() => CrisisSignal.fromModel({ types: [...types].reverse(), bias: [0, 0, 0, 0], weights: {} })).toThrow();
  });

  it('reads words on stems and stem pairs, so a word form it never saw still counts', () => {
    expect(signalFeatures(['niet', 'meer', 'wakker', 'worden'])).toEqual(['niet', 'niet_mer', 'mer', 'mer_wakker', 'wakker', 'wakker_word', 'word']);
  });
});

describe('the learned signal next to the rules', () => {
  // Written for this test, in words no corpus sentence has: the rules read none of them as a crisis.
  it.each([
    ['soms wens ik dat ik gewoon kon gaan slapen en niet meer hoefde op te staan', 'suicide'],
    ['die lui van de straat willen hun centen terug en ze weten mijn adres', 'violence'],
    ['ik heb al drie nachten in het portiek gelegen', 'homeless'],
  ])('asks one gentle check for "%s" (%s)', (text, type) => {
    expect(detectCrisis(text)).toEqual({ type, level: 'possible' });
  });

  it('never makes a crisis certain on its own, not even after earlier distress', () => {
    expect(detectCrisis('soms wens ik dat ik gewoon kon gaan slapen en niet meer hoefde op te staan', { priorDistress: true })).toEqual({ type: 'suicide', level: 'possible' });
  });

  it.each([
    ['mijn cliënt wil gewoon gaan slapen en nooit meer wakker worden', 'suicide'],
    ['jaren geleden heb ik drie nachten in het portiek gelegen', 'homeless'],
    ['in de film lag hij drie nachten in een portiek', 'homeless'],
  ])('is cancelled by the same words as the rules (someone else, the past, a film): "%s"', (text, type) => {
    expect(savedCrisisSignal().read(crisisWords(text))).toBe(type);
    expect(detectCrisis(text)).toBeNull();
  });

  it.each(['ja', 'nee hoor', 'ik snap het niet', 'Ik ben professional en wil oefenen', 'ik heb een schuld bij de belastingdienst van 3000 euro', 'ik wil graag weten hoe een budgetcoach werkt'])(
    'leaves ordinary talk alone: "%s"',
    (text) => {
      expect(detectCrisis(text)).toBeNull();
    },
  );
});
