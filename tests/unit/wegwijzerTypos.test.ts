import { wegwijzer, wegwijzerIndex } from '../../src/content/wegwijzer';

/** The ids of the best three entries for a query. */
const top3 = (query: string): string[] => wegwijzerIndex.search(query, 3).map((h) => h.id);

/** Every word of 7 letters or more in an entry's title, as the title writes it (lower case). */
const titleWords = wegwijzer.entries.flatMap((entry) =>
  entry.title
    .toLowerCase()
    .split(/[^a-zà-ÿ]+/)
    .filter((word) => word.length >= 7)
    .map((word) => ({ entry, word })),
);

/** The next letter of the alphabet ("a" → "b", "z" → "a"): a substitution that was not chosen by hand. */
const nextLetter = (c: string): string => (c >= 'a' && c <= 'z' ? String.fromCharCode(((c.charCodeAt(0) - 97 + 1) % 26) + 97) : 'e');

/** One typo at each place in a word: the letter left out, and the letter replaced by the next one. */
function oneTypo(word: string): string[] {
  const typos = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    typos.add(word.slice(0, i) + word.slice(i + 1));
    typos.add(word.slice(0, i) + nextLetter(word[i]) + word.slice(i + 1));
  }
  typos.delete(word);
  return [...typos];
}

/** Each title word with each of its typos, and whether the word typed right finds its entry by itself. */
const cases = titleWords.flatMap(({ entry, word }) => {
  const alone = top3(word).includes(entry.id);
  return oneTypo(word).map((typo) => ({ id: entry.id, title: entry.title, word, typo, alone }));
});

describe('one typo in a word still finds the entry (every title word of 7+ letters, every place)', () => {
  it('tries many titles and typos', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBeGreaterThanOrEqual(20);
    expect(cases.length).toBeGreaterThanOrEqual(1000);
  });

  it('the title with one word misspelt finds its entry among the top three', () => {
    const missed = cases.filter((c) => !top3(c.title.toLowerCase().replace(c.word, c.typo)).includes(c.id)).map((c) => `${c.typo} (${c.id})`);
    expect(missed).toEqual([]);
  });

  it('a misspelt word alone finds what the word spelt right finds', () => {
    const missed = cases.filter((c) => c.alone && !top3(c.typo).includes(c.id)).map((c) => `${c.typo} (${c.id})`);
    expect(missed).toEqual([]);
  });
});

describe('the misspellings a tester typed', () => {
  it.each([
    ['briefadress', 'regeling-briefadres'],
    ['schuldhulpverleneng', 'hulp-schuldhulpverlening'],
    ['briefadress aanvragen na detentie', 'regeling-briefadres'],
    ['budgetbeeer', 'hulp-bewind'],
  ])('"%s" finds %s', (query, id) => {
    expect(top3(query)).toContain(id);
  });
});

describe('a phone number typed without spaces or dashes', () => {
  /** Every number an entry writes in parts ("0800-8115"), with its entry. */
  const numbers = wegwijzer.entries.flatMap((entry) =>
    [entry.title, ...entry.lines, ...entry.zoekwoorden].flatMap((text) => [...text.matchAll(/\b\d{2,4}(?:[ -]\d{2,4})+\b/g)].map((m) => ({ id: entry.id, written: m[0] }))),
  );

  it('the entries write at least one', () => expect(numbers.length).toBeGreaterThan(0));

  it('finds its entry, written as one number, with a space or with a dash', () => {
    for (const { id, written } of numbers) {
      const digits = written.replace(/\D/g, '');
      expect([id, top3(digits)]).toEqual([id, expect.arrayContaining([id])]);
      expect(top3(written.replace(/-/g, ' '))).toContain(id);
      expect(top3(written.replace(/ /g, '-'))).toContain(id);
    }
    expect(top3('08008115')).toContain('hulp-0800');
  });
});
