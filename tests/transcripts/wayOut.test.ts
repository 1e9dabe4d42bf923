import { buttonsOf, Chat, sayAll, textOf, inMoneyTalk } from '../helpers/chat';

describe('the ways in and out that people type', () => {
  it('"ik wil meteen naar de vragen" as a first message starts the money questions, not the lookup', async () => {
    const chat = new Chat();
    await chat.open();
    const replies = await chat.say('ik wil meteen naar de vragen');
    expect(textOf(replies)).not.toContain('Wat wil je opzoeken?');
    expect(replies.at(-1)?.activity.channelData?.geldgesprek?.flow).toBe('gesprek');
  });

  it.each(['ik kap ermee', 'stop', 'ik wil niet meer praten'])('"%s" stops, and says how to wipe everything without asking a yes/no question', async (words) => {
    const { chat } = await inMoneyTalk();
    const stopped = await chat.say(words);
    expect(textOf(stopped)).toContain('we stoppen hier');
    expect(textOf(stopped)).toContain('Typ daarvoor: verwijder mijn gegevens.');
    expect(textOf(stopped)).not.toMatch(/Wil je alles wissen\?/);
  });
});

describe('a statement about something else is not a yes or no to the question asked', () => {
  it('"ik heb een schuld bij de zorgverzekering" at the urgent question: kept, and the urgent question asked again', async () => {
    const { chat } = await inMoneyTalk();
    const urgent = await chat.say('Ik wil meteen naar de vragen');
    expect(textOf(urgent)).toContain('Moet je binnenkort je huis uit?');
    const replies = await chat.say('ik heb een schuld bij de zorgverzekering');
    expect(textOf(replies)).not.toContain('dringend');
    expect(textOf(replies)).toContain('Moet je binnenkort je huis uit?');
  });
});

describe('a request to explain gets an explanation, then the same question', () => {
  it.each(['wat bedoel je', 'ik snap het niet'])('"%s" says the question in other words', async (words) => {
    const { chat } = await inMoneyTalk();
    const replies = await chat.say(words);
    expect(textOf(replies)).toContain('Ik bedoel: heb je genoeg geld voor alles wat je moet betalen?');
    expect(textOf(replies)).not.toContain('Hoe bedoel je dat precies?');
    expect(textOf(replies)).toContain('Lukt het jou om rond te komen?');
  });

  it.each(['wie ben je', 'wat is dit', 'ben jij van de reclassering?'])('"%s" says what the bot is', async (words) => {
    const { chat } = await inMoneyTalk();
    const replies = await chat.say(words);
    expect(textOf(replies)).toContain('Ik ben een computer, geen mens.');
    expect(textOf(replies)).not.toContain('Hoe bedoel je dat precies?');
    expect(textOf(replies)).toContain('Lukt het jou om rond te komen?');
  });
});

describe('impatience gets how far along it is, a way out, and the same question', () => {
  it.each(['hoe lang duurt dit nog', 'schiet op', 'zijn we bijna klaar?'])('"%s"', async (words) => {
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    const replies = await chat.say(words);
    expect(textOf(replies)).toMatch(/We zijn bij vraag \d+ van ongeveer \d+\./);
    expect(textOf(replies)).toContain("Typ 'stop'");
    expect(textOf(replies)).toContain('Herken jij dat?');
    expect(textOf(replies)).not.toMatch(/Dat snap ik nog niet goed|Dank je dat je dat vertelt/);
  });
});

describe('while practising, impatience is said to the client, not a question about progress', () => {
  it('"schiet op" goes to the simulated client', async () => {
    const chat = new Chat();
    await chat.open();
    await chat.say('Ik ben professional en wil oefenen');
    await chat.say('Sandra');
    expect(textOf(await chat.say('schiet op'))).not.toMatch(/We zijn bij vraag/);
  });
});

describe('thanks and goodbye get a kind word back', () => {
  // A goodbye after the plan ends the chat: no buttons of a new start (a tester found "nee hoor" to them starting the money talk again).
  it.each([
    ['bedankt', true],
    ['heel erg bedankt voor de hulp', true],
    ['doei', false],
  ])('"%s" after the plan', async (words, thanked) => {
    const { chat } = await inMoneyTalk();
    await chat.say('Ik wil meteen naar de vragen');
    await chat.say('ja');
    const replies = await chat.say(words);
    expect(textOf(replies).includes('Graag gedaan.')).toBe(thanked);
    expect(textOf(replies)).toContain('Je kunt altijd terugkomen.');
    expect(buttonsOf(replies)).toEqual([]);
  });

  it('"ja" or "top" alone at the greeting is no goodbye', async () => {
    const chat = new Chat();
    await chat.open();
    expect(textOf(await chat.say('ja'))).not.toContain('Graag gedaan.');
  });
});

describe('"opnieuw" after "stop"', () => {
  it('starts over: the next message answers the welcome, not "Fijn dat je er weer bent"', async () => {
    const chat = new Chat();
    await chat.open();
    await sayAll(chat, ['Ik wil praten over geld', 'stop', 'opnieuw']);
    const replies = await chat.say('schulden');
    expect(textOf(replies)).not.toContain('Fijn dat je er weer bent');
    expect(textOf(replies)).toContain('Fijn dat je erover wilt praten');
  });
});
