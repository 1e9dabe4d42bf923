import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ANSWER_KINDS, detectCrisis, interpret, MAX_TEXT_LENGTH } from '../../src/language';
import { readYesNo, saysUnknown } from '../../src/language/yesNo';

const CHOICES = [
  { id: 'a', title: 'Budgetcoach', synonyms: ['coach'] },
  { id: 'b', title: 'Voedselbank', synonyms: [] },
];

/** Strings that stress a text layer: emoji, control characters, accents, digits and separators, Dutch words. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom('€', '1', '.', ',', '-', ' ', 'k', 'duizend', 'honderd', 'en', 'weet', 'niet', 'ja', 'nee', '🤷', '\u0000', '\u202e', '\n', 'ë', 'a', 'tussen', 'tot'), { maxLength: 40 }).map((parts) => parts.join('')),
);

describe('interpret and detectCrisis are total', () => {
  it('never throw, and always return a known kind, whatever the string', () => {
    fc.assert(
      fc.property(nasty, fc.constantFrom(...ANSWER_KINDS), (text, kind) => {
        const result = interpret(text, kind, { choices: CHOICES });
        expect(['yes', 'no', 'unknown', 'amount', 'choice', 'freeText', 'name', 'phone', 'otherNumber', 'unclear']).toContain(result.kind);
        if (result.kind === 'amount') expect(Number.isFinite(result.euros)).toBe(true);
        const crisis = detectCrisis(text);
        expect(crisis === null || ['suicide', 'hunger', 'homeless', 'violence'].includes(crisis.type)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('handle 100 KB of text, emoji and control characters', () => {
    const big = `${'geld 🤷 \u0000\u0007 € 1.250,50 '.repeat(4000)}`.slice(0, 100 * 1024);
    // interpret catches everything, so "does not throw" proves nothing: check what it reads instead. A long
    // text is read as its first part, the same as that part alone.
    for (const kind of ANSWER_KINDS) {
      expect(interpret(big, kind, { choices: CHOICES })).toEqual(interpret(big.slice(0, MAX_TEXT_LENGTH), kind, { choices: CHOICES }));
    }
    expect(detectCrisis(big)).toBeNull();
  });

  it('never read "weet ik niet" as no or as 0, whatever was asked', () => {
    for (const kind of ANSWER_KINDS.filter((k) => k !== 'freeText' && k !== 'practice')) {
      expect(interpret('weet ik niet', kind, { choices: CHOICES }).kind).toBe('unknown');
    }
  });
});

describe('amounts written the Dutch way', () => {
  const dutch = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
  const plain = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

  it('round-trip through interpret to the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.boolean(), (cents, withSymbol) => {
        const euros = cents / 100;
        const text = withSymbol ? dutch.format(euros) : `${plain.format(euros)} euro`;
        const result = interpret(text, 'amount');
        expect(result).toMatchObject({ kind: 'amount', euros });
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trip as whole euros with ",-"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), (euros) => {
        expect(interpret(`${plain.format(euros)},-`, 'amount')).toMatchObject({ kind: 'amount', euros });
      }),
      { numRuns: 500 },
    );
  });
});

describe('"weet ik niet" without the Recognizers-Text model', () => {
  const corpus = JSON.parse(readFileSync(path.join(__dirname, 'corpus.nl.json'), 'utf8')) as Record<string, unknown>;
  const texts = Object.values(corpus)
    .filter(Array.isArray)
    .flatMap((cases) => (cases as unknown[][]).map((c) => c[0]).filter((t): t is string => typeof t === 'string'));

  it('saysUnknown is readYesNo(...) === "unknown", for every corpus text and any string', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect([text, saysUnknown(text)]).toEqual([text, readYesNo(text) === 'unknown']);
    fc.assert(fc.property(nasty, (text) => saysUnknown(text) === (readYesNo(text) === 'unknown')), { numRuns: 500 });
  });
});
