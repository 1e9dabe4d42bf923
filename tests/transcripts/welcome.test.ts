import { JOIN_EVENT } from '../../src/bot/geldgesprekBot';
import { MemoryStorage } from '../../src/bot/storage';
import { conversationKey } from '../../src/conversation/conversationKey';
import { buttonsOf, Chat, textOf, inMoneyTalk } from '../helpers/chat';

const WAYS_IN = ['Ik wil praten over geld', 'Ik ben professional en wil oefenen', 'Wegwijzer opzoeken'];

describe('someone opens the chat', () => {
  it('is greeted in plain Dutch and offered the three ways in', async () => {
    const chat = new Chat();
    const replies = await chat.open();
    expect(textOf(replies)).toContain('Hoi! Ik ben Geldgesprek.');
    expect(textOf(replies)).toContain('Ik oordeel niet');
    // Once, at the start: a computer, not a person; answers kept for the TTL, a kept plan for its own days, without a name.
    expect(textOf(replies)).toContain("Ik ben een computer, geen mens. Ik bewaar je antwoorden 30 dagen. Bewaar je je plan? Dan blijft dat 30 dagen staan. Wissen kan altijd: typ 'verwijder mijn gegevens'.");
    expect(textOf(replies)).toContain("'stop', 'opnieuw' of 'hulp nu'");
    expect(buttonsOf(replies)).toEqual(WAYS_IN);
  });

  it('is greeted when their first message comes before any join event (Emulator, Teams)', async () => {
    const chat = new Chat();
    const replies = await chat.say('hoi');
    expect(textOf(replies)).toContain('Hoi! Ik ben Geldgesprek.');
    expect(buttonsOf(replies)).toEqual(WAYS_IN);
  });

  it('is greeted once when a member joins, not for the bot itself', async () => {
    const chat = new Chat();
    const botOnly = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }], recipient: { id: 'bot', name: 'Bot' } });
    expect(botOnly).toHaveLength(0);
    const person = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }], recipient: { id: 'bot', name: 'Bot' } });
    expect(textOf(person)).toContain('Hoi! Ik ben Geldgesprek.');
  });
});

describe('choosing a way in', () => {
  it.each([
    ['the button', 'Ik wil praten over geld', 'Hoe staat het met je geld?'],
    ['own words', 'ik wil praten over mijn schulden', 'Hoe staat het met je geld?'],
    ['an ordinal', 'de eerste', 'Hoe staat het met je geld?'],
    ['a typo', 'wegwijzr', 'Wat wil je opzoeken?'],
    ['the professional button', 'Ik ben professional en wil oefenen', 'Met wie wil je oefenen?'],
    ['one word', 'oefenen', 'Met wie wil je oefenen?'],
    ['the lookup button', 'Wegwijzer opzoeken', 'Wat wil je opzoeken?'],
  ])('by %s ("%s") reaches that way in', async (_how, typed, expected) => {
    const chat = new Chat();
    await chat.open();
    const replies = await chat.say(typed);
    expect(textOf(replies)).toContain(expected);
  });

  it('after a way in ends, the choice of way in comes back without the greeting', async () => {
    const chat = new Chat();
    await chat.open();
    await chat.say('Wegwijzer opzoeken');
    expect(textOf(await chat.say('Klaar met opzoeken'))).toContain('Succes met je gesprek.');
    const again = await chat.say('hoi');
    expect(textOf(again)).not.toContain('Hoi! Ik ben Geldgesprek.');
    expect(buttonsOf(again)).toEqual(WAYS_IN);
  });

  it('repeats the question kindly, with its buttons, when the answer does not fit', async () => {
    const chat = new Chat();
    await chat.open();
    // Issue 11: words that point no way get one short question with the three buttons, never "Sorry".
    const replies = await chat.say('banaan');
    expect(textOf(replies)).not.toContain('Sorry');
    expect(textOf(replies)).toContain('Waar kan ik je mee helpen?');
    expect(buttonsOf(replies)).toEqual(WAYS_IN);
    expect(textOf(await chat.say('Wegwijzer opzoeken'))).toContain('Wat wil je opzoeken?');
  });

  it('asks again when the text fits two ways in equally', async () => {
    const chat = new Chat();
    await chat.open();
    expect(textOf(await chat.say('oefenen of opzoeken'))).toContain('Waar kan ik je mee helpen?');
  });
});

describe('a reload of a page that shows the history', () => {
  it('gets nothing repeated; after "stop" it gets the welcome back and the question', async () => {
    const { chat } = await inMoneyTalk();
    const reload = await chat.send({ type: 'event', name: JOIN_EVENT, value: { resumed: true } });
    expect(reload).toEqual([]);
    await chat.say('stop');
    const back = await chat.send({ type: 'event', name: JOIN_EVENT, value: { resumed: true } });
    expect(textOf(back)).toContain('Welkom terug');
    expect(textOf(back)).toContain('Lukt het jou om rond te komen?');
  });

  it('a page without history (no "resumed") still sees where it was', async () => {
    const { chat } = await inMoneyTalk();
    expect(textOf(await chat.open())).toContain('Lukt het jou om rond te komen?');
  });
});

describe('ways out, at any moment', () => {
  it('"stop" ends politely and keeps the conversation for later', async () => {
    const storage = new MemoryStorage(3600);
    const chat = new Chat({ storage });
    await chat.open();
    const stop = await chat.say('Stop');
    expect(textOf(stop)).toContain('we stoppen hier');
    expect(textOf(stop)).toContain('30 dagen');
    const back = await chat.say('hallo');
    expect(textOf(back)).toContain('Fijn dat je er weer bent');
    expect(buttonsOf(back)).toEqual(WAYS_IN);
  });

  it('"ik wil stoppen" also stops; a long sentence that mentions stoppen does not', async () => {
    const chat = new Chat();
    await chat.open();
    expect(textOf(await chat.say('ik wil stoppen'))).toContain('we stoppen hier');
    const chat2 = new Chat();
    await chat2.open();
    const replies = await chat2.say('ik moet stoppen met gokken want dat kost me alles');
    expect(textOf(replies)).not.toContain('we stoppen hier');
  });

  it('"opnieuw" starts over at the choice of way in', async () => {
    const chat = new Chat();
    await chat.open();
    await chat.say('banaan');
    const replies = await chat.say('Opnieuw!');
    expect(textOf(replies)).toContain('we beginnen opnieuw');
    expect(buttonsOf(replies)).toEqual(WAYS_IN);
  });

  it('"help" explains in two sentences what the bot does and how to leave, then asks again', async () => {
    const chat = new Chat();
    await chat.open();
    const replies = await chat.say('HELP?');
    expect(replies[0].text).toContain('Ik help je praten over geld en schulden');
    expect(replies[1].text).toContain("Typ 'stop'");
    expect(buttonsOf(replies)).toEqual(WAYS_IN);
  });

  it('"hulp nu" gives the numbers to call right away, and keeps the place', async () => {
    const chat = new Chat();
    await chat.open();
    const replies = await chat.say('ik heb hulp nu nodig');
    expect(textOf(replies)).toContain('0800-8115');
    expect(textOf(replies)).toContain('0800-0113');
    expect(textOf(replies)).toContain('112');
    expect(buttonsOf(replies)).toEqual(WAYS_IN);
  });

  it('matches ignoring case and accents: "ÓPNIEUW" restarts', async () => {
    const chat = new Chat();
    await chat.open();
    expect(textOf(await chat.say('ÓPNIEUW'))).toContain('we beginnen opnieuw');
  });

  it('"verwijder mijn gegevens" deletes the stored conversation at once and says so', async () => {
    const storage = new MemoryStorage(3600);
    const chat = new Chat({ storage, conversationId: 'wis-mij' });
    await chat.open();
    const key = conversationKey({ channelId: 'test', conversation: { id: 'wis-mij' } });
    expect(Object.keys(await storage.read([key]))).toEqual([key]);
    const replies = await chat.say('Verwijder mijn gegevens');
    expect(textOf(replies)).toContain('Ik heb je gegevens gewist');
    expect(await storage.read([key])).toEqual({});
  });
});

describe('input the bot cannot read', () => {
  it('a message without text gets a friendly answer and the question again', async () => {
    const chat = new Chat();
    await chat.open();
    const replies = await chat.send({ type: 'message', text: '', attachments: [{ contentType: 'image/png', contentUrl: 'x' }] });
    expect(textOf(replies)).toContain('Ik kan alleen tekst lezen');
    expect(buttonsOf(replies)).toEqual(WAYS_IN);
  });

  it('a very long message is asked to be shorter, and nothing is lost', async () => {
    const chat = new Chat();
    await chat.open();
    const replies = await chat.say('geld '.repeat(2000));
    expect(textOf(replies)).toContain('Je bericht is erg lang');
    expect(textOf(await chat.say('Wegwijzer opzoeken'))).toContain('Wat wil je opzoeken?');
  });
});

describe('coming back', () => {
  it('after a pause, opening the chat again says welcome back and repeats the question', async () => {
    let now = Date.parse('2026-11-22T10:00:00Z');
    const storage = new MemoryStorage(3600 * 24, () => now);
    const chat = new Chat({ storage, now: () => now, conversationId: 'terug' });
    await chat.open();
    now += 5 * 60_000;
    const replies = await chat.open();
    expect(textOf(replies)).toContain('Welkom terug');
    expect(buttonsOf(replies)).toEqual(WAYS_IN);
  });

  it('reopening the chat within a minute repeats the question, without a welcome back', async () => {
    const chat = new Chat();
    await chat.open();
    const replies = await chat.open();
    expect(textOf(replies)).not.toContain('Welkom terug');
    expect(textOf(replies)).not.toContain('Hoi! Ik ben Geldgesprek.');
    expect(buttonsOf(replies)).toEqual(WAYS_IN);
  });

  it('a stored flow of an older machine version restarts that flow kindly instead of failing', async () => {
    const storage = new MemoryStorage(3600);
    const chat = new Chat({ storage, conversationId: 'oud' });
    await chat.open();
    const key = conversationKey({ channelId: 'test', conversation: { id: 'oud' } });
    const stored = (await storage.read([key]))[key];
    const text = JSON.stringify(stored).replace(/"version":"[0-9a-f]+"/g, '"version":"0000000000000000"');
    await storage.write({ [key]: { ...JSON.parse(text), eTag: '*' } });
    const replies = await chat.say('Wegwijzer opzoeken');
    expect(textOf(replies)).toContain('Ik ben net vernieuwd');
    expect(buttonsOf(replies)).toEqual(WAYS_IN);
  });
});

describe('two messages of one conversation at the same moment', () => {
  it('both are answered and neither update is lost', async () => {
    const storage = new MemoryStorage(3600);
    const chat = new Chat({ storage, conversationId: 'tegelijk' });
    await chat.open();
    await Promise.all([chat.adapter.receiveActivity('help'), chat.adapter.receiveActivity('Wegwijzer opzoeken')]);
    const texts = chat.adapter.activeQueue.splice(0).map((a) => a.text ?? '').join('\n');
    expect(texts).toContain('Ik help je praten over geld');
    expect(texts).toContain('Wat wil je opzoeken?');
  });
});

/** The buttons of the money conversation's first question ("Lukt het jou om rond te komen?"). */
const MONEY_START = ['Het lukt goed', 'Soms is het lastig', 'Het lukt niet', 'Ik praat er liever niet over', 'Ik wil meteen naar de vragen'];

describe('a crisis, at any moment', () => {
  it.each([
    ['ik wil er een eind aan maken', '0800-0113', '113.nl', WAYS_IN],
    ['ik heb al twee dagen niks gegeten en geen geld', 'voedselbank', 'sociaal wijkteam', MONEY_START],
    ['ik weet niet waar ik vannacht moet slapen', 'nachtopvang', 'gemeente', WAYS_IN],
    ['ze bedreigen me omdat ik ze geld schuldig ben', '112', '0800-7000', MONEY_START],
  ])('"%s" gets help at once, waits for the person, then goes on where the message leads', async (typed, help1, help2, next) => {
    const chat = new Chat();
    await chat.open();
    let replies = await chat.say(typed);
    // Homelessness asks where they sleep tonight first; the help for the night follows the answer.
    if (textOf(replies).includes('Waar slaap je vannacht?')) replies = [...replies, ...(await chat.say('Ik weet het nog niet'))];
    expect(textOf(replies)).toContain(help1);
    expect(textOf(replies)).toContain(help2);
    expect(buttonsOf(replies)).toEqual(['Ik ben nu veilig', 'Ik bel nu', 'Je begreep me verkeerd']);
    expect(textOf(replies)).not.toContain('Waar wil je mee beginnen?');
    // A first message about money also chose the way in: the money conversation's first question waits.
    const back = await chat.say('Ik ben nu veilig');
    expect(buttonsOf(back)).toEqual(next);
  });

  it('ordinary money worry is no crisis: the bot goes on with the question as usual', async () => {
    const chat = new Chat();
    await chat.open();
    const replies = await chat.say('ik zie het even niet zitten met die rekeningen');
    expect(textOf(replies)).not.toContain('113');
    // Issue 11: money talk at the welcome leads straight into the money conversation.
    expect(textOf(replies)).toContain('Hoe staat het met je geld?');
  });

  it('remembers that a crisis came up (its type, never the words)', async () => {
    const storage = new MemoryStorage(3600);
    const chat = new Chat({ storage, conversationId: 'crisis' });
    await chat.open();
    await chat.say('ik heb geen eten');
    const key = conversationKey({ channelId: 'test', conversation: { id: 'crisis' } });
    const stored = (await storage.read([key]))[key];
    expect(stored.crises).toEqual(['hunger']);
    expect(JSON.stringify(stored)).not.toContain('geen eten');
  });
});
