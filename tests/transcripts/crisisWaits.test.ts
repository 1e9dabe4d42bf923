import { cardsOf, Chat, inMoneyTalk, lastQuestion, planData, talk, textOf, type Reply } from '../helpers/chat';

/** Issue 10, "the crisis answer waits": three defects a tester found in the crisis conversation. */

const HOME_HELP = 'Veilig Thuis: 0800-2000. Dag en nacht. Zij denken met je mee';
const CREDITOR_HELP = 'Je hoeft niets strafbaars te doen om een schuld te betalen.';

describe('violence at home, said across messages', () => {
  it('a partner named two messages earlier: a later threat that names nobody gets Veilig Thuis first, no words about offences', async () => {
    const { chat } = await inMoneyTalk();
    expect(textOf(await chat.say('mijn vriend wordt boos als ik over geld begin'))).toContain('Ben je nu in gevaar?');
    await chat.say('nee');
    await chat.say('het lukt niet');
    expect(textOf(await chat.say('als ik ernaar vraag gaat hij door het lint, ik ben bang'))).toContain('Ben je nu in gevaar?');
    const help = textOf(await chat.say('ja'));
    expect(help).toContain(HOME_HELP);
    expect(help).not.toContain(CREDITOR_HELP);
    expect(help).not.toContain('Meld Misdaad');
  });

  it('a certain threat after the partner was named gets the home help at once, and again when the person says it is not safe', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('mijn vriend wordt boos als ik over geld begin');
    await chat.say('nee');
    const help = textOf(await chat.say('hij slaat me'));
    expect(help).toContain(HOME_HELP);
    expect(help).not.toContain(CREDITOR_HELP);
    const again = textOf(await chat.say('nee'));
    expect(again).toContain('Veilig Thuis');
    expect(again).not.toContain(CREDITOR_HELP);
  });

  it('a message that names a dealer, or people owed money, gets the help for threats by creditors, even after a partner was named', async () => {
    for (const threat of ['die dealer slaat me als ik niet betaal', 'ze maken me af als ik niet betaal']) {
      const { chat } = await inMoneyTalk();
      await chat.say('mijn vriend wordt boos als ik over geld begin');
      await chat.say('nee');
      const help = textOf(await chat.say(threat));
      expect({ threat, creditor: help.includes(CREDITOR_HELP), home: help.includes(HOME_HELP) }).toEqual({ threat, creditor: true, home: false });
    }
  });

  it('a partner named in an ordinary message: a later "hij sloeg me… de huur niet betaald" is violence at home, not a creditor', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('mijn man en ik hebben samen schulden');
    const help = textOf(await chat.say('gisteren sloeg hij me weer omdat de huur niet betaald was'));
    expect(help).toContain(HOME_HELP);
    expect(help).not.toContain(CREDITOR_HELP);
  });

  it('without a partner named before, a threat that names nobody gets the help for threats by creditors, as before', async () => {
    const { chat } = await inMoneyTalk();
    const help = textOf(await chat.say('hij slaat me'));
    expect(help).toContain(CREDITOR_HELP);
  });

  it('"Je begreep me verkeerd" after the home help forgets it: a later threat that names nobody is not placed at home', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('mijn man pakt al mijn geld af');
    await chat.say('Je begreep me verkeerd');
    await chat.say('het lukt niet');
    expect(textOf(await chat.say('ik word bedreigd'))).toContain(CREDITOR_HELP);
  });

  it('practice never remembers it: the professional plays a role', async () => {
    const chat = new Chat();
    await chat.open();
    await chat.say('Ik ben professional en wil oefenen');
    await chat.say('Sandra');
    await chat.say('mijn vriend slaat me als ik over geld begin');
    await chat.say('opnieuw');
    await chat.say('Ik wil praten over geld');
    expect(textOf(await chat.say('hij slaat me'))).toContain(CREDITOR_HELP);
  });
});

/** From the greeting to a question of the money conversation, by the answers given. */
async function atQuestion(answers: ReadonlyArray<readonly [string, string]>, question: string): Promise<Chat> {
  const chat = new Chat();
  const replies = await talk(chat, await chat.open(), answers);
  expect(textOf(replies.slice(-3))).toContain(question);
  return chat;
}
const TO_INCOME: ReadonlyArray<readonly [string, string]> = [
  ['Waar wil je mee beginnen?', 'Ik wil praten over geld'],
  ['Lukt het jou om rond te komen?', 'Ik wil meteen naar de vragen'],
  ['Moet je binnenkort je huis uit?', 'nee'],
  ['Ben je de afgelopen maanden vrijgekomen', 'nee'],
];
const INCOME = 'Heb je op dit moment inkomen?';
const TO_DEBTS: ReadonlyArray<readonly [string, string]> = [...TO_INCOME, [INCOME, 'nee'], ['Weet je welke rekeningen je hebt', 'nee'], ['Heb je rekeningen die te laat zijn betaald', 'nee']];
const DEBTS = 'Heb je schulden?';

describe('an answer inside the crisis message is not asked for again', () => {
  it.each([
    [INCOME, 'nee, ik heb al twee dagen niks gegeten', TO_INCOME],
    [INCOME, 'ik heb geen inkomen en ik heb al twee dagen niks gegeten', TO_INCOME],
    [DEBTS, 'nee, ik heb al twee dagen niks gegeten', TO_DEBTS],
  ])('at "%s", "%s": after "Ik ben nu veilig" the next question', async (question, typed, path) => {
    const chat = await atQuestion(path, question);
    const help = textOf(await chat.say(typed));
    expect(help).toContain('voedselbank');
    expect(help).not.toContain(question);
    const back = await chat.say('Ik ben nu veilig');
    expect(lastQuestion(back)).not.toContain(question);
    expect(textOf(back)).toContain('We gaan verder waar we waren');
  });

  it('at the housing question, "ik slaap vannacht op straat, ik heb geen huis": the night first, then the next question', async () => {
    const chat = await atQuestion([...TO_INCOME.slice(0, 3), ['Ben je de afgelopen maanden vrijgekomen', 'ja'], ['Heb je een geldig ID-bewijs?', 'ja']], 'Heb je een vaste plek om te wonen');
    expect(textOf(await chat.say('ik slaap vannacht op straat, ik heb geen huis'))).toContain('Waar slaap je vannacht?');
    await chat.say('op straat');
    const back = await chat.say('Ik ben nu veilig');
    expect(lastQuestion(back)).toContain('Heb je werk, of heb je al een uitkering aangevraagd?');
  });

  it('a "nee" inside words of despair or threat is no answer: the question is asked again after the crisis answer', async () => {
    for (const typed of ['nee, ik wil dood', 'nee nee, ze maken me af']) {
      const chat = await atQuestion(TO_DEBTS, DEBTS);
      await chat.say(typed);
      expect({ typed, again: lastQuestion(await chat.say('Ik ben nu veilig')) }).toEqual({ typed, again: expect.stringContaining(DEBTS) });
    }
  });

  it('a crisis message that says nothing about the question: the question is asked again', async () => {
    const chat = await atQuestion(TO_DEBTS, DEBTS);
    await chat.say('ik heb al twee dagen niks gegeten');
    expect(lastQuestion(await chat.say('Ik ben nu veilig'))).toContain(DEBTS);
  });
});

/** Answers every question with "nee" (safe answers where the crisis answer waits) up to the plan, saying `crisis` at the question that matches. */
async function toPlan(at: RegExp, crisis: string, informal = 'ja'): Promise<Reply[]> {
  const chat = new Chat();
  await chat.open();
  let replies = await chat.say('Ik wil praten over geld');
  let said = false;
  for (let turn = 0; turn < 40 && !planData(replies); turn++) {
    const question = lastQuestion(replies);
    let answer = 'nee';
    if (!said && at.test(question)) [answer, said] = [crisis, true];
    else if (/Laat je me weten/.test(question)) answer = 'Ik ben nu veilig';
    else if (/geleend van familie/.test(question)) answer = informal;
    else if (/Heb je schulden\?/.test(question)) answer = 'ja';
    replies = await chat.say(answer);
  }
  expect(said).toBe(true);
  return replies;
}

describe('threats over money owed on the street are no debts to family or friends', () => {
  it.each([
    [/Heb je schulden\?/, 'ik moet die gasten nog geld en anders maak ik wat mee'],
    [/Lukt het jou/, 'ik moet die gasten nog geld en anders maak ik wat mee'],
    [/Lukt het jou/, 'die gasten slaan me als ik niet betaal'],
  ])('at %s, "%s": the plan has the advice for a debt that can make you unsafe', async (at, crisis) => {
    const plan = cardsOf(await toPlan(at, crisis));
    expect(plan).toContain('Een schuld die je onveilig kan maken');
    expect(plan).toContain('hoef je niet af te betalen door iets te doen wat niet mag');
    expect(plan).toContain('De politie of je reclasseringswerker kan je helpen tegen de dreiging.');
    expect(plan).not.toContain('Schulden bij familie of vrienden');
  });

  it('a threat at home with money borrowed from family keeps the advice for debts to family or friends', async () => {
    const plan = cardsOf(await toPlan(/Lukt het jou/, 'mijn vriend slaat me als ik geld vraag'));
    expect(plan).toContain('Schulden bij familie of vrienden');
    expect(plan).not.toContain('Een schuld die je onveilig kan maken');
  });
});
