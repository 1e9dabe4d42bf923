import type { Storage } from 'botbuilder';
import { buttonsOf, cardsOf, Chat, inMoneyTalk, sayAll, textOf } from '../helpers/chat';

const SAFETY = ['Ik ben nu veilig', 'Ik bel nu', 'Je begreep me verkeerd'];

describe('a possible signal', () => {
  it('gets one gentle check; the message still counts as the answer, and "nee" goes on from there', async () => {
    const { chat, pending } = await inMoneyTalk();
    const check = await chat.say('ik zie geen uitweg meer');
    expect(textOf(check)).toContain('Ik wil zeker weten dat het goed met je gaat. Denk je erover om jezelf iets aan te doen?');
    expect(textOf(check)).not.toContain('113');
    expect(textOf(check)).not.toContain(pending);
    const back = await chat.say('nee');
    expect(textOf(back)).toContain('We gaan verder waar we waren');
    // The message answered the pending question (nothing lost): the bot asks what comes after it.
    expect(textOf(back)).not.toContain(pending);
    expect(textOf(back)).toContain('Hoe bedoel je dat precies?');
    // One line with where help is for what was sensed, not the whole crisis answer.
    expect(textOf(back)).toContain('0800-0113');
    expect(textOf(back)).not.toContain('Is er nu direct gevaar?');
  });

  it.each(['het lukt niet', 'het gaat niet goed met me'])('"%s" to the check is not a "nee": the help (in doubt, help)', async (answer) => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik zie geen uitweg meer');
    const replies = await chat.say(answer);
    expect(textOf(replies)).not.toContain('Fijn.');
    expect(textOf(replies)).toContain('113');
    expect(buttonsOf(replies)).toEqual(SAFETY);
  });

  it('a first message with a possible signal keeps what it said: the facts count after "nee"', async () => {
    const chat = new Chat();
    await chat.open();
    const check = await chat.say('ik ben net vrij en slaap bij een maat op de bank maar dat kan niet meer');
    expect(textOf(check)).toContain('Ben je nu in gevaar?');
    const back = await chat.say('nee');
    expect(textOf(back)).not.toContain('Waar wil je mee beginnen?');
    const rest = await sayAll(chat, ['het lukt niet', 'ja', 'nee', 'Geen van deze', 'weet ik niet', 'nee', 'nog niks', 'weet ik niet']);
    expect(textOf(rest)).not.toContain('Ben je de afgelopen maanden vrijgekomen');
  });

  it('"ik ben veilig" typed at the check is a "nee", with one line on where help is', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik zie geen uitweg meer');
    const replies = await chat.say('Ik ben nu veilig');
    expect(textOf(replies)).toContain('0800-0113');
    expect(textOf(replies)).toContain('We gaan verder waar we waren');
    expect(textOf(replies)).not.toContain('Is er nu direct gevaar?');
  });

  it('"ja" to the check gives the help and waits', async () => {
    const { chat } = await inMoneyTalk();
    expect(textOf(await chat.say('alles is hopeloos, ik red het niet meer'))).toContain('Denk je erover om jezelf iets aan te doen?');
    const help = await chat.say('ja');
    expect(textOf(help)).toContain('0800-0113');
    expect(buttonsOf(help)).toEqual(SAFETY);
  });

  it('"het heeft allemaal geen zin meer" is never the button "Ik praat er liever niet over"', async () => {
    const { chat } = await inMoneyTalk();
    const replies = await chat.say('het heeft allemaal geen zin meer');
    expect(textOf(replies)).toContain('Denk je erover om jezelf iets aan te doen?');
  });

  it('ordinary money worry is no crisis', async () => {
    const { chat } = await inMoneyTalk();
    for (const calm of ['ik zie het even niet zitten met die rekeningen', 'de bank dreigt mijn rekening te blokkeren']) {
      const replies = await chat.say(calm);
      expect(textOf(replies)).not.toContain('Ik wil zeker weten dat het goed met je gaat');
      expect(textOf(replies)).not.toContain('113');
    }
  });
});

describe('crisis help without state', () => {
  /** A storage that is down: every read and write throws. */
  const broken: Storage = {
    read: () => Promise.reject(new Error('storage down')),
    write: () => Promise.reject(new Error('storage down')),
    delete: () => Promise.reject(new Error('storage down')),
  };

  it.each(['ik wil dood', 'hulp nu'])('"%s" still gets 113 in Dutch', async (typed) => {
    const chat = new Chat({ storage: broken });
    const replies = await chat.say(typed);
    expect(textOf(replies)).toContain('0800-0113');
    expect(textOf(replies)).toContain('113.nl');
  });
});

describe('the lookup, used by professionals, checks only for a certain crisis', () => {
  it('a query about a dealer debt gets an answer, not "Ben je nu in gevaar?"; "ik wil dood" still gets help', async () => {
    const chat = new Chat();
    await chat.open();
    await chat.say('Wegwijzer opzoeken');
    const query = await chat.say('client heeft schuld bij dealer');
    expect(textOf(query)).not.toContain('Ik wil zeker weten dat het goed met je gaat');
    const crisis = await chat.say('ik wil dood');
    expect(textOf(crisis)).toContain('0800-0113');
  });
});

describe('practice mode does not check for a crisis', () => {
  it('a professional playing a role is not given crisis help', async () => {
    const chat = new Chat();
    await chat.open();
    await chat.say('Ik ben professional en wil oefenen');
    const replies = await chat.say('ik wil dood');
    expect(textOf(replies)).not.toContain('0800-0113');
  });
});

describe('urgency cannot be skipped', () => {
  it('hears "ik word uit mijn huis gezet" at the eviction question as a coming eviction (yes, call today), not a night outside', async () => {
    const chat = new Chat();
    await chat.open();
    await sayAll(chat, ['Ik wil praten over geld', 'het lukt niet']);
    expect(textOf(await chat.say('ja'))).toContain('Moet je binnenkort je huis uit?');
    const reply = textOf(await chat.say('ja ik word uit mijn huis gezet'));
    expect(reply).not.toContain('Waar slaap je vannacht?');
    expect(reply).toContain('Bel vandaag nog je gemeente');
  });

  it('"Ik wil meteen naar de vragen" still asks the urgent question once; "weet ik niet" there says: call today', async () => {
    const { chat } = await inMoneyTalk();
    const urgent = await chat.say('Ik wil meteen naar de vragen');
    expect(textOf(urgent)).toContain('Moet je binnenkort je huis uit?');
    const unsure = await chat.say('weet ik niet');
    expect(textOf(unsure)).toContain('Kijk vandaag nog in je post. Of bel vandaag je gemeente');
  });

  it('"ja" there goes straight to the plan, urgent first', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('Ik wil meteen naar de vragen');
    expect(textOf(await chat.say('ja'))).toContain('Dat is dringend.');
  });

  it('"ja" with more said counts what it said: the plan has the release list', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('Ik wil meteen naar de vragen');
    const plan = await chat.say('ja, en ik ben twee weken geleden vrijgekomen');
    expect(textOf(plan)).toContain('Dat is dringend.');
    expect(cardsOf(plan)).toContain('Nu je vrij bent, regel dit');
  });
});

describe('from a client tester: after a crisis, in the person\'s own words', () => {
  it('"dan ben ik er niet meer" after earlier distress is the suicide help again; "ik bel 113 morgen, nu eerst dit afmaken" is no threat', async () => {
    const chat = new Chat();
    await chat.open();
    await sayAll(chat, ['Ik wil praten over geld', 'ik zie het soms echt niet meer zitten', 'ja', 'Ik ben nu veilig']);
    const again = textOf(await chat.say('dan ben ik er niet meer denk ik'));
    expect(again).toContain('0800-0113');
    const later = textOf(await chat.say('ik bel die 113 misschien morgen. nu eerst dit afmaken'));
    expect(later).toContain('De hulp is nu al open');
    expect(later).not.toContain('0900-8844');
    expect(later).not.toContain('strafbaar');
  });

  it('"bij me broer paar dagen" and "ik heb wel plek" at "Waar slaap je vannacht?" are a place for tonight', async () => {
    for (const place of ['bij me broer paar dagen', 'ik heb wel plek', 'je snapt me nie ik heb slaapplek']) {
      const { chat } = await inMoneyTalk();
      expect(textOf(await chat.say('ik slaap vannacht op straat'))).toContain('Waar slaap je vannacht?');
      const reply = textOf(await chat.say(place));
      expect(reply).toContain('Fijn dat je vannacht een plek hebt.');
    }
  });
});
