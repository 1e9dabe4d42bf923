import { MemoryStorage } from '../../src/bot/storage';
import { conversationKey } from '../../src/conversation/conversationKey';
import { buttonsOf, cardsOf, Chat, planData, sayAll, textOf } from '../helpers/chat';

/*
 * Issue 11/13: the income question is either/or (its answers are the options, not ja/nee), and the CJIB and
 * informal-debt questions are asked of everyone, so answer lists name the income and have two more 'nee' after 'schulden'.
 */

/** From the greeting into the money conversation. */
async function startGesprek(options: ConstructorParameters<typeof Chat>[0] = {}) {
  const chat = new Chat(options);
  await chat.open();
  await chat.say('Ik wil praten over geld');
  return chat;
}

/** Bespreekbaar maken, answered briefly, up to the question about release. */
const BESPREEKBAAR = ['soms is het lastig', 'ja', 'nee', 'Geen van deze', 'weet ik niet', 'nee', 'nog niks', 'weet ik niet'];

describe('no income, recently released', () => {
  it('walks the release checklist and sends to the sociaal wijkteam with what to arrange', async () => {
    const chat = await startGesprek();
    const replies = await sayAll(chat, [
      'het lukt niet', 'ja', 'nee', 'Veel stress', 'ik heb helemaal niks', 'weet ik niet', 'nee', 'nog niks', 'een uitkering',
      'ja, 2 weken geleden', 'nee', 'ja', 'nee', 'weet ik niet',
      'nee, ik heb geen inkomen',
      'ja', 'nee', 'nee', 'nee', 'nee', 'nee',
      'nee', 'ja', 'nee',
    ]);
    const text = textOf(replies);
    expect(text).toContain('Je zegt dat je veel stress hebt.');
    expect(text).toContain('Heb je een geldig ID-bewijs?');
    const plan = planData(replies)!;
    expect(plan.referrals).toEqual(['sociaal-wijkteam']);
    expect(plan.phaseOutcomes.fase1).toEqual(['geenInkomen']);
    const card = cardsOf(replies);
    expect(card).toContain('ontslagbewijs');
    expect(card).not.toContain('De gevangenis vertelt de gemeente niet dat je vrij bent.');
    expect(card).toContain('Het gaat niet vanzelf. Je geld begint pas op de dag dat je je meldt.');
    expect(card).toContain('Heb je nog geen ID? Meld je toch meteen.');
    expect(card).toContain('Bel je zorgverzekeraar en zeg dat je vrij bent.');
    expect(card).toContain('“een uitkering”');
    // The outcome data holds ids only: never the words the person typed.
    const data = JSON.stringify(plan);
    for (const typed of ['een uitkering', 'ik heb helemaal niks']) expect(data).not.toContain(typed);
  });
});

describe('stable formal income and no debts', () => {
  it('gets self-help and the helpline, and no schuldhulpverlening is pushed', async () => {
    const chat = await startGesprek();
    const replies = await sayAll(chat, [
      'Ik wil meteen naar de vragen', 'nee', 'nee',
      'ja', 'ja, ik werk', 'ja', 'ja',
      'ja', 'nee', 'nee', 'nee', 'nee', 'nee',
      'nee',
    ]);
    const plan = planData(replies)!;
    expect(plan.referrals).toEqual(['nibud', 'geldfit-0800-8115']);
    expect(plan.referrals).not.toContain('schuldhulpverlening');
    expect(plan.phaseOutcomes).toEqual({ fase1: ['naarFase2'], fase2: ['geenOndersteuning'], fase3: ['monitorSituatie'] });
  });
});

describe('debts, not self-reliant, and wants help', () => {
  it('goes to gemeentelijke schuldhulpverlening, with its phases and what to bring; the reclasseringswerker for the relapse risk; CJIB and family debts on their own', async () => {
    const chat = await startGesprek();
    const replies = await sayAll(chat, [
      ...BESPREEKBAAR, 'nee',
      'ja', 'een uitkering', 'ja', 'nee',
      'nee', 'ja', 'ja', 'ongeveer 8.000 euro', 'ja, bij het cjib', 'ja bij mijn neef', 'ja', 'nee',
      'nee', 'ja graag', 'ja',
    ]);
    const plan = planData(replies)!;
    expect(plan.referrals).toEqual(['schuldhulpverlening', 'beschermingsbewind', 'budgetcoach', 'sociaal-raadslieden', 'reclassering']);
    expect(plan.phaseOutcomes.fase2).toEqual(['inBeeldSituatie', 'andereLevensdomeinen', 'noodzaakFase3']);
    const card = cardsOf(replies);
    expect(card).toContain('Eerst komen je inkomen en vaste kosten op orde.');
    expect(card).toContain('Daarna maken ze afspraken met de mensen aan wie je geld moet.');
    expect(card).toContain('Je bankafschriften van de laatste maanden.');
    expect(card).toContain('Boetes van het CJIB');
    expect(card).toContain('Schulden bij familie of vrienden');
    expect(card).toContain('kan hulp weigeren of stoppen');
  });
});

describe('debts, but does not want help', () => {
  it('is respected: the helpline and self-help, no schuldhulpverlening', async () => {
    const chat = await startGesprek();
    const replies = await sayAll(chat, [
      ...BESPREEKBAAR, 'nee',
      'ja', 'ik werk', 'ja', 'ja',
      'ja', 'nee', 'ja', '3000', 'nee', 'nee', 'nee', 'ja',
      'nee', 'nee',
    ]);
    const plan = planData(replies)!;
    expect(plan.referrals).toEqual(['geldfit-0800-8115', 'nibud']);
    expect(plan.phaseOutcomes.fase3).toEqual(['noodzaakBespreken']);
    expect(cardsOf(replies)).toContain('Dat is jouw keuze');
  });
});

describe('illegal income', () => {
  it('is asked without judgement, and sent to help towards a legal income', async () => {
    const chat = await startGesprek();
    const replies = await sayAll(chat, [
      'Ik wil meteen naar de vragen', 'nee', 'nee',
      'ja', 'geen van beide', 'nee', 'ja', 'nee',
      'ja', 'nee', 'nee', 'nee', 'nee', 'nee',
      'nee',
    ]);
    expect(textOf(replies)).toContain('Je hoeft hier geen antwoord op te geven. Ik gebruik je antwoord alleen voor je plan.');
    expect(textOf(replies)).not.toContain('niemand door');
    const plan = planData(replies)!;
    expect(plan.referrals).toEqual(['sociaal-wijkteam']);
    expect(plan.phaseOutcomes.fase1).toEqual(['inBeeldInkomsten']);
  });
});

describe('money from family who cannot bear it', () => {
  it('is pointed towards more independence', async () => {
    const chat = await startGesprek();
    const replies = await sayAll(chat, [
      'Ik wil meteen naar de vragen', 'nee', 'nee',
      'ja', 'geen van beide', 'ja, van mijn moeder', 'ja', 'nee, eigenlijk niet',
      'ja', 'nee', 'nee', 'nee', 'nee', 'nee',
      'nee', 'ja',
    ]);
    const plan = planData(replies)!;
    expect(plan.referrals).toEqual(['sociaal-wijkteam']);
    expect(plan.phaseOutcomes.fase1).toEqual(['onafhankelijkheid']);
  });
});

describe('a crisis in the middle of the routekaart', () => {
  it('gets help at once, continues where it was, and the plan says so', async () => {
    const chat = await startGesprek();
    await sayAll(chat, ['Ik wil meteen naar de vragen', 'nee', 'nee', 'ja', 'van een uitkering']);
    const crisis = await chat.say('ik heb al twee dagen niks gegeten');
    expect(textOf(crisis)).toContain('voedselbank');
    expect(textOf(crisis)).not.toContain('Krijg je dit geld elke maand');
    expect(textOf(await chat.say('Ik ben nu veilig'))).toContain('Krijg je dit geld elke maand');
    const replies = await sayAll(chat, ['nee', 'ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'ja', 'nee']);
    const plan = planData(replies)!;
    expect(plan.crisis).toBe(true);
    expect(plan.referrals.slice(0, 2)).toEqual(['voedselbank', 'sociaal-wijkteam']);
  });
});

describe('"weet ik niet" at every question', () => {
  it('is never a problem: every question accepts it, and the plan still comes', async () => {
    const chat = await startGesprek();
    const replies: Awaited<ReturnType<typeof chat.say>> = [];
    for (let turn = 0; turn < 40 && !planData(replies); turn++) replies.push(...(await chat.say('weet ik niet')));
    expect(textOf(replies)).not.toContain('Sorry, dat begreep ik niet goed');
    const plan = planData(replies)!;
    expect(plan).toBeDefined();
    expect(plan.referrals).toEqual(['sociaal-raadslieden', 'sociaal-wijkteam']);
  });
});

describe('an urgent situation', () => {
  it('goes straight to schuldhulpverlening with the three-working-days promise', async () => {
    const chat = await startGesprek();
    const replies = await sayAll(chat, ['het lukt niet', 'ja', 'ja, ik krijg een ontruimingsbrief']);
    expect(textOf(replies)).toContain('binnen drie werkdagen');
    expect(planData(replies)!.referrals).toEqual(['schuldhulpverlening']);
  });
});

describe('someone who does not want to talk', () => {
  it('is respected, offered the helpline and self-help, and the conversation ends kindly', async () => {
    const chat = await startGesprek();
    const first = await chat.say('Ik praat er liever niet over');
    expect(textOf(first)).toContain('Jij bepaalt waar we over praten');
    expect(textOf(first)).toContain('0800-8115');
    const replies = await chat.say('Nee, liever niet');
    expect(planData(replies)!.referrals).toEqual(['geldfit-0800-8115', 'nibud']);
    const after = await chat.say('hoi');
    expect(textOf(after)).not.toContain('Hoi! Ik ben Geldgesprek.');
    expect(buttonsOf(after)).toContain('Ik wil praten over geld');
  });
});

describe('free text at the open question', () => {
  it('"alles is zo duur" gets "Hoe bedoel je dat precies?" and the words are said back later', async () => {
    const chat = await startGesprek();
    expect(textOf(await chat.say('alles is zo duur tegenwoordig'))).toContain('Hoe bedoel je dat precies?');
    const replies = await sayAll(chat, ['de huur en de boodschappen', 'ja', 'nee', 'Post niet openmaken']);
    expect(textOf(replies)).toContain('Je zegt dat je je post niet openmaakt. Wat maakt dat?');
    const mirror = await sayAll(chat, ['ik durf niet', 'dan ben ik mijn huis kwijt [klik](http://x)']);
    expect(textOf(mirror)).toContain('Je zegt: “dan ben ik mijn huis kwijt [klik](http://x)”.');
    expect(mirror.every((r) => r.activity.textFormat === 'plain')).toBe(true);
  });
});

describe('delete my data, in the middle of the conversation', () => {
  it('removes everything at once; the next message starts fresh', async () => {
    const storage = new MemoryStorage(3600);
    const chat = await startGesprek({ storage, conversationId: 'wissen' });
    await sayAll(chat, ['Ik wil meteen naar de vragen', 'nee', 'nee', 'ja']);
    const replies = await chat.say('verwijder mijn gegevens');
    expect(textOf(replies)).toContain('Ik heb je gegevens gewist');
    const key = conversationKey({ channelId: 'test', conversation: { id: 'wissen' } });
    expect(await storage.read([key])).toEqual({});
    expect(textOf(await chat.say('hallo'))).toContain('Hoi! Ik ben Geldgesprek.');
  });
});

describe('Jouw plan on a channel without cards', () => {
  it('comes as plain messages with the same content', async () => {
    const chat = await startGesprek({ channelId: 'sms' });
    const replies = await sayAll(chat, ['het lukt niet', 'ja', 'ja']);
    expect(replies.some((r) => (r.activity.attachments ?? []).length > 0)).toBe(false);
    expect(textOf(replies)).toContain('Schuldhulpverlening van de gemeente');
    expect(textOf(replies)).toContain('Je bankafschriften van de laatste maanden.');
  });
});

describe('saying back what the person said (bewust maken)', () => {
  it('says back a real answer about six months from now, but not a shrug like "mwah"', async () => {
    const toSixMonths = ['het lukt niet', 'ja', 'nee', 'Veel stress', 'ik heb helemaal niks'];
    const shrug = await startGesprek();
    await sayAll(shrug, toSixMonths);
    expect(textOf(await shrug.say('mwah'))).not.toContain('Je zegt: “mwah”');
    const real = await startGesprek();
    await sayAll(real, toSixMonths);
    expect(textOf(await real.say('dan heb ik nog meer schulden en misschien geen huis meer'))).toContain('Je zegt: “dan heb ik nog meer schulden');
  });

  it('never says a swear word back at the six-months question', async () => {
    const chat = await startGesprek();
    await sayAll(chat, ['het lukt niet', 'ja', 'nee', 'Veel stress', 'geld']);
    const reply = textOf(await chat.say('dan is het nog steeds een kutzooi met die schulden'));
    expect(reply).not.toContain('Je zegt');
    expect(reply).not.toContain('kutzooi');
  });

  it('keeps what is told as already so at the six-months question ("ik ben net vrijgekomen"), never what may come', async () => {
    const chat = await startGesprek();
    await sayAll(chat, ['het lukt niet', 'ja', 'nee', 'Veel stress', 'geld']);
    const later = await sayAll(chat, ['ik ben net vrijgekomen uit de gevangenis en heb niks', 'ja', 'nee', 'weet ik niet', 'nee', 'nee', 'nee', 'nee']);
    expect(textOf(later)).not.toContain('Ben je de afgelopen maanden vrijgekomen');
    expect(textOf(later)).toContain('je ID-bewijs, onderdak, inkomen en zorg');
    const future = await startGesprek();
    await sayAll(future, ['het lukt niet', 'ja', 'nee', 'Veel stress', 'geld']);
    const asked = await sayAll(future, ['dan ben ik hopelijk vrij van schulden', 'ja', 'nee', 'weet ik niet', 'nee', 'ja']);
    expect(textOf(asked)).toContain('Ben je de afgelopen maanden vrijgekomen');
  });
});

describe('someone who would rather not talk', () => {
  it('is not thanked for answers they did not give', async () => {
    const chat = await startGesprek();
    const replies = await sayAll(chat, ['Ik praat er liever niet over', 'nee']);
    expect(textOf(replies)).not.toContain('Dank je wel voor je antwoorden');
    expect(textOf(replies)).toContain('Je hoeft niets te vertellen.');
  });
});
