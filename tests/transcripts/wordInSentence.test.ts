import { wordExplanation } from '../../src/content/uitleg';
import { inMoneyTalk, lastQuestion, textOf } from '../helpers/chat';

const RECOGNISE = 'Veel mensen vinden het lastig om rekeningen in één keer te betalen. Herken jij dat?';

describe('a word question inside a sentence explains the word, then asks the same question; it is no answer', () => {
  it.each([
    ['maar wat is beslag', 'beslag'],
    ['ja maar wat is een bewindvoerder dan', 'bewindvoerder'],
    ['eh wat bedoel je met achterstand', 'achterstand'],
    ['ok en wat is een deurwaarder', 'deurwaarder'],
    ['sorry, wat is het cjib eigenlijk?', 'cjib'],
    ['sorry hoor wat betekent beslag', 'beslag'],
    ['nee wacht, wat is een budgetcoach?', 'budgetcoach'],
    ['ehm... wat is schuldhulp dan', 'schuldhulpverlener'],
    ['nou, wat betekent incassobureau eigenlijk', 'incassobureau'],
    // A word typed wrong, one letter out or off.
    ['maar wat is een deurwaader', 'deurwaarder'],
    ['ja maar wat is een bewindvoeder dan', 'bewindvoerder'],
    ['eh wat bedoel je met achterstant', 'achterstand'],
  ])('"%s"', async (words, id) => {
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    const replies = await chat.say(words);
    const text = textOf(replies);
    expect(text).toContain(wordExplanation(id)![0]);
    expect(text).toContain('Dit was de vraag:');
    expect(text).not.toMatch(/Dat snap ik nog niet goed|Eerst een belangrijke vraag|Ik bedoel:/);
    expect(lastQuestion(replies)).toBe(RECOGNISE);
  });

  it('nothing is lost: after the explanation "nee" answers the same question as it would have', async () => {
    const direct = await inMoneyTalk();
    await direct.chat.say('Het lukt niet');
    const expected = textOf(await direct.chat.say('nee'));
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    await chat.say('ja maar wat is een achterstand dan');
    expect(textOf(await chat.say('nee'))).toBe(expected);
  });

  it('after "meteen naar de vragen" too, at the question asked then', async () => {
    const { chat } = await inMoneyTalk();
    let replies = await chat.say('Ik wil meteen naar de vragen');
    const asked = lastQuestion(replies);
    replies = await chat.say('eh maar wat is beslag eigenlijk');
    expect(textOf(replies)).toContain(wordExplanation('beslag')![0]);
    expect(lastQuestion(replies)).toBe(asked);
  });

  it.each([
    'ja, ik heb een achterstand, wat is de beste oplossing',
    'maar ik heb beslag op mijn loon',
    'ja maar de deurwaarder komt morgen',
  ])('a sentence that says more is read as an answer, not as a word question: "%s"', async (words) => {
    const { chat } = await inMoneyTalk();
    await chat.say('Het lukt niet');
    const text = textOf(await chat.say(words));
    expect(text).not.toContain('Dit was de vraag:');
  });
});
