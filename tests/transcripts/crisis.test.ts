import { loadGemeenten } from '../../src/content/gemeenten';
import { buttonsOf, Chat, inMoneyTalk, textOf } from '../helpers/chat';

const SAFETY = ['Ik ben nu veilig', 'Ik bel nu', 'Je begreep me verkeerd'];

describe('a certain crisis mid-conversation: help, one question, and wait', () => {
  it.each([
    ['soms denk ik dat iedereen beter af is zonder mij', ['113', '0800-0113', '113.nl', '112']],
    ['ik moet een dealer nog geld en anders maak ik wat mee', ['112', '0900-8844', '0800-7000', 'reclasseringswerker', 'Vraag eerst wat hij of zij moet doorgeven.', 'Dat hoef je niet alleen op te lossen. Je hoeft niets strafbaars te doen om een schuld te betalen.']],
    ['mijn vriend slaat me als ik geld vraag', ['Veilig Thuis', '0800-2000']],
    ['ik heb al twee dagen niks gegeten', ['voedselbank', 'sociaal wijkteam']],
  ])('"%s" gets its help, waits, and "Ik ben nu veilig" asks the pending question again', async (typed, help) => {
    const { chat, pending } = await inMoneyTalk();
    const replies = await chat.say(typed);
    for (const h of help) expect(textOf(replies)).toContain(h);
    expect(buttonsOf(replies)).toEqual(SAFETY);
    expect(textOf(replies)).not.toContain(pending);
    const back = await chat.say('Ik ben nu veilig');
    expect(textOf(back)).toContain(pending);
  });

  it('waits: another answer is not read as the pending question, and the bot never moves on by itself', async () => {
    const { chat, pending } = await inMoneyTalk();
    await chat.say('ik wil dood');
    const again = await chat.say('blabla');
    expect(textOf(again)).toContain('nog een keer');
    expect(buttonsOf(again)).toEqual(SAFETY);
    const still = await chat.say('hmm');
    expect(textOf(still)).toContain('Ik wacht op je.');
    expect(textOf(still)).toContain('113');
    expect(textOf(still)).not.toContain(pending);
    expect(textOf(await chat.say('Ik ben nu veilig'))).toContain(pending);
  });

  it('"nee" to "Laat je me weten hoe het nu gaat?" is not safe: the help again, and it keeps waiting', async () => {
    const { chat, pending } = await inMoneyTalk();
    await chat.say('ik wil dood');
    for (const answer of ['nee', 'nee']) {
      const replies = await chat.say(answer);
      expect(textOf(replies)).toContain('Je hoeft dit niet alleen te doen.');
      expect(textOf(replies)).toContain('113');
      expect(textOf(replies)).not.toContain(pending);
      expect(buttonsOf(replies)).toEqual(SAFETY);
    }
  });

  it('says the whole help again once, then only its short line: never the same block over and over', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik wil dood');
    const first = await chat.say('nee');
    expect(textOf(first)).toContain('113.nl');
    for (const answer of ['nee', 'nee', 'ja']) {
      const replies = await chat.say(answer);
      expect(textOf(replies)).not.toContain('113.nl');
      expect(replies.length).toBeLessThanOrEqual(3);
      expect(buttonsOf(replies)).toEqual(SAFETY);
    }
    // Words it cannot read, twice: the numbers once more, and the conversation goes on (no loop).
    const onwards = await chat.say('geen idee');
    expect(textOf(onwards)).toContain('0800-0113');
    expect(textOf(onwards)).toContain('Ik ga verder met ons gesprek.');
    expect(buttonsOf(onwards)).not.toEqual(SAFETY);
  });

  it('a situation said again, after its help was given and the person said they are safe: one short line, no loop', async () => {
    const { chat } = await inMoneyTalk();
    const noFood = 'ik heb al twee dagen niks gegeten en geen geld';
    await chat.say(noFood);
    await chat.say('Ik ben nu veilig');
    const again = await chat.say(noFood);
    expect(textOf(again)).toContain('voedselbank');
    expect(buttonsOf(again)).not.toEqual(SAFETY);
  });

  it('a threat said again, or a worse one, gets the help again and waits: it is not read as the answer to the question', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik moet een dealer nog geld en anders maak ik wat mee');
    await chat.say('Ik ben nu veilig');
    const worse = await chat.say('ze hebben gisteren gezegd dat ik een kogel in mijn knie krijg als ik vrijdag niet 800 euro heb');
    expect(textOf(worse)).toContain('Is er nu gevaar? Bel 112.');
    expect(buttonsOf(worse)).toEqual(SAFETY);
  });

  it('suicide said again still gets the safety question and waits', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik wil dood');
    await chat.say('Ik ben nu veilig');
    expect(buttonsOf(await chat.say('ik wil dood'))).toEqual(SAFETY);
  });

  it('"laat maar" while it waits stops, with the numbers', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik wil dood');
    const stop = await chat.say('laat maar');
    expect(textOf(stop)).toContain('we stoppen hier');
    expect(textOf(stop)).toContain('0800-0113');
  });

  it('a first message in crisis keeps its way in and what it said: after "Ik ben nu veilig" the money conversation', async () => {
    const chat = new Chat();
    await chat.open();
    const help = await chat.say('ik heb al twee dagen niks gegeten en ik ben net vrij');
    expect(textOf(help)).toContain('voedselbank');
    const back = await chat.say('we redden het wel vandaag');
    expect(textOf(back)).toContain('Lukt het jou om rond te komen?');
    expect(textOf(back)).not.toContain('Waar wil je mee beginnen?');
  });

  it.each(['het gaat niet goed', 'ik ben niet veilig'])('"%s" is never "Ik ben nu veilig"', async (answer) => {
    const { chat, pending } = await inMoneyTalk();
    await chat.say('ik wil dood');
    const replies = await chat.say(answer);
    expect(textOf(replies)).not.toContain(pending);
    expect(buttonsOf(replies)).toEqual(SAFETY);
  });

  it('a side remark with "bellen" in it is not "Ik bel nu"', async () => {
    const { chat, pending } = await inMoneyTalk();
    await chat.say('ik wil dood');
    const replies = await chat.say('ze bellen steeds');
    expect(textOf(replies)).not.toContain(pending);
    expect(buttonsOf(replies)).toEqual(SAFETY);
  });

  it('"Je begreep me verkeerd" goes back to the question with an apology', async () => {
    const { chat, pending } = await inMoneyTalk();
    await chat.say('ik ben bang voor mijn leven, ze weten waar ik woon');
    const back = await chat.say('Je begreep me verkeerd');
    expect(textOf(back)).toContain('Sorry');
    expect(textOf(back)).toContain(pending);
  });
});

describe('from a third round of chats: no loops, no lost help', () => {
  it('a possible signal as the first message never leads into practice', async () => {
    const chat = new Chat();
    await chat.open();
    expect(textOf(await chat.say('ik ben er klaar mee'))).toContain('Denk je erover om jezelf iets aan te doen?');
    const back = await chat.say('nee');
    expect(textOf(back)).not.toContain('Met wie wil je oefenen?');
  });

  it('the same trouble said again while it waits is an answer: "ik slaap vannacht op straat" to "Waar slaap je vannacht?" gets the night\'s help', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik slaap vannacht op straat');
    const again = await chat.say('ik slaap vannacht op straat');
    expect(textOf(again)).toContain('nachtopvang');
    expect(textOf(again)).not.toContain('Waar slaap je vannacht?');
  });

  it('a threat said again while it waits: the full help once more, then the short line', async () => {
    const { chat } = await inMoneyTalk();
    const threat = 'een dealer slaat me in elkaar als ik niet betaal';
    await chat.say(threat);
    await chat.say(threat);
    const third = await chat.say(threat);
    expect(textOf(third)).not.toContain('klinkt bedreigend');
    expect(textOf(third)).toContain('Bij gevaar: bel 112.');
    expect(buttonsOf(third)).toEqual(SAFETY);
  });

  it('"ja gaat wel" to the check gives the help', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik zie geen uitweg meer');
    expect(textOf(await chat.say('ja gaat wel'))).toContain('0800-0113');
  });

  it('"ik bel morgen" hears that help is open now, and the bot keeps waiting', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik wil dood');
    const later = await chat.say('ik bel morgen');
    expect(textOf(later)).toContain('De hulp is nu al open');
    expect(buttonsOf(later)).toEqual(SAFETY);
  });

  it('"hou op" stops, and "opnieuw" while it waits keeps the numbers', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik wil dood');
    expect(textOf(await chat.say('opnieuw'))).toContain('0800-0113');
    const stop = new Chat();
    await stop.open();
    await stop.say('Ik wil praten over geld');
    await stop.say('ik wil dood');
    expect(textOf(await stop.say('hou op'))).toContain('we stoppen hier');
  });
});

describe('nowhere to sleep tonight', () => {
  it('asks where they sleep, then names the gemeente nachtopvang and 0800-8115, then waits', async () => {
    const { gemeenten } = loadGemeenten();
    const { chat, pending } = await inMoneyTalk({ gemeenten });
    await chat.send({ type: 'event', name: 'webchat/join', value: { gemeente: 'voorbeeldstad' } });
    const first = await chat.say('de deurwaarder heeft vandaag mijn woning ontruimd');
    expect(textOf(first)).toContain('Waar slaap je vannacht?');
    const help = await chat.say('ik weet het niet');
    expect(textOf(help)).toContain('Nachtopvang De Haven');
    expect(textOf(help)).toContain('0800-8115');
    expect(buttonsOf(help)).toEqual(SAFETY);
    expect(textOf(await chat.say('Ik bel nu'))).toContain(pending);
  });

  it('"bij mijn maat" to "Waar slaap je vannacht?" is a place: no night shelter, back to the conversation', async () => {
    const { chat, pending } = await inMoneyTalk();
    await chat.say('ik slaap vannacht op straat');
    const place = await chat.say('bij mn maat');
    expect(textOf(place)).toContain('Fijn dat je vannacht een plek hebt.');
    expect(textOf(place)).not.toContain('nachtopvang');
    expect(textOf(place)).toContain(pending);
  });

  it('an eviction next week is no homelessness: the conversation goes on', async () => {
    const { chat } = await inMoneyTalk();
    const replies = await chat.say('volgende week moet ik eruit');
    expect(textOf(replies)).not.toContain('Waar slaap je vannacht?');
    expect(textOf(replies)).not.toContain('Ik wil zeker weten dat het goed met je gaat');
  });
});
