import { readPractice } from '../../src/language/practice';
import { INITIAL_PRACTICE, practiceStep } from '../../src/practice/step';
import { Chat, sayAll, techniqueClassifier, textOf } from '../helpers/chat';

describe('practice mode teaches the truth about confidentiality', () => {
  it('a promise of secrecy is feedback material; explaining the limits is the frame', () => {
    expect(readPractice('Wat je hier vertelt blijft tussen ons.').criteria).toEqual(['geheimBelofte']);
    expect(readPractice('Ik vertel het aan niemand, beloofd.').criteria).toEqual(['geheimBelofte']);
    expect(readPractice('Veel blijft tussen ons, maar sommige dingen moet ik melden.').criteria).toEqual(['kader']);
    expect(readPractice('Wat je hier vertelt blijft vertrouwelijk, behalve als ik iets moet melden.').criteria).toEqual(['kader']);
  });

  it('the practice state remembers a promise, and it does not count as explaining the frame', () => {
    const next = practiceStep({ ...INITIAL_PRACTICE }, { technique: 'inKaart', topics: [], criteria: ['geheimBelofte'] }, []);
    expect(next.secrecyPromised).toBe(true);
    expect(next.kaderAtStart).toBe(false);
  });

  it('the feedback says that secrecy cannot be promised in a compulsory setting', async () => {
    const chat = new Chat({ techniques: await techniqueClassifier() });
    await chat.open();
    await chat.say('Ik ben professional en wil oefenen');
    await chat.say('Sandra');
    await sayAll(chat, ['Wat je hier vertelt blijft tussen ons. Hoe gaat het met je geldzaken?', 'Hoe is het met je inkomen?']);
    const feedback = textOf(await chat.say('klaar'));
    expect(feedback).toContain('sommige dingen moet je melden');
    expect(feedback).not.toContain('Je legde aan het begin je rol en de grenzen van vertrouwelijkheid uit.');
  });
});
