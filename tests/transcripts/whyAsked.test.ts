import { lines } from '../../src/conversation/render';
import { questionWhy, rewordedQuestions } from '../../src/content/uitleg';
import type { ContentKey } from '../../src/content';
import { inMoneyTalk, lastQuestion, textOf } from '../helpers/chat';

const RECOGNISE = 'Veel mensen vinden het lastig om rekeningen in één keer te betalen. Herken jij dat?';
const WHY = lines('uitleg.waarom')[0];

describe('"waarom vraag je dat?" gets why the question is asked, then the same question; it is no answer', () => {
  it.each([
    'waarom vraag je dat?',
    'waarom wil je dat weten',
    'moet ik dat zeggen?',
    'wat heb jij daaraan',
    'hoezo?',
    'eh waarom wil je dat nou weten',
    'maar waarom vraag je dat eigenlijk',
    'hoef ik dat te vertellen?',
    'is dat verplicht?',
    'waar heb je dat voor nodig',
    'wat moet jij daarmee dan',
    'warom vraag je dat',
  ])('"%s"', async (words) => {
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    const replies = await chat.say(words);
    const text = textOf(replies);
    expect(WHY).toContain('plan');
    expect(WHY).toContain('Je hoeft geen antwoord te geven.');
    expect(text).toContain(WHY);
    expect(text).toContain('Dit was de vraag:');
    expect(text).not.toMatch(/Dat snap ik nog niet goed|Eerst een belangrijke vraag/);
    expect(lastQuestion(replies)).toBe(RECOGNISE);
  });

  it('nothing is lost: after the why, "ja" answers the same question as it would have', async () => {
    const direct = await inMoneyTalk();
    await direct.chat.say('Het lukt niet');
    const expected = textOf(await direct.chat.say('ja'));
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    await chat.say('waarom vraag je dat?');
    expect(textOf(await chat.say('ja'))).toBe(expected);
  });

  it('a question with its own why says that one: "Ben je de afgelopen maanden vrijgekomen?"', async () => {
    const { chat } = await inMoneyTalk();
    let replies = await chat.say('Ik wil meteen naar de vragen');
    for (let i = 0; i < 6 && !lastQuestion(replies).includes('vrijgekomen'); i++) replies = await chat.say('nee');
    const asked = lastQuestion(replies);
    expect(asked).toContain('vrijgekomen');
    const why = await chat.say('waarom wil je dat weten?');
    expect(textOf(why)).toContain((questionWhy('gesprek.vrijgekomen') as { own: readonly string[] }).own[0]);
    expect(lastQuestion(why)).toBe(asked);
  });

  it('while the crisis check waits, its own why, never "only for your plan"', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    await chat.say('ja');
    const check = await chat.say('heb geen huis ben net uit de bajes');
    const asked = lastQuestion(check);
    const key = (['crisis.check', 'crisis.sleep', 'crisis.safety'] as const).find((k) => lines(k).at(-1) === asked);
    expect(key).toBeDefined();
    const replies = await chat.say('waarom vraag je dat');
    expect(textOf(replies)).toContain((questionWhy(key!) as { own: readonly string[] }).own[0]);
    expect(textOf(replies)).not.toContain(WHY);
    expect(lastQuestion(replies)).toBe(asked);
  });

  it.each([
    'waarom ik mijn post niet open? ik ben bang voor wat erin staat',
    'ik weet niet waarom',
    'waarom niet',
    'moet ik de huur betalen?',
  ])('a message that says more, or asks something else, gets no why: "%s"', async (words) => {
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    expect(textOf(await chat.say(words))).not.toContain(WHY);
  });

  it('every question of the client conversation has a why: its own, or the plan\'s', () => {
    const asked = rewordedQuestions.filter((key) => !key.startsWith('welcome.'));
    expect(asked.length).toBeGreaterThan(40);
    for (const key of asked) expect({ key, why: questionWhy(key as ContentKey) }).toEqual({ key, why: expect.anything() });
    for (const key of asked.filter((k) => k.startsWith('terugbellen.') || k.startsWith('crisis.'))) expect({ key, why: questionWhy(key as ContentKey) }).toEqual({ key, why: { own: expect.any(Array) } });
  });
});
