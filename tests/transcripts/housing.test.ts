import { Chat, talk, textOf } from '../helpers/chat';

/** From the greeting to "Heb je een vaste plek om te wonen en te slapen?" (the release checklist). */
async function atHousingQuestion(): Promise<Chat> {
  const chat = new Chat();
  await talk(chat, await chat.open(), [
    ['Waar wil je mee beginnen?', 'Ik wil praten over geld'],
    ['Lukt het jou om rond te komen?', 'Ik wil meteen naar de vragen'],
    ['Moet je binnenkort je huis uit?', 'nee'],
    ['Ben je de afgelopen maanden vrijgekomen', 'ja'],
  ]);
  const id = await chat.say('ja');
  expect(textOf(id)).toContain('Heb je een vaste plek om te wonen en te slapen?');
  return chat;
}

describe('the housing question reads a place to stay as its answer, and a night outside as a crisis', () => {
  it.each(['ik slaap voorlopig bij mijn zus', 'ik slaap nu bij vrienden op de bank'])('"%s" is no fixed place: the next question, no crisis check', async (answer) => {
    const chat = await atHousingQuestion();
    const next = await chat.say(answer);
    expect(textOf(next)).not.toContain('Ben je nu in gevaar');
    expect(textOf(next)).not.toContain('Waar slaap je vannacht');
    expect(textOf(next)).toContain('Heb je werk, of heb je al een uitkering aangevraagd?');
  });

  it('"ik slaap vannacht op straat" at that question gets the crisis answer at once', async () => {
    const chat = await atHousingQuestion();
    const help = await chat.say('ik slaap vannacht op straat');
    expect(textOf(help)).toMatch(/Waar slaap je vannacht|nachtopvang|0800-8115/);
    expect(textOf(help)).not.toContain('Heb je werk, of heb je al een uitkering aangevraagd?');
  });
});
