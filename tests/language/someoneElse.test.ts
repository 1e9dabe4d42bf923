import { detectCrisis, someoneElsesCrisis, violenceAtHome } from '../../src/language';

/** Someone else's crisis, asked about by the one who helps: no crisis of the person's own, but the help for the other. */
describe("someone else's crisis", () => {
  it.each([
    ['mijn oom appte dat hij niet meer wil leven, hoe kan ik hem helpen?', 'suicide'],
    ['een collega van mij wordt afgeperst door zijn dealer, waar kan hij dat melden?', 'violence'],
    ['mijn nicht slaapt al een week op straat, kan zij ergens terecht?', 'homeless'],
  ] as const)('"%s" is %s of someone else, and no crisis of the person\'s own', (text, type) => {
    expect(detectCrisis(text)).toBeNull();
    expect(someoneElsesCrisis(text)).toBe(type);
  });

  it('is the person\'s own as well when they speak of themself in it: one check', () => {
    const text = 'mijn tante zegt dat ze dood wil en dat ik er beter ook niet meer kan zijn, ze heeft het over mij';
    expect(detectCrisis(text)).toEqual({ type: 'suicide', level: 'possible' });
    expect(someoneElsesCrisis(text)).toBeNull();
  });

  it('is the person\'s own when the violence is in their own home', () => {
    const text = 'thuis gooit mijn broer met stoelen als hij boos is, hoe kan ik hem helpen?';
    expect(detectCrisis(text)?.type).toBe('violence');
    expect(someoneElsesCrisis(text)).toBeNull();
  });

  it('is nothing at all when it is someone else\'s and said in jest', () => {
    const text = 'mijn broer zegt altijd dat hij me afmaakt als ik weer van zijn bier drink haha';
    expect(detectCrisis(text)).toBeNull();
    expect(someoneElsesCrisis(text)).toBeNull();
  });

  it('places violence at someone else\'s home by their partner or family ("haar man"), not by a creditor', () => {
    expect(violenceAtHome('mijn zus wordt geslagen door haar man', 'someoneElse')).toBe(true);
    expect(violenceAtHome('mijn neef wordt bedreigd door een woekeraar', 'someoneElse')).toBe(false);
    // One's own partner is one's own home, not someone else's.
    expect(violenceAtHome('mijn man slaat me', 'someoneElse')).toBe(false);
  });

  it('leaves an own crisis with other people in it the person\'s own', () => {
    expect(detectCrisis('mijn stiefvader heeft me vanavond op straat gezet en ik weet niet waar ik moet slapen')?.type).toBe('homeless');
    expect(someoneElsesCrisis('mijn stiefvader heeft me vanavond op straat gezet en ik weet niet waar ik moet slapen')).toBeNull();
  });
});
