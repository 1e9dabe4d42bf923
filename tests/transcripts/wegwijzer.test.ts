import { wegwijzer, wegwijzerIndex } from '../../src/content/wegwijzer';
import { answerStepper, startStepper } from '../../src/machines/routekaartStepper';
import { buttonsOf, Chat, sayAll, textOf } from '../helpers/chat';

async function lookup(): Promise<Chat> {
  const chat = new Chat();
  await chat.open();
  const menu = await chat.say('Wegwijzer opzoeken');
  expect(buttonsOf(menu)).toContain('De routekaart stap voor stap');
  return chat;
}

describe('the wegwijzer lookup', () => {
  it.each([
    ['Aandachtspunten per soort werk', ['Advies', 'Toezicht', 'Werkstraf', 'Financiële situatie uitvragen.']],
    ['Signalen van geldproblemen', ['Mentale klachten', 'Fysieke klachten', 'Gedrag', 'Praktische indicaties', 'Post niet openen maar meebrengen']],
    ['Voorbeeldvragen per techniek', ['Taboe doorbreken en normaliseren', 'Doorvragen', 'Bewust maken', 'Activeren', 'In hoeverre lukt het jou om rond te komen?']],
    ['Hulpaanbod en schuldhulpverlening', ['0800-8115', 'Budgetcoach', 'Stabilisatie', 'Minnelijk', 'Wettelijk', 'drie werkdagen']],
  ])('shows the section "%s" as in the source', async (section, expected) => {
    const chat = await lookup();
    const replies = await chat.say(section);
    for (const text of expected) expect(textOf(replies)).toContain(text);
    expect(buttonsOf(replies)).toContain('Klaar met opzoeken');
  });

  it('answers free text with the best two or three entries', async () => {
    const chat = await lookup();
    const replies = await chat.say('wat doe ik bij huurachterstand');
    expect(textOf(replies)).toContain('Gemeentelijke schuldhulpverlening of kredietbank');
    expect(replies.length).toBeLessThanOrEqual(5);
  });

  it('a first message that asks what something is gets its answer at once, not only the menu', async () => {
    const chat = new Chat();
    await chat.open();
    const replies = await chat.say('wat is een briefadres');
    expect(textOf(replies)).toContain('Briefadres');
    expect(buttonsOf(replies)).toContain('Klaar met opzoeken');
    expect(textOf(replies)).not.toContain('Sorry');
  });

  it('a question about the CJIB gets the CJIB entry among a few, not a whole section', async () => {
    const chat = await lookup();
    const replies = await chat.say('wat doe ik met boetes van het cjib');
    expect(textOf(replies)).toContain('CJIB: boetes, schadevergoedingsmaatregel en betalingsregeling');
    expect(replies.length).toBeLessThanOrEqual(5);
  });

  it('"wegwijzer" while practising opens the lookup', async () => {
    const chat = new Chat();
    await chat.open();
    await chat.say('Ik ben professional en wil oefenen');
    const menu = await chat.say('wegwijzer');
    expect(buttonsOf(menu)).toContain('De routekaart stap voor stap');
  });

  it('"ok dank je" ends the lookup, it is not searched', async () => {
    const chat = await lookup();
    await chat.say('wsnp');
    expect(textOf(await chat.say('ok dank je'))).not.toContain('Ik vond niets');
  });

  it('says so when it finds nothing', async () => {
    const chat = await lookup();
    expect(textOf(await chat.say('vakantie naar Spanje'))).toContain('Ik vond niets bij');
  });

  it('walks the routekaart in the source\'s words, with the outcomes, and back to the menu', async () => {
    const chat = await lookup();
    const first = await chat.say('De routekaart stap voor stap');
    expect(textOf(first)).toContain('Fase 1 - Inkomsten: Heeft de cliënt inkomen?');
    const replies = await sayAll(chat, ['nee']);
    expect(textOf(replies)).toContain('uitkomst: Bespreek met de cliënt de mogelijkheden om legaal, stabiel en voldoende inkomen te vergaren');
    expect(textOf(replies)).toContain('Fase 2 - Financiële situatie: Is de financiële situatie van de cliënt duidelijk?');
    expect(textOf(await chat.say('terug'))).toContain('Wat wil je opzoeken?');
    await chat.say('De routekaart stap voor stap');
    const end = await sayAll(chat, ['nee', 'ja', 'nee', 'nee', 'nee', 'ja']);
    expect(textOf(end)).toContain('uitkomst: Blijf de ondersteuning monitoren');
    expect(textOf(end)).toContain('Einde van de routekaart.');
    expect(buttonsOf(end)).toContain('Klaar met opzoeken');
    expect(textOf(await chat.say('Klaar met opzoeken'))).toContain('Succes met je gesprek.');
  });
});

describe('the routekaart stepper', () => {
  it('skips the bot\'s own extra questions and reaches the end of Fase 3', () => {
    let s = startStepper();
    const answers = [true, true, true, true, true, true, true, false, false, false, false];
    const seen: string[] = [];
    for (const a of answers) {
      if (!s.node) break;
      seen.push(s.node);
      s = answerStepper(s, a);
    }
    expect(seen).not.toContain('schuldBedrag');
    expect(seen).not.toContain('cjib');
    expect(seen).toContain('risico');
    expect(s.node).toBeNull();
  });
});

describe('free-text search over the wegwijzer', () => {
  // [what a professional types, an entry that must be among the top three]
  const QUERIES: Array<[string, string]> = [
    ['wat doe ik bij huurachterstand', 'hulp-schuldhulpverlening'],
    ['vragen normaliseren', 'vragen-normaliseren'],
    ['hoe open ik het gesprek over geld', 'vragen-inkaart'],
    ['cliënt komt steeds niet op afspraken', 'signalen-gedrag'],
    ['post niet openen', 'signalen-gedrag'],
    ['voorschot vragen', 'signalen-gedrag'],
    ['slaapproblemen', 'signalen-fysiek'],
    ['stress en angst', 'signalen-mentaal'],
    ['suïcidale gedachten', 'signalen-mentaal'],
    ['onverzorgd uiterlijk', 'signalen-uiterlijk'],
    ['beslag op loon', 'signalen-praktisch'],
    ['niet verzekerd', 'signalen-praktisch'],
    ['bewindvoerder aanvragen', 'hulp-bewind'],
    ['budgetbeheer', 'hulp-bewind'],
    ['iemand die overzicht helpt maken', 'hulp-budgetcoach'],
    ['cursus omgaan met geld', 'hulp-budgetcursus'],
    ['formulieren invullen', 'hulp-raadslieden'],
    ['juridische vraag', 'hulp-raadslieden'],
    ['geen eten', 'hulp-voedselbank'],
    ['acute praktische hulp', 'hulp-wijkteam'],
    ['gratis hulplijn bellen', 'hulp-0800'],
    ['nibud tips besparen', 'hulp-zelfhulp'],
    ['minnelijk traject', 'hulp-schuldhulpverlening'],
    ['wettelijke schuldsanering', 'hulp-schuldhulpverlening'],
    ['stabilisatie', 'hulp-schuldhulpverlening'],
    ['afsluiting gas en licht', 'hulp-schuldhulpverlening'],
    ['wat moet ik doen in het adviesrapport', 'aandacht-advies'],
    ['risicotaxatie RISC', 'aandacht-advies'],
    ['eerste gesprek toezicht', 'aandacht-toezicht'],
    ['werkstraf', 'aandacht-werkstraf'],
    ['cliënt motiveren om iets te doen', 'vragen-activeren'],
    ['gevolgen van schulden bespreken', 'vragen-bewustmaken'],
    ['alles is zo duur zegt de cliënt', 'vragen-doorvragen'],
    ['stress benoemen die ik zie', 'vragen-waarnemen'],
    ['verslaving en huisvesting', 'signalen-leefgebieden'],
  ];

  it('has at least 30 realistic queries', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(QUERIES)('"%s" finds %s among the top three', (query, id) => {
    expect(wegwijzerIndex.search(query, 3).map((h) => h.id)).toContain(id);
  });

  it('every entry can be found by its own title', () => {
    for (const entry of wegwijzer.entries) expect(wegwijzerIndex.search(entry.title, 3).map((h) => h.id)).toContain(entry.id);
  });
});
