import { interpret, matchChoice, matchInterrupt } from '../../src/language';
import { editDistance, normalize } from '../../src/language/normalize';

const WAYS = [
  { id: 'gesprek', title: 'Ik wil praten over geld', synonyms: ['praten', 'geld', 'schulden'] },
  { id: 'oefenen', title: 'Ik ben professional en wil oefenen', synonyms: ['professional', 'oefenen'] },
  { id: 'wegwijzer', title: 'Wegwijzer opzoeken', synonyms: ['wegwijzer', 'opzoeken'] },
];

describe('choices', () => {
  it.each([
    ['Ik wil praten over geld', 'gesprek'],
    ['ik wil praten over geld', 'gesprek'],
    ['gesprek', 'gesprek'],
    ['de tweede', 'oefenen'],
    ['3', 'wegwijzer'],
    ['de laatste graag', 'wegwijzer'],
    ['ik ben een professional', 'oefenen'],
    ['wegwijzr', 'wegwijzer'],
    ['profesional', 'oefenen'],
    ['  WEGWIJZER!!  ', 'wegwijzer'],
  ])('"%s" is %s', (text, id) => {
    expect(matchChoice(text, WAYS)).toBe(id);
  });

  it.each([['banaan'], [''], ['oefenen of opzoeken'], ['😀']])('"%s" is no choice', (text) => {
    expect(matchChoice(text, WAYS)).toBeNull();
  });

  it('reads "weet ik niet" at a choice as unknown, not as a choice', () => {
    expect(interpret('weet ik niet', 'choice', { choices: WAYS })).toEqual({ kind: 'unknown' });
  });
});

describe('yes, no and don\'t know', () => {
  it.each([
    ['ja', 'yes'], ['Jazeker!', 'yes'], ['klopt', 'yes'], ['tuurlijk', 'yes'], ['👍', 'yes'], ['ja, ik heb schulden', 'yes'], ['ik heb schulden', 'yes'],
    ['nee', 'no'], ['nee hoor', 'no'], ['neen', 'no'], ['nope', 'no'], ['niet echt', 'no'], ['👎', 'no'], ['nee, ik heb geen inkomen', 'no'], ['ik heb geen schulden', 'no'],
    ['weet ik niet', 'unknown'], ['geen idee', 'unknown'], ['misschien', 'unknown'], ['soms', 'unknown'], ['ik weet het niet zeker', 'unknown'], ['🤷', 'unknown'],
  ])('"%s" is %s', (text, kind) => {
    expect(interpret(text, 'yesNo')).toEqual({ kind });
  });

  it('"weet ik niet" is never read as no', () => {
    expect(interpret('weet ik niet', 'yesNo').kind).toBe('unknown');
  });

  it('text that answers nothing is unclear', () => {
    expect(interpret('banaan', 'yesNo')).toEqual({ kind: 'unclear' });
  });
});

describe('interrupt words', () => {
  const table = [
    ['urgent', ['hulp nu']],
    ['stop', ['stop', 'stoppen']],
    ['help', ['help', 'hulp', '?']],
  ] as const;

  it.each([
    ['stop', 'stop'], ['STOP.', 'stop'], ['ik wil stoppen', 'stop'], ['hulp nu!', 'urgent'], ['ik wil hulp nu', 'urgent'], ['hulp', 'help'], ['?', 'help'],
  ])('"%s" is %s', (text, kind) => {
    expect(matchInterrupt(text, table)).toBe(kind);
  });

  it.each([['ik ben gestopt met werken'], ['ik moet stoppen met gokken want dat kost me alles'], ['wat is dat?'], ['']])('"%s" is no interrupt', (text) => {
    expect(matchInterrupt(text, table)).toBeNull();
  });
});

describe('edit distance', () => {
  it('counts one swap of neighbours as one typo', () => {
    expect(editDistance('wegwijzer', 'wegwjizer')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('normalize', () => {
  it('keeps words whole that have a letter without an accent to take off (Turkish ı, Polish ł)', () => {
    expect(normalize('Yaşamak istemiyorum artık')).toBe('yasamak istemiyorum artik');
    expect(normalize('jestem głodny')).toBe('jestem glodny');
    expect(normalize('Straße')).toBe('strasse');
  });
});
