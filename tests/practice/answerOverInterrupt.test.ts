import { findInterrupt } from '../../src/conversation/interrupts';
import { Chat, techniqueClassifier, textOf } from '../helpers/chat';

const HELP = 'Ik help je praten over geld en schulden';
const URGENT = 'Wil je nu meteen met iemand praten?';

/** A practice session with a client, at the question "Welke hulp past het best bij deze cliënt?". */
async function atWhichHelp(persona: string): Promise<Chat> {
  const chat = new Chat({ techniques: await techniqueClassifier() });
  await chat.open();
  await chat.say('Ik ben professional en wil oefenen');
  await chat.say(persona);
  await chat.say('Hoe gaat het met je geld?');
  expect(textOf(await chat.say('klaar'))).toContain('Welke hulp past het best bij deze cliënt?');
  return chat;
}

describe('an answer that picks an offered button wins over an interrupt word inside it', () => {
  it('"geen nieuwe hulp" is the button "Geen nieuwe hulp: de hulp die er al is", not a request for help', async () => {
    const chat = await atWhichHelp('Sandra');
    const replies = textOf(await chat.say('geen nieuwe hulp'));
    expect(replies).not.toContain(HELP);
    expect(replies).toContain('Jij koos Geen nieuwe hulp: de hulp die er al is.');
  });

  it('"geen nieuwe hulp, ze heeft al een bewindvoerder" is that button too, not beschermingsbewind', async () => {
    const chat = await atWhichHelp('Kim');
    const replies = textOf(await chat.say('geen nieuwe hulp, ze heeft al een bewindvoerder'));
    expect(replies).not.toContain('Dat snap ik nog niet goed.');
    expect(replies).toContain('Goed gezien: Geen nieuwe hulp: de hulp die er al is past bij Kim.');
  });

  it.each([
    ['hulp', HELP],
    ['help', HELP],
    ['hulp nu', URGENT],
    ['ik wil hulp nu', URGENT],
  ])('"%s" said at the same buttons is still the interrupt', async (text, expected) => {
    const chat = await atWhichHelp('Sandra');
    const replies = textOf(await chat.say(text));
    expect(replies).toContain(expected);
    expect(replies).toContain('Welke hulp past het best bij deze cliënt?');
  });

  it('only a button that holds the word wins: "nee stop" at yes/no buttons is still stop', () => {
    const buttons = [
      { id: 'huidige-hulp', title: 'Geen nieuwe hulp: de hulp die er al is', synonyms: ['geen nieuwe hulp'] },
      { id: 'nibud', title: 'Nibud (zelfhulp)' },
    ];
    expect(findInterrupt('geen nieuwe hulp', { choices: buttons })).toBeNull();
    expect(findInterrupt('geen nieuwe hulp', {})).toEqual({ kind: 'help' });
    expect(findInterrupt('hulp', { choices: buttons })).toEqual({ kind: 'help' });
    expect(findInterrupt('nee stop', { choices: [{ id: 'yes', title: 'Ja' }, { id: 'no', title: 'Nee' }] })).toEqual({ kind: 'stop' });
  });
});
