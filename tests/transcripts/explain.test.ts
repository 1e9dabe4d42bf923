import { MemoryOutbox } from '../../src/handover/outbox';
import { HandoverRequests } from '../../src/handover/requests';
import { lines } from '../../src/conversation/render';
import { questionRewording, rewordedQuestions, wordExplanation } from '../../src/content/uitleg';
import type { ContentKey } from '../../src/content';
import { buttonsOf, Chat, inMoneyTalk, lastQuestion, sayAll, textOf, type Reply } from '../helpers/chat';
import { TESTSTAD } from '../helpers/teststad';

const PRIVACY = 'Er kijkt geen mens mee terwijl je typt. Ik stuur je woorden niet naar de gemeente, de reclassering of de politie.';

describe('a question about data gets what is kept, who sees it and how to delete it; then the same question', () => {
  it.each([
    'wie leest dit mee',
    'wat gebeurt er met wat ik hier typ? wie kan dit zien?',
    'privacy?',
    'wat doe je met mijn gegevens',
    'ziet de gemeente dit?',
    'gaat dit naar de reclassering?',
    'kijkt er iemand mee?',
    'krijgt de politie mijn antwoorden?',
  ])('"%s" at a yes/no question is no answer', async (words) => {
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    const replies = await chat.say(words);
    const text = textOf(replies);
    expect(text).toContain(PRIVACY);
    expect(text).toContain('Dat blijft hooguit 30 dagen na je laatste bericht.');
    expect(text).toContain('Je naam hoef je niet te geven.');
    expect(text).toContain('Typ: verwijder mijn gegevens.');
    expect(text).not.toMatch(/Dat snap ik nog niet goed|weet ik niet' in|Waar kan ik je mee helpen/);
    expect(lastQuestion(replies)).toBe('Veel mensen vinden het lastig om rekeningen in één keer te betalen. Herken jij dat?');
    // Not counted as an answer: "ja" still answers the same question.
    expect(textOf(await chat.say('ja'))).toContain('Moet je binnenkort je huis uit?');
  });

  it('on the bot\'s own web chat it says that what is typed is kept', async () => {
    const chat = new Chat({ channelId: 'webchat' });
    await chat.open();
    const text = textOf(await chat.say('wie leest dit mee?'));
    expect(text).toContain('Wat je hier typt, bewaar ik.');
    expect(text).not.toContain('Microsoft');
  });

  it('in Teams it says that Microsoft keeps its own copy, which the bot cannot delete', async () => {
    const chat = new Chat({ channelId: 'msteams' });
    await chat.say('hoi');
    const text = textOf(await chat.say('wat doe je met mijn gegevens?'));
    expect(text).toContain('Microsoft bewaart het ook, met eigen regels. Dat kan ik niet wissen.');
    expect(text).toContain('Ik bewaar je antwoorden.');
  });

  it('on a gemeente\'s page that takes call-backs: the gemeente gets only what the person agrees to, as the consent screen shows', async () => {
    const chat = new Chat({ gemeenten: new Map([['teststad', TESTSTAD]]), handover: new HandoverRequests(new MemoryOutbox()) });
    await chat.open('teststad');
    await chat.say('Ik wil praten over geld');
    const text = textOf(await chat.say('ziet de gemeente dit?'));
    expect(text).toContain('De gemeente krijgt alleen iets als jij wilt dat het wijkteam je belt.');
    expect(text).toContain('je voornaam, je nummer, wanneer ze mogen bellen en welke hulp past');
    expect(text).toContain('Pas als jij ja zegt, stuur ik dat.');
    expect(text).toContain('Wat je verder typt, krijgen ze niet.');
  });

  it('after the plan, and as a first message, it is answered too', async () => {
    const { chat } = await inMoneyTalk();
    await sayAll(chat, ['Ik wil meteen naar de vragen', 'ja']);
    expect(textOf(await chat.say('wat gebeurt er met mijn gegevens? ziet de gemeente dit?'))).toContain(PRIVACY);
    const fresh = new Chat();
    await fresh.open();
    expect(textOf(await fresh.say('privacy?'))).toContain(PRIVACY);
  });

  it('while practising, it is a question to the simulated client', async () => {
    const chat = new Chat();
    await chat.open();
    await sayAll(chat, ['Ik ben professional en wil oefenen', 'Sandra']);
    expect(textOf(await chat.say('wie leest er mee met je post?'))).not.toContain(PRIVACY);
  });
});

describe('"wat is <woord>" explains the word and asks the same question; it is never an answer', () => {
  it.each([
    ['wat is achterstand', 'achterstand'],
    ['wat is uitkering', 'uitkering'],
    ['wat is een budgetcoach?', 'budgetcoach'],
    ['wat betekent cjib', 'cjib'],
    ['deurwaarder? wat is dat', 'deurwaarder'],
  ])('"%s"', async (words, id) => {
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    const replies = await chat.say(words);
    expect(textOf(replies)).toContain(wordExplanation(id)![0]);
    expect(textOf(replies)).not.toMatch(/Dat snap ik nog niet goed|Eerst een belangrijke vraag/);
    expect(lastQuestion(replies)).toBe('Veel mensen vinden het lastig om rekeningen in één keer te betalen. Herken jij dat?');
  });

  it('"wat is bewindvoerder" at "Heb je nu al hulp…?" is no yes: after "nee" the plan does not say there is help', async () => {
    const { chat } = await inMoneyTalk();
    let replies = await sayAll(chat, ['Ik wil meteen naar de vragen', 'nee', 'nee', 'ja', 'ja', 'ja', 'ja', 'nee', 'ja', 'ja', 'ja', 'nee', 'nee', 'nee', 'ja']);
    for (let i = 0; i < 10 && !lastQuestion(replies).includes('Heb je nu al hulp bij je geldzaken?'); i++) replies = await chat.say('nee');
    expect(lastQuestion(replies)).toContain('Heb je nu al hulp bij je geldzaken?');
    const explained = await chat.say('wat is bewindvoerder');
    expect(textOf(explained)).toContain('Een bewindvoerder regelt je geld voor je');
    expect(lastQuestion(explained)).toContain('Heb je nu al hulp bij je geldzaken?');
    let after = await chat.say('nee');
    for (let i = 0; i < 4 && !textOf(after).includes('Jouw plan'); i++) after = await chat.say('nee');
    expect(textOf(after)).toContain('Jouw plan');
    expect(JSON.stringify(after.map((r) => r.activity))).not.toContain('Je hebt al hulp');
  });

  it('"wat is nachtopvang" while the crisis answer waits explains it and asks that question again', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    await chat.say('ja');
    const crisis = await chat.say('heb geen huis ben net uit de bajes');
    const asked = lastQuestion(crisis);
    const replies = await chat.say('wat is nachtopvang');
    expect(textOf(replies)).toContain(wordExplanation('nachtopvang')![0]);
    expect(lastQuestion(replies)).toBe(asked);
  });

  it('a word it cannot explain: it says so and says the question in other words', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    const replies = await chat.say('wat is een flurp');
    expect(textOf(replies)).toContain('Dat woord kan ik niet uitleggen.');
    expect(textOf(replies)).toContain(questionRewording('gesprek.normaliseren.vraag')![0]);
  });
});

/** The question a reply shows, by its last line: the content key it was said from. */
const keyOfQuestion = new Map(rewordedQuestions.map((key) => [lines(key as ContentKey).at(-1)!, key as ContentKey]));

/** An answer that walks on: yes or no by turn, the first button of a choice, "weet ik niet" to an open question. */
function answerFor(replies: Reply[], step: number, yes: boolean): string {
  const buttons = buttonsOf(replies);
  if (buttons.includes('Ja')) return (step % 3 === 0) !== yes ? 'ja' : 'nee';
  if (buttons.includes('Weet ik niet')) return 'weet ik niet';
  if (buttons.length > 0) return buttons[0];
  return 'weet ik niet';
}

describe('"wat betekent dat" and the like say every question in other words, then the same question', () => {
  it.each([
    ['yes first', true],
    ['no first', false],
  ])('at each question of a whole conversation (%s)', async (_name, yes) => {
    const chat = new Chat({ gemeenten: new Map([['teststad', TESTSTAD]]), handover: new HandoverRequests(new MemoryOutbox()) });
    await chat.open('teststad');
    let replies = await chat.say('Ik wil praten over geld');
    const seen = new Set<string>();
    const asks = ['wat betekent dat', 'snap ik niet', 'hè?', 'ik snap de vraag niet', 'ik snap nie'];
    for (let step = 0; step < 45 && seen.size < 60; step++) {
      const question = lastQuestion(replies);
      const key = keyOfQuestion.get(question);
      if (!key) break;
      seen.add(key);
      const explained = await chat.say(asks[step % asks.length]);
      expect({ key, text: textOf(explained) }).toEqual({ key, text: expect.stringContaining(questionRewording(key)![0]) });
      expect({ key, again: lastQuestion(explained) }).toEqual({ key, again: question });
      if (key === 'terugbellen.naam') replies = await chat.say('Sam');
      else if (key.startsWith('terugbellen.telefoon')) replies = await chat.say('0612345678');
      else if (key === 'gesprek.urgent') replies = await chat.say('nee');
      else replies = await chat.say(answerFor(replies, step, yes));
    }
    expect(seen.size).toBeGreaterThan(12);
  });
});
