import { buttonsOf, inMoneyTalk, lastQuestion, planData, sayAll, textOf, type Chat } from '../helpers/chat';

/*
 * "Terug", "vorige vraag", "dat was fout", "ik bedoelde nee": a client who gave a wrong answer goes back a
 * question instead of starting over (src/conversation/backTurn.ts, stepBack.ts).
 */

const YES_NO = ['Ja', 'Nee', 'Weet ik niet'];
const GOING_BACK = 'Goed, we gaan een vraag terug.';

const HERKEN = 'Veel mensen vinden het lastig om rekeningen in één keer te betalen. Herken jij dat?';
const URGENT = 'Moet je binnenkort je huis uit?';
const SIGNALEN = 'Herken je iets hiervan?';
const VRIJGEKOMEN = 'Ben je de afgelopen maanden vrijgekomen uit de gevangenis?';
const INKOMEN = 'Heb je op dit moment inkomen?';
const ID = 'Heb je een geldig ID-bewijs?';
const REKENINGEN = 'Weet je welke rekeningen je hebt, en of er iets openstaat?';
const ACHTERSTAND = 'Heb je rekeningen die te laat zijn betaald';
const SCHULDEN = 'Heb je schulden?';
const CJIB = 'Heb je boetes of schulden bij het CJIB?';

/** Straight to the questions: urgent no, not released, formal stable income, knows the money and the bills. */
const TO_BILLS = ['Ik wil meteen naar de vragen', 'nee', 'nee', 'ja', 'ja, ik werk', 'ja', 'ja'];
/** From "Weet je welke rekeningen je hebt?" to the plan, with no arrears and no debts. */
const NO_DEBTS = ['ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee'];

async function says(chat: Chat, line: string, question: string): Promise<string> {
  const replies = await chat.say(line);
  expect(lastQuestion(replies)).toContain(question);
  return textOf(replies);
}

describe('"terug" in the money conversation', () => {
  it('"vorige vraag" asks the question before again, with its buttons, and its answer no longer counts', async () => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, ['soms is het lastig', 'ja']);
    const back = await chat.say('vorige vraag');
    expect(textOf(back)).toContain(GOING_BACK);
    expect(lastQuestion(back)).toBe(HERKEN);
    expect(buttonsOf(back)).toEqual(YES_NO);
    expect(textOf(back)).not.toContain(URGENT);
    await says(chat, 'nee', URGENT);
  });

  it.each(['terug', 'ga terug', 'dat was fout', 'foutje', 'ik wil mijn antwoord veranderen', 'nee wacht, dat klopt niet', 'Verkeerde knop!'])('"%s" goes back one question', async (typed) => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, ['soms is het lastig', 'ja', 'nee']);
    const back = await chat.say(typed);
    expect(textOf(back)).toContain(GOING_BACK);
    expect(lastQuestion(back)).toContain(URGENT);
  });

  it('said twice, goes back two questions', async () => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, [...TO_BILLS, 'ja', 'nee']);
    expect(await says(chat, 'terug', ACHTERSTAND)).toContain(GOING_BACK);
    expect(await says(chat, 'terug', REKENINGEN)).toContain(GOING_BACK);
    await says(chat, 'nee', ACHTERSTAND);
  });

  it('the changed answer is what ends up in the plan', async () => {
    const straight = await inMoneyTalk();
    const right = planData(await sayAll(straight.chat, [...TO_BILLS, ...NO_DEBTS]));
    const wrong = await inMoneyTalk();
    const wrongPlan = planData(await sayAll(wrong.chat, [...TO_BILLS, 'ja', 'nee', 'nee', 'ja', 'nee', 'nee', 'nee']));
    // The answer taken back matters: said and kept, it gives another plan.
    expect(wrongPlan).not.toEqual(right);

    const { chat } = await inMoneyTalk();
    await sayAll(chat, [...TO_BILLS, 'ja', 'nee', 'nee']);
    await says(chat, 'ja', 'Heb je geld geleend');
    await says(chat, 'dat was fout', CJIB);
    const replies = await sayAll(chat, ['nee', 'nee', 'nee', 'nee']);
    expect(planData(replies)).toEqual(right);
  });

  it('remembers five answers back, then says kindly it can go no further', async () => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, [...TO_BILLS, 'ja', 'nee', 'nee']);
    for (const question of [SCHULDEN, ACHTERSTAND, REKENINGEN, 'Weet je hoeveel geld er elke maand binnenkomt', 'Krijg je dit geld elke maand']) {
      expect(await says(chat, 'terug', question)).toContain(GOING_BACK);
    }
    const end = await says(chat, 'terug', 'Krijg je dit geld elke maand');
    expect(end).toContain('Verder terug kan niet.');
    expect(end).toContain("Typ dan 'opnieuw'");
  });
});

describe('"ik bedoelde nee" after a yes/no question', () => {
  it('changes that answer and goes on, without asking it again; the plan counts the new answer', async () => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, ['Ik wil meteen naar de vragen', 'nee']);
    await says(chat, 'ja', ID);
    const fixed = await says(chat, 'ik bedoelde nee', INKOMEN);
    expect(fixed).toContain('Oké, dan pas ik het aan: nee.');
    expect(fixed).not.toContain(VRIJGEKOMEN);
    expect(fixed).not.toContain(GOING_BACK);

    const straight = await inMoneyTalk();
    const right = planData(await sayAll(straight.chat, [...TO_BILLS, ...NO_DEBTS]));
    expect(planData(await sayAll(chat, ['ja', 'ja, ik werk', 'ja', 'ja', ...NO_DEBTS]))).toEqual(right);
  });

  it('"ik bedoelde ja" the same way', async () => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, ['Ik wil meteen naar de vragen', 'nee']);
    await says(chat, 'nee', INKOMEN);
    expect(await says(chat, 'ik bedoelde ja', ID)).toContain('Oké, dan pas ik het aan: ja.');
  });

  it('after a question that was no yes/no question, goes back to it', async () => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, ['soms is het lastig', 'ja', 'nee']);
    await says(chat, 'Geen van deze', 'over zes maanden?');
    const back = await says(chat, 'ik bedoelde nee', SIGNALEN);
    expect(back).toContain(GOING_BACK);
    expect(back).not.toContain('dan pas ik het aan');
  });

  it('right after an answer that could not be read, it answers the question asked now', async () => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, ['Ik wil meteen naar de vragen', 'nee']);
    await says(chat, 'pfff', VRIJGEKOMEN);
    const replies = await says(chat, 'ik bedoelde nee', INKOMEN);
    expect(replies).not.toContain('dan pas ik het aan');
    expect(replies).not.toContain(GOING_BACK);
  });
});

describe('nothing to go back to, and words that are no request to go back', () => {
  it('at the first question it says so kindly and asks that question again, with its buttons', async () => {
    const { chat, pending } = await inMoneyTalk();
    const replies = await chat.say('terug');
    expect(textOf(replies)).toContain('Dit is de eerste vraag.');
    expect(lastQuestion(replies)).toBe(pending);
    expect(buttonsOf(replies)).toContain('Soms is het lastig');
  });

  it('a crisis in the same message wins over going back', async () => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, ['soms is het lastig', 'ja']);
    const replies = await chat.say('dat was fout, ik wil niet meer leven');
    expect(textOf(replies)).toContain('113');
    expect(textOf(replies)).not.toContain(GOING_BACK);
  });

  it('"ik krijg geld terug van de belasting" is an answer, not a way back', async () => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, ['soms is het lastig', 'ja', 'nee']);
    const replies = await chat.say('ik krijg geld terug van de belasting');
    expect(textOf(replies)).not.toContain(GOING_BACK);
    expect(lastQuestion(replies)).toContain('over zes maanden?');
  });

  it('"help" in the money conversation says the way back', async () => {
    const { chat } = await inMoneyTalk();
    expect(textOf(await chat.say('help'))).toContain("Typ 'terug'.");
  });
});
