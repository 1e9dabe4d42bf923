import { readCrisisReply } from '../../src/language';
import { buttonsOf, cardsOf, Chat, inMoneyTalk, sayAll, textOf } from '../helpers/chat';

/** Found by a tester typing as clients in Chromium (seventh session). */
describe('"Waar slaap je vannacht?" answered with a place that is not sure', () => {
  it('"misschien bij een maat, maar die neemt zijn telefoon niet op" gets the night shelter, not "Fijn dat je vannacht een plek hebt"', async () => {
    const { chat } = await inMoneyTalk();
    expect(textOf(await chat.say('ik weet niet waar ik vannacht moet pitten, mijn vriendin heeft me eruit gezet'))).toContain('Waar slaap je vannacht?');
    const reply = textOf(await chat.say('misschien bij een maat, maar die neemt zijn telefoon niet op'));
    expect(reply).not.toContain('Fijn dat je vannacht een plek hebt.');
    expect(reply).toContain('nachtopvang');
  });

  it('reads doubt in an answer, and a plain place as sure', () => {
    expect(readCrisisReply('ik hoop bij mijn tante').unsure).toBe(true);
    expect(readCrisisReply('bij mijn zus maar ik weet niet of ze thuis is').unsure).toBe(true);
    expect(readCrisisReply('bij mijn zus').unsure).toBe(false);
  });
});

describe('safe, in the person\'s own words, while the crisis answer waits', () => {
  it.each(['ja ik ben safe nu, ga maar door', 'ben safe bro', 'ik doe mezelf niks hoor, we kunnen verder'])('"%s" is safe: back to the question, no crisis answer again', async (answer) => {
    const { chat, pending } = await inMoneyTalk();
    await chat.say('die gasten zeggen dat ze me komen halen als ik morgen niet betaal');
    const reply = await chat.say(answer);
    expect(textOf(reply)).not.toContain('0800-7000');
    expect(textOf(reply)).toContain(pending);
    expect(buttonsOf(reply)).not.toContain('Ik ben nu veilig');
  });

  it('"het gaat niet, ik kan niet verder" is not safe', () => {
    expect(readCrisisReply('het gaat niet, ik kan niet verder').safe).toBe(false);
  });
});

describe('a possible sign of suicide is checked plainly', () => {
  it('asks "Denk je erover om jezelf iets aan te doen?", and "nee" does not ask about zelfmoord later', async () => {
    const { chat } = await inMoneyTalk();
    const check = textOf(await chat.say('ik heb al een tijdje pillen gespaard'));
    expect(check).toContain('Denk je erover om jezelf iets aan te doen?');
    expect(check).not.toContain('Ben je nu in gevaar?');
    const no = textOf(await chat.say('nee'));
    expect(no).not.toContain('aan zelfmoord');
    expect(no).toContain('0800-0113');
  });

  it('a possible threat is still asked about danger', async () => {
    const { chat } = await inMoneyTalk();
    expect(textOf(await chat.say('ik ben bang voor die jongens waar ik geld van heb geleend'))).toContain('Ben je nu in gevaar?');
  });
});

describe('a coming eviction or cut-off, said in a sentence, is the urgent path', () => {
  it.each(['volgende week dinsdag komt de deurwaarder om me eruit te zetten', 'ik moet over twee weken mijn huis uit', 'ze sluiten volgende week mijn stroom af'])(
    '"%s" at "Moet je binnenkort je huis uit?" is a yes: call the gemeente today, and the plan',
    async (answer) => {
      const { chat } = await inMoneyTalk();
      expect(textOf(await chat.say('Ik wil meteen naar de vragen'))).toContain('Moet je binnenkort je huis uit?');
      const plan = await chat.say(answer);
      expect(textOf(plan)).toContain('Dat is dringend.');
      expect(textOf(plan)).not.toContain('Dat snap ik nog niet goed');
      expect(cardsOf(plan)).toContain('De brief met de datum van ontruiming of afsluiting.');
    },
  );

  it('said in the first message, it is remembered: no crisis check, and the urgent question is not asked again', async () => {
    const chat = new Chat();
    await chat.open();
    const first = textOf(await chat.say('ik heb schulden en over twee weken moet ik mijn huis uit'));
    expect(first).not.toContain('Ik wil zeker weten dat het goed met je gaat');
    const rest = textOf(await sayAll(chat, ['het lukt niet', 'ja']));
    expect(rest).toContain('Je zei al dat je binnenkort je huis uit moet');
    expect(rest).toContain('Dat is dringend.');
  });

  it('"nee, ik hoef er gelukkig niet uit" is a no', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('Ik wil meteen naar de vragen');
    expect(textOf(await chat.say('nee, ik hoef er gelukkig niet uit'))).toContain('Ben je de afgelopen maanden vrijgekomen');
  });
});

describe('a message of characters that take no room on screen', () => {
  it('(a zero-width space) is no text: it picks no path at the welcome', async () => {
    const chat = new Chat();
    await chat.open();
    const reply = textOf(await chat.say('\u200B'));
    expect(reply).toContain('Ik kan alleen tekst lezen.');
    expect(reply).not.toContain('Hoe staat het met je geld?');
  });
});

describe('"kan de reclassering dit zien?"', () => {
  it('is answered in the first line, and said once', async () => {
    const { chat } = await inMoneyTalk();
    const replies = await chat.say('kan de reclassering dit zien?');
    expect(replies[0].text).toContain('Ik stuur je woorden niet naar de gemeente, de reclassering of de politie.');
    expect(textOf(replies).split('niet naar de gemeente').length).toBe(2);
  });
});

/** Found by the second Chromium tester (seventh session). */
describe('someone else\'s crisis that turns out to be the person\'s own, and the other way round', () => {
  it('"eigenlijk gaat het over mij" right after the help for a brother is the suicide help for the person, and it waits', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('mijn broer zegt steeds dat hij er een eind aan wil maken, wat moet ik doen');
    const own = await chat.say('eigenlijk gaat het over mij');
    expect(textOf(own)).toContain('Denk je aan zelfmoord? Praat erover met 113 Zelfmoordpreventie.');
    expect(buttonsOf(own)).toEqual(['Ik ben nu veilig', 'Ik bel nu', 'Je begreep me verkeerd']);
  });

  it('"ik ben het zelf" there never starts practice', async () => {
    const chat = new Chat();
    await chat.open();
    await chat.say('mijn vriendin slaapt sinds gisteren buiten, waar kan ze naartoe?');
    const own = textOf(await chat.say('ik ben het zelf'));
    expect(own).not.toContain('Met wie wil je oefenen?');
    expect(own).toContain('Waar slaap je vannacht?');
  });

  it('"nee het gaat om mijn moeder, niet om mij" after the no-food help: sorry, the help for her, and no wait', async () => {
    const { chat, pending } = await inMoneyTalk();
    expect(textOf(await chat.say('mijn moeder heeft geen eten meer in huis'))).toContain('voedselbank');
    const other = await chat.say('nee het gaat om mijn moeder, niet om mij');
    expect(textOf(other)).toContain('Sorry, dan begreep ik je verkeerd.');
    expect(textOf(other)).toContain('Heeft iemand geen eten?');
    expect(textOf(other)).toContain(pending);
    expect(buttonsOf(other)).not.toContain('Ik ben nu veilig');
  });

  it('"wat kan hij doen?" at the check for a friend outside is about the friend', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('mijn vriend slaapt buiten in het park');
    const other = textOf(await chat.say('wat kan hij doen?'));
    expect(other).toContain('Heeft iemand geen slaapplek?');
    expect(other).not.toContain('Ik wil zeker weten dat het goed met je gaat');
  });
});

describe('no food or no bed, and a call or visit tomorrow', () => {
  it('"ja heb gebeld, ik mag morgen langskomen" is a plan: no "de hulp is nu al open, ook \'s nachts" (the wijkteam is not)', async () => {
    const { chat, pending } = await inMoneyTalk();
    await chat.say('ik heb sinds gisteren niks meer gegeten');
    const reply = textOf(await chat.say('ja heb gebeld, ik mag morgen langskomen'));
    expect(reply).not.toContain("ook 's nachts");
    expect(reply).toContain('Bel of ga zo vroeg als het kan.');
    expect(reply).toContain(pending);
  });
});

describe('the first message never guesses practice', () => {
  it.each(['ben nu wel safe denk ik', 'ik ben het zelf'])('"%s" at the welcome is no practice', async (text) => {
    const chat = new Chat();
    await chat.open();
    expect(textOf(await chat.say(text))).not.toContain('Met wie wil je oefenen?');
  });

  it('"ik ben reclasseringswerker" still is', async () => {
    const chat = new Chat();
    await chat.open();
    expect(textOf(await chat.say('ik ben reclasseringswerker'))).toContain('Met wie wil je oefenen?');
  });
});

describe('an eviction said in the first message', () => {
  it('"volgende week komt de deurwaarder om me uit huis te zetten" is remembered, and "waar ik dan moet slapen" is one check, not the night\'s help', async () => {
    const chat = new Chat();
    await chat.open();
    await chat.say('volgende week komt de deurwaarder om me uit huis te zetten');
    const after = textOf(await chat.say('ik weet niet waar ik dan moet slapen'));
    expect(after).not.toContain('Waar slaap je vannacht?');
    expect(after).toContain('Ik wil zeker weten dat het goed met je gaat');
    const remembered = new Chat();
    await remembered.open();
    await remembered.say('volgende week komt de deurwaarder om me uit huis te zetten');
    expect(textOf(await sayAll(remembered, ['het lukt niet', 'ja']))).toContain('Je zei al dat je binnenkort je huis uit moet');
  });
});

describe('a threat by people named outside the home', () => {
  it('leaves out "Geweld thuis? Bel Veilig Thuis"; a threat by nobody named keeps it', async () => {
    const { chat: street } = await inMoneyTalk();
    const named = textOf(await street.say('die gasten zeggen dat ze me komen halen als ik morgen niet betaal'));
    expect(named).toContain('0800-7000');
    expect(named).not.toContain('Veilig Thuis');
    const { chat: unnamed } = await inMoneyTalk();
    expect(textOf(await unnamed.say('ik word bedreigd'))).toContain('Geweld thuis? Bel gratis Veilig Thuis: 0800-2000.');
  });
});
