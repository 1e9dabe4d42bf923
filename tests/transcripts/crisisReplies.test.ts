import { buttonsOf, Chat, inMoneyTalk, planData, sayAll, textOf } from '../helpers/chat';

/** Found by a client tester in web chat: ordinary replies to the crisis answer, and the end of a chat. */
const SAFETY = ['Ik ben nu veilig', 'Ik bel nu', 'Je begreep me verkeerd'];
const AGAIN = 'Daarom vraag ik het nog een keer.';
/** The short way to "Jouw plan": an urgent situation goes straight to it. */
const TO_PLAN = ['Ik wil praten over geld', 'het lukt niet', 'ja', 'ja'];

async function waiting(signal = 'ik wil dood') {
  const { chat, pending } = await inMoneyTalk();
  expect(buttonsOf(await chat.say(signal))).toEqual(SAFETY);
  return { chat, pending };
}

describe('calling or chatting, now or later, answers "Laat je me weten hoe het nu gaat?"', () => {
  it.each(['ik ga 113 chatten denk ik', 'ik chat nu met ze', 'ben ze aan het bellen', 'ik heb net 113 gebeld', 'ik app mijn zus nu'])('"%s" is "Ik bel nu"', async (typed) => {
    const { chat, pending } = await waiting();
    const reply = textOf(await chat.say(typed));
    expect(reply).toContain('Goed dat je belt of chat.');
    expect(reply).not.toContain(AGAIN);
    expect(reply).toContain(pending);
  });

  it.each(['oke ik ben veilig, ik bel morgen me reclasseringswerker', 'ok dank je, ik bel ze morgen ochtend', 'gaat wel, ik bel straks mijn huisarts'])('"%s" is safe for now, with the advice not to wait', async (typed) => {
    const { chat, pending } = await waiting();
    const replies = await chat.say(typed);
    expect(textOf(replies)).toContain('de hulp is nu al open');
    expect(textOf(replies)).toContain('0800-0113');
    expect(textOf(replies)).toContain(pending);
    expect(buttonsOf(replies)).not.toEqual(SAFETY);
  });

  it('"ik bel ze niet" is no call, and "ik bel morgen" with nothing about now keeps waiting', async () => {
    const { chat } = await waiting();
    expect(textOf(await chat.say('ik bel ze niet'))).not.toContain('Goed dat je belt');
    const { chat: later } = await waiting();
    expect(buttonsOf(await later.say('ik bel morgen'))).toEqual(SAFETY);
  });
});

describe('reassurance is safe for now, never a new signal; "het gaat niet" never is', () => {
  it.each(['hij is nu naar zn werk dus nu gaat het', 'ik doe niks stoms hoor. gaat wel', 'nee hoor, ik ga mezelf niks aandoen', 'rustig maar, ik doe geen domme dingen', 'ik ben weer rustiger'])('"%s"', async (typed) => {
    const { chat, pending } = await waiting();
    const reply = textOf(await chat.say(typed));
    expect(reply).toContain('Goed om te horen.');
    expect(reply).not.toContain('Denk je aan zelfmoord?');
    expect(reply).toContain(pending);
  });

  it.each(['het gaat niet', 'gaat niet goed', 'ik ben niet veilig', 'nee het gaat niet goed met me'])('"%s" is not safe: the help again, and it waits', async (typed) => {
    const { chat, pending } = await waiting();
    const replies = await chat.say(typed);
    expect(textOf(replies)).not.toContain('Goed om te horen.');
    expect(textOf(replies)).not.toContain(pending);
    expect(buttonsOf(replies)).toEqual(SAFETY);
  });

  it('the crisis said plainly with reassurance is still the crisis', async () => {
    const { chat } = await waiting();
    const replies = await chat.say('ik wil dood, gaat wel');
    expect(textOf(replies)).not.toContain('Goed om te horen.');
    expect(buttonsOf(replies)).toEqual(SAFETY);
  });
});

describe('"you misunderstood" in plain words is "Je begreep me verkeerd"', () => {
  it.each(['dat bedoelde ik niet', 'je snapt me verkeerd', 'zo zei ik het niet', 'nee je begrijpt me niet', 'ik bedoel het anders', 'niet zo bedoeld hoor'])('"%s"', async (typed) => {
    const { chat, pending } = await waiting('ik heb al twee dagen niks gegeten');
    const reply = textOf(await chat.say(typed));
    expect(reply).toContain('Sorry, dan begreep ik je verkeerd.');
    expect(reply).toContain(pending);
    // That trouble leaves the plan.
    const plan = await sayAll(chat, ['het lukt niet', 'ja', 'ja']);
    expect(planData(plan)?.referrals).toBeDefined();
    expect(planData(plan)?.referrals).not.toContain('voedselbank');
  });

  it('"ik bedoel dat ik mijn huur niet kan betalen" is no correction', async () => {
    const { chat } = await waiting();
    expect(textOf(await chat.say('ik bedoel dat ik niet weet wat ik moet doen'))).not.toContain('Sorry, dan begreep ik je verkeerd.');
  });

  it('a correction that names another trouble: the first leaves, the other gets its own answer', async () => {
    const { chat } = await waiting();
    const reply = textOf(await chat.say('nee zo bedoel ik het niet, ik bedoel dat ik dan geen huis meer heb'));
    expect(reply).toContain('Sorry, dan begreep ik je verkeerd.');
    expect(reply).not.toContain('Denk je aan zelfmoord?');
  });
});

describe('"Ben je nu in gevaar?" answered with "I meant money"', () => {
  it.each(['hoezo gevaar? ik heb het over geld', 'welk gevaar, het gaat om mijn schulden', 'ik had het over die rekeningen', 'gaat wel hoor'])('"%s" is a no: back where they were', async (typed) => {
    const { chat } = await inMoneyTalk();
    const check = await chat.say('ik ben bang voor die jongens waar ik geld van heb geleend');
    expect(textOf(check)).toContain('Ben je nu in gevaar?');
    const replies = await chat.say(typed);
    expect(textOf(replies)).not.toContain(AGAIN);
    expect(textOf(replies)).not.toContain('0800-7000');
    expect(textOf(replies)).toContain('We gaan verder waar we waren:');
    // The check is over: it is not asked again.
    expect(textOf(replies)).not.toContain('Ben je nu in gevaar?');
  });
});

describe('a crisis after the plan goes back to the end, nothing asked again', () => {
  it.each([
    ['ik wil dood', 'Ik ben nu veilig'],
    ['ik zie het niet meer zitten met al die schulden, ik wil dood', 'gaat wel weer'],
    ['ik heb geen eten meer en geen geld', 'Ik bel nu'],
  ])('"%s", then "%s"', async (signal, answer) => {
    const chat = new Chat();
    await chat.open();
    await sayAll(chat, TO_PLAN);
    expect(buttonsOf(await chat.say(signal))).toEqual(SAFETY);
    const back = textOf(await chat.say(answer));
    expect(back).toContain('Je plan staat hierboven.');
    expect(back).not.toMatch(/Hoe staat het met je geld|Waar kan ik je mee helpen|Waar wil je mee beginnen/);
    // And the end stays the end.
    expect(textOf(await chat.say('nee hoor'))).toContain('Succes met je plan!');
  });
});

describe('ending the chat', () => {
  it.each(['nee hoor', 'bedankt, doei', 'thx', 'doei', 'dank je wel, dat was het', 'nee dank je', 'oke top, heel erg bedankt'])('"%s" after the plan: a short goodbye, no new conversation', async (typed) => {
    const chat = new Chat();
    await chat.open();
    await sayAll(chat, TO_PLAN);
    const replies = await chat.say(typed);
    expect(textOf(replies)).toContain('Succes met je plan!');
    expect(textOf(replies)).toContain("Typ 'hulp nu'");
    expect(textOf(replies)).not.toMatch(/Hoe bedoel je dat precies|Hoe staat het met je geld|Waar kan ik je mee helpen/);
    expect(buttonsOf(replies)).toEqual([]);
  });

  it('"nee hoor" at "Waar kan ik je mee helpen?" after the plan ends, and a new message after the goodbye is read as a new start', async () => {
    const chat = new Chat();
    await chat.open();
    await sayAll(chat, TO_PLAN);
    expect(textOf(await chat.say('hulp nu'))).toContain('0800-8115');
    const bye = textOf(await chat.say('nee hoor'));
    expect(bye).toContain('Succes met je plan!');
    expect(bye).not.toContain('Hoe staat het met je geld?');
    expect(textOf(await chat.say('ik wil iets opzoeken'))).toContain('opzoeken');
  });

  it('thanks with a question after the plan is no goodbye', async () => {
    const chat = new Chat();
    await chat.open();
    await sayAll(chat, TO_PLAN);
    expect(textOf(await chat.say('nee, ik heb nog een vraag over mijn schulden'))).not.toContain('Succes met je plan!');
  });

  it.each(['doei', 'bedankt, doei', 'oke doei', 'tot ziens'])('"%s" at an open question in the middle stops, as "stop" does', async (typed) => {
    const { chat, pending } = await inMoneyTalk();
    const replies = textOf(await chat.say(typed));
    expect(replies).toContain('we stoppen hier');
    expect(replies).not.toContain('Hoe bedoel je dat precies?');
    expect(textOf(await chat.say('hoi'))).toContain(pending);
  });

  it('"ik had mazzel" is an answer, not a goodbye', async () => {
    const { chat } = await inMoneyTalk();
    expect(textOf(await chat.say('ik had mazzel'))).not.toContain('we stoppen hier');
  });
});

describe('others calling is no call of ones own', () => {
  it.each(['ze bellen steeds', 'ik word de hele dag gebeld door ze', 'die incasso belt elke dag'])('"%s" is not "Ik bel nu"', async (typed) => {
    const { chat } = await waiting();
    expect(textOf(await chat.say(typed))).not.toContain('Goed dat je belt');
  });

  it('"bel ze nu" with no "ik" is a call of ones own', async () => {
    const { chat } = await waiting();
    expect(textOf(await chat.say('bel ze nu'))).toContain('Goed dat je belt');
  });
});

describe('a call that went wrong is no "Ik bel nu"', () => {
  it.each(['ik heb een keer gebeld maar toen hing ik op', 'ik heb gebeld, ze nemen niet op'])('"%s" while the crisis answer waits: it keeps waiting', async (typed) => {
    const { chat } = await inMoneyTalk();
    await chat.say('ik wil dood');
    const replies = await chat.say(typed);
    expect(textOf(replies)).not.toContain('Goed dat je belt of chat');
    expect(buttonsOf(replies)).toEqual(SAFETY);
  });
});
