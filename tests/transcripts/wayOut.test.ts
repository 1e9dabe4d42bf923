import { Chat, textOf } from '../helpers/chat';

describe('the ways in and out that people type', () => {
  it('"ik wil meteen naar de vragen" as a first message starts the money questions, not the lookup', async () => {
    const chat = new Chat();
    await chat.open();
    const replies = await chat.say('ik wil meteen naar de vragen');
    expect(textOf(replies)).not.toContain('Wat wil je opzoeken?');
    expect(replies.at(-1)?.activity.channelData?.geldgesprek?.flow).toBe('gesprek');
  });

  it.each(['ik kap ermee', 'stop', 'ik wil niet meer praten'])('"%s" stops, and says how to wipe everything without asking a yes/no question', async (words) => {
    const chat = new Chat();
    await chat.open();
    await chat.say('Ik wil praten over geld');
    const stopped = await chat.say(words);
    expect(textOf(stopped)).toContain('we stoppen hier');
    expect(textOf(stopped)).toContain('Typ daarvoor: verwijder mijn gegevens.');
    expect(textOf(stopped)).not.toMatch(/Wil je alles wissen\?/);
  });
});
