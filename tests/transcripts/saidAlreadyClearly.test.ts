import { buttonsOf, inMoneyTalk, textOf, type Reply } from '../helpers/chat';

const HELP_QUESTION = 'Heb je nu al hulp bij je geldzaken?';
const INCOME_QUESTION = 'inkomen';

/**
 * Says the words at the first question, then walks the conversation ("nee" to yes/no questions, the first
 * button else) until the plan. Returns everything the bot said after the words.
 */
async function walkAfter(words: string): Promise<string> {
  const { chat } = await inMoneyTalk();
  const all: Reply[] = [];
  all.push(...(await chat.say(words)));
  let replies = await chat.say('Ik wil meteen naar de vragen');
  all.push(...replies);
  for (let step = 0; step < 45 && !textOf(replies).includes('Jouw plan'); step++) {
    const buttons = buttonsOf(replies);
    const answer = buttons.includes('Nee') ? 'nee' : buttons.length > 0 ? buttons[0] : 'weet ik niet';
    replies = await chat.say(answer);
    all.push(...replies);
  }
  expect(textOf(all)).toContain('Jouw plan');
  return textOf(all);
}

describe('"Je zei al dat …" only follows from words that clearly say it', () => {
  it.each([
    'ik kan niet goed lezen',
    'ik kan niet goed lezen, ik heb hulp nodig',
    'ik kan niet goed lezen en niemand helpt me',
    'lezen en schrijven gaat niet zo goed, ik heb hulp nodig bij brieven',
    'ik krijg hulp bij het lezen van mijn zus',
    'ik spreek niet zo goed nederlands, mijn broer helpt me',
    'ik ben vaak moe en doe alles alleen',
    'ik ben ziek, ik heb hulp nodig',
  ])('"%s" is no word about help with money: the help question is asked', async (words) => {
    const said = await walkAfter(words);
    expect(said).not.toMatch(/Je zei al dat je nu (geen )?hulp hebt/);
    expect(said).toContain(HELP_QUESTION);
    expect(said).not.toContain('Je zei al dat je geld krijgt van familie of vrienden.');
  });

  it.each([
    'ik kan niet werken want ik ben ziek',
    'ik ben te moe om te werken',
    'ik werk niet, ik heb een slechte rug',
    'mijn moeder helpt me met de post',
  ])('"%s" says nothing about income: no "Je zei al" about it', async (words) => {
    const said = await walkAfter(words);
    expect(said).not.toMatch(/Je zei al dat je (nu geen )?inkomen hebt|Je zei al dat je geld krijgt van familie/);
    expect(said.toLowerCase()).toContain(INCOME_QUESTION);
  });

  it.each([
    ['ik heb geen hulp bij mijn geld', 'Je zei al dat je nu geen hulp hebt bij je geldzaken.'],
    ['ik kan niet goed lezen. mijn bewindvoerder regelt alles', 'Je zei al dat je nu hulp hebt bij je geldzaken.'],
  ])('words that do say it still count: "%s"', async (words, line) => {
    expect(await walkAfter(words)).toContain(line);
  });
});
