import { askedWord, asksAboutData } from '../../src/language';
import { explainableWords } from '../../src/content/uitleg';

describe('a question about data is recognised from its concepts, not from a list of sentences', () => {
  it.each([
    'wie leest dit mee',
    'wie leest dit mee?',
    'ik heb schulden. maar eerst: wie leest dit mee? gaat dit naar de reclassering?',
    'eerst antwoord. wie leest dit mee',
    'wat gebeurt er met wat ik hier typ? wie kan dit zien?',
    'privacy?',
    'privacy',
    'en mijn gegevens?',
    'wat doe je met mijn gegevens',
    'wat gebeurt er met mijn gegevens? ziet de gemeente dit?',
    'ziet de gemeente dit?',
    'kijkt er iemand mee?',
    'leest de politie mee',
    'gaat dit naar de reclassering?',
    'krijgt de reclassering mijn antwoorden?',
    'bewaren jullie wat ik vertel?',
    'hoe zit het met mijn privacy',
    'wat gebeurt er met dit gesprek',
    'wie krijgt dit te zien',
    'blijft dit gesprek geheim?',
    'sla je mijn antwoorden op?',
    'weet de politie wat ik hier zeg?',
    'geef je dit door aan justitie?',
  ])('"%s"', (text) => {
    expect(asksAboutData(text)).toBe(true);
  });

  it.each([
    'iemand die samen met mij mijn post opent',
    'de gemeente',
    'mijn moeder leest mijn post',
    'ja, bij de gemeente',
    'wie gaat dit betalen?',
    'wat doe ik met boetes van het cjib',
    'ik heb een schuld bij de gemeente en de reclassering weet dat niet',
    'nee',
    'wat is een bewindvoerder',
    'ik wil dat iemand me helpt met brieven',
  ])('not "%s"', (text) => {
    expect(asksAboutData(text)).toBe(false);
  });
});

describe('a question about a word names the word, or a word the bot does not know', () => {
  it.each([
    ['wat is achterstand', 'achterstand'],
    ['wat is een uitkering?', 'uitkering'],
    ['wat betekent bewindvoerder', 'bewindvoerder'],
    ['wat is bewindvoerder', 'bewindvoerder'],
    ['wat is nachtopvang', 'nachtopvang'],
    ['bewindvoerder? wat is dat', 'bewindvoerder'],
    ['cjib?', 'cjib'],
    ['wat is dat eigenlijk, een budgetcoach?', null],
    ['wat doet een deurwaarder precies', 'deurwaarder'],
    ['wat bedoel je met loonstrook', 'loonstrook'],
    ['wat is een bewinvoerder', 'bewindvoerder'],
    ['wat is het minnelijk traject', 'minnelijk'],
  ])('"%s"', (text, id) => {
    const asked = askedWord(text, explainableWords);
    if (id) expect(asked).toEqual({ id });
    else expect(asked).not.toBeNull();
  });

  it('a word it does not know is still a question about a word', () => {
    expect(askedWord('wat is een flurp', explainableWords)).toEqual({ id: null, word: 'flurp' });
  });

  it.each(['wat is dat', 'wat betekent dat', 'wat is de vraag', 'wat is dit voor vraag', 'uitkering', 'de uitkering', 'in de nachtopvang', 'cjib boetes', 'wat is nachtopvang? ik slaap vannacht op straat', 'ik heb een achterstand, wat is de beste oplossing'])('not "%s"', (text) => {
    expect(askedWord(text, explainableWords)?.id ?? null).toBeNull();
    if (text.includes('nachtopvang') || text.includes('achterstand')) expect(askedWord(text, explainableWords)).toBeNull();
  });
});
