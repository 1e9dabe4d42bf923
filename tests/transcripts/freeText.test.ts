import { cardsOf, Chat, planData, textOf, type Reply, lastQuestion } from '../helpers/chat';

/** Replies that say the bot could not read the answer (see unclear.* in content/nl/texts/algemeen.json). */
const NOT_UNDERSTOOD = /^(Dat snap ik nog niet goed|Ik zie nog geen|Ik snap het nog niet goed)/;

interface Run {
  replies: Reply[];
  /** Per message typed: the replies it got. */
  turns: Reply[][];
}

/** A person who never clicks: opens the chat and types every line; the conversation must reach the plan. */
async function typeThrough(lines: readonly string[]): Promise<Run> {
  const chat = new Chat();
  await chat.open();
  const turns: Reply[][] = [];
  for (const line of lines) {
    turns.push(await chat.say(line));
    if (process.env.SHOW_TRANSCRIPT) console.log(`> ${line}\n${turns[turns.length - 1].map((r) => `  ${r.text} ${r.buttons.length ? `[${r.buttons.join(' | ')}]` : ''} ${JSON.stringify((r.activity.channelData as { geldgesprek?: object })?.geldgesprek ?? {})}`).join('\n')}`);
    if (planData(turns.flat())) break;
  }
  return { replies: turns.flat(), turns };
}

/** At most three not-understood replies in a whole conversation, and never two in a row. */
function expectFewMisreadings(run: Run): void {
  const misread = run.turns.map((t) => t.some((r) => NOT_UNDERSTOOD.test(r.text)));
  expect(misread.filter(Boolean).length).toBeLessThanOrEqual(3);
  for (let i = 1; i < misread.length; i++) expect(misread[i - 1] && misread[i]).toBe(false);
}

const asked = (run: Run, question: string) => run.replies.filter((r) => r.text.includes(question)).length;

describe('people who only type, from the first message to the plan', () => {
  it('just released with CJIB fines, said in the first message: not asked again, and the plan names the CJIB', async () => {
    const run = await typeThrough([
      'ik ben net vrij en heb boetes bij het CJIB',
      'het lukt eigenlijk niet',
      'ja dat herken ik wel',
      'nee gelukkig niet',
      'ik slaap slecht',
      'ik lig wakker van de brieven',
      'rust, en een eigen plek',
      'ja vertel maar',
      'nog niks eigenlijk',
      'iemand die met me meekijkt',
      'ja ik heb een id kaart',
      // "ik slaap voorlopig bij mijn zus" meets the crisis check of issue 10 (see the person without a fixed place below).
      'nee, nog niet',
      'ik heb nog geen uitkering',
      'geen idee',
      'nee, ik heb geen overzicht',
      'ja de huur van vorige maand',
      'wk nie',
      'nee',
      'soms wel ja',
      'nee dat lukt me niet',
      'nee niemand',
      'ja graag',
      'nee nooit gehad',
    ]);
    expectFewMisreadings(run);
    expect(asked(run, 'Ben je de afgelopen maanden vrijgekomen')).toBe(0);
    expect(asked(run, 'Heb je boetes of schulden bij het CJIB')).toBe(0);
    expect(asked(run, 'Heb je schulden?')).toBe(0);
    expect(textOf(run.replies)).toContain('Je zei al dat je boetes of schulden hebt bij het CJIB.');
    // "ik heb nog geen uitkering" answers both income questions; the line that says so comes once.
    expect(asked(run, 'Je zei al dat je nu geen inkomen hebt.')).toBe(1);
    const plan = planData(run.replies)!;
    expect(plan.referrals).toContain('schuldhulpverlening');
    expect(cardsOf(run.replies)).toContain('CJIB');
  });

  it('rent arrears and a benefit, said at the start: income and arrears are confirmed, not asked', async () => {
    const run = await typeThrough([
      'hoi, ik heb een huurachterstand en ik leef van een uitkering',
      'slecht eigenlijk',
      'ja zeker',
      'nee',
      'post maak ik niet meer open',
      'ik ben bang voor wat erin staat',
      'geen idee joh',
      'nee liever niet',
      'niks',
      'weet ik niet',
      'nee ik zat niet vast',
      'ja elke maand hetzelfde',
      'ja ongeveer',
      'nee niet echt',
      'ja een paar duizend euro',
      'ongeveer 2500 euro',
      'nee',
      'nee',
      'nee hoor',
      'ja lukt wel',
      'nee',
      'ja',
      'nee',
    ]);
    expectFewMisreadings(run);
    expect(asked(run, 'Heb je op dit moment inkomen?')).toBe(0);
    expect(asked(run, 'Komt je inkomen van een baan')).toBe(0);
    expect(asked(run, 'Heb je rekeningen die te laat zijn betaald')).toBe(0);
    expect(textOf(run.replies)).toContain('Je zei al dat je rekeningen hebt die nog open staan.');
    expect(planData(run.replies)!.referrals).toContain('schuldhulpverlening');
  });

  it('a worker without debts who types whole sentences gets self-help and no debt help', async () => {
    const run = await typeThrough([
      'goedemiddag',
      'ik wil even praten over mijn geld',
      'gaat wel hoor',
      'nee niet echt',
      'nee hoor',
      'geen van deze',
      'hetzelfde als nu denk ik, gewoon rustig',
      'nee hoeft niet',
      'ik hou alles bij in een schriftje',
      'niks eigenlijk',
      'nee',
      'ja ik werk in de bouw',
      'van mijn werk, met loonstrook',
      'ja vast salaris',
      'ja dat weet ik precies',
      'ja alles op een rijtje',
      'nee alles betaald',
      'nee ik heb geen schulden',
      'nee geen boetes',
      'nee',
      'nee nooit',
      'nee ik doe het zelf',
    ]);
    expectFewMisreadings(run);
    const plan = planData(run.replies)!;
    expect(plan.referrals).not.toContain('schuldhulpverlening');
    expect(plan.phaseOutcomes.fase2).toEqual(['geenOndersteuning']);
  });

  it('someone with a bewindvoerder who says "weet t niet" a lot is never read as "nee"', async () => {
    const run = await typeThrough([
      'ik heb schulden en een bewindvoerder',
      'moeilijk',
      'weet t niet',
      'nee',
      'stress',
      'van alles',
      'weet ik niet',
      'geen flauw idee',
      'niks',
      'weet ik niet',
      'nee',
      'ja, ik zit in de bijstand',
      'ja',
      'weet ik niet',
      'weet t niet',
      'geen idee',
      'weet ik niet',
      'weet t niet',
      'nee',
      'weet ik niet',
      'nee',
    ]);
    expectFewMisreadings(run);
    expect(asked(run, 'Heb je nu al hulp bij je geldzaken?')).toBe(0);
    expect(textOf(run.replies)).toContain('Je zei al dat je nu hulp hebt bij je geldzaken.');
    const plan = planData(run.replies)!;
    expect(plan.phaseOutcomes.fase3).toEqual(['monitorOndersteuning']);
  });

  it('informal debts and money from family, all typed', async () => {
    const run = await typeThrough([
      'ik kom niet rond',
      'lastig',
      'ja',
      'nee',
      'afspraken mis ik vaak',
      'ik vergeet ze gewoon',
      'dat ik mijn broer terugbetaald heb',
      'ja',
      'niks',
      'een overzicht',
      'nee',
      'ja, van mijn moeder',
      'ja dat doet ze graag',
      'nee eigenlijk niet',
      'nee',
      'nee',
      'ja, bij mijn broer en bij jongens uit de buurt',
      'ik weet het niet precies, een paar honderd',
      'nee',
      'ja dat is zo',
      'nee',
      'nee',
      'ja',
      'nee',
    ]);
    expectFewMisreadings(run);
    expect(asked(run, 'Heb je geld geleend van familie')).toBe(0);
    const plan = planData(run.replies)!;
    expect(plan.phaseOutcomes.fase1).toEqual(['onafhankelijkheid']);
  });

  it('a person without a fixed place who answers in sentences', async () => {
    const run = await typeThrough([
      'ik kom net uit de gevangenis',
      'het lukt niet',
      'ja heel erg',
      'nee',
      'ik slaap slecht',
      'ik lig te piekeren',
      'een huis',
      'nee',
      'niks',
      'iemand die me helpt',
      'nee ik heb geen id',
      // The answer to the housing question itself: no fixed place, and no crisis check (it is what was asked).
      'ik slaap voorlopig bij mijn zus',
      'nee, nog niet',
      'nee nog niks',
      'weet ik niet',
      'nee ik heb helemaal niks',
      'nee',
      'weet ik niet',
      'ja een paar',
      'geen idee',
      'nee',
      'nee',
      'ja',
      'nee',
      'nee',
      'ja graag',
      'nee',
    ]);
    expectFewMisreadings(run);
    expect(asked(run, 'Ben je de afgelopen maanden vrijgekomen')).toBe(0);
    expect(asked(run, 'Heb je een vaste plek om te wonen')).toBe(1);
    const plan = planData(run.replies)!;
    expect(plan.referrals).toContain('sociaal-wijkteam');
  });
});

describe('no dead ends', () => {
  /** The question a set of replies ends with (the last line that waits for an answer). */

  // The welcome itself keeps its one short question with the three buttons: there is no question after it to skip to.
  it('a stream of unreadable answers reaches the next question within three turns, at every question of the gesprek, up to the plan', async () => {
    const chat = new Chat();
    await chat.open();
    let replies = await chat.say('ik wil praten over geld');
    let question = lastQuestion(replies);
    for (let asked = 0; asked < 40 && !planData(replies); asked++) {
      let moved = false;
      for (let turn = 0; turn < 3 && !moved; turn++) {
        replies = await chat.say('qqq zzz');
        moved = planData(replies) !== undefined || lastQuestion(replies) !== question;
      }
      expect({ question, moved }).toEqual({ question, moved: true });
      question = lastQuestion(replies);
    }
    expect(planData(replies)).toBeDefined();
  });
});
