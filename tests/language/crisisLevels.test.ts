import { detectCrisis } from '../../src/language';
import { CRISIS_CORPORA, evaluateCrisisLevels, recall } from './crisisEval';
import { patternBook } from '../../src/language/crisisPatterns';
import crisisRules from '../../src/language/crisis.nl.json';
import { CRISIS_TYPES } from '../../src/language/crisis';
import { FREE_TEXT } from './freeTextEval';

describe('crisis levels on the tuning part of the crisis corpus', () => {
  const report = evaluateCrisisLevels(CRISIS_CORPORA.tuning);

  it('is big enough, with a held-apart part beside it', () => {
    expect(CRISIS_CORPORA.tuning.length + CRISIS_CORPORA.heldout.length).toBeGreaterThanOrEqual(300);
    expect(CRISIS_CORPORA.heldout.length).toBeGreaterThanOrEqual(100);
  });

  // Sane floors only: the held-apart figures are printed by `npm run eval:language` and never fail a run.
  it('finds nearly every crisis and rarely alarms on money talk', () => {
    expect(recall(report)).toBeGreaterThanOrEqual(0.95);
    expect(report.certainAlarms / report.calm).toBeLessThanOrEqual(0.03);
    expect(report.possibleAlarms / report.calm).toBeLessThanOrEqual(0.1);
  });
});

describe('ordinary answers and first messages (the free-text development corpus)', () => {
  // Most alarms here are real: "ik slaap op straat" said at the housing question is a crisis. A regression floor.
  it('rarely set off the crisis answer', () => {
    const messages = [...FREE_TEXT.development.answers.map(([, text]) => text), ...FREE_TEXT.development.openings.map(([text]) => text)];
    const certain = messages.filter((text) => detectCrisis(text)?.level === 'certain');
    expect(certain.length / messages.length).toBeLessThanOrEqual(0.025);
  });
});

describe('detectCrisis', () => {
  it.each([
    ['vanochtend stond hij met een mes voor mijn deur en zei dat dit de laatste keer is', 'violence'],
    ['hij zette een mes op mijn keel voor 800 euro', 'violence'],
    ['ik heb een mes gekocht, voor mezelf niet voor iemand anders', 'suicide'],
    ['als ze me komen halen voor die schuld spring ik voor de trein', 'suicide'],
  ])('gives "%s" the help it needs first: %s', (text, type) => {
    expect(detectCrisis(text)).toEqual({ type, level: 'certain' });
  });

  it.each([
    ['mój mąż mnie bije jak nie ma pieniędzy', 'violence', 'certain'],
    ['intihar edeceğim, ik meen het, die schuld krijg ik nooit meer weg', 'suicide', 'certain'],
    ['yaşamak istemiyorum artık', 'suicide', 'certain'],
    ['nie chcę żyć, alles gaat mis sinds ik vrij ben', 'suicide', 'certain'],
    ['mi tin hamber, vandaag niks', 'hunger', 'possible'],
    ['heb geen kaminda pa drumi vannacht', 'homeless', 'possible'],
  ])('reads "%s", said in another language many clients speak, as %s (%s)', (text, type, level) => {
    expect(detectCrisis(text)).toEqual({ type, level });
  });

  it.each([
    ['het heeft allemaal geen zin meer', 'suicide'],
    ['ik durf niet meer naar buiten omdat ik iemand geld schuldig ben', 'violence'],
    ['de deurwaarder heeft vandaag mijn woning ontruimd', 'homeless'],
  ])('"%s" is a %s signal', (text, type) => {
    expect(detectCrisis(text)?.type).toBe(type);
  });

  it.each(['ik zie het even niet zitten met die rekeningen', 'de bank dreigt mijn rekening te blokkeren', 'de zorgverzekeraar dreigt met een incassobureau', 'volgende week moet ik eruit', 'ik heb een brief dat ik over twee weken uit mijn huis moet'])(
    '"%s" is ordinary money talk, no crisis',
    (text) => {
      expect(detectCrisis(text)).toBeNull();
    },
  );

  it('counts a possible signal as certain after earlier distress, and a money-cancelled one as possible', () => {
    expect(detectCrisis('ik zie geen uitweg meer')?.level).toBe('possible');
    expect(detectCrisis('ik zie geen uitweg meer', { priorDistress: true })?.level).toBe('certain');
    expect(detectCrisis('ik zie het niet meer zitten met die rekeningen')).toBeNull();
    expect(detectCrisis('ik zie het niet meer zitten met die rekeningen', { priorDistress: true })?.level).toBe('possible');
  });

  it('lets words of the past cancel, but not when they say who ("die jongens van vroeger")', () => {
    expect(detectCrisis('vroeger zochten ze me voor dat geld')).toBeNull();
    expect(detectCrisis('die jongens van vroeger zoeken me, ze willen hun geld')?.type).toBe('violence');
  });

  it('hears a professional asking about a client, and a fresh start, as no crisis of their own', () => {
    expect(detectCrisis('wat moet ik doen als een cliënt over zelfmoord begint')).toBeNull();
    expect(detectCrisis('ik wil mijn oude leven beëindigen en opnieuw beginnen zonder schulden')).toBeNull();
    expect(detectCrisis('ik wil mijn leven beëindigen')).toEqual({ type: 'suicide', level: 'certain' });
  });

  it('hears a veiled threat from creditors in street words ("doekoe", "anders komen ze langs")', () => {
    expect(detectCrisis('ja die jongens willen hun doekoe terug, anders komen ze langs')?.type).toBe('violence');
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', ' ', '?', '💀💀', 'a'.repeat(5000), 'ik | wil * dood']) expect(() => detectCrisis(text)).not.toThrow();
  });
});

describe('the crisis pattern language', () => {
  const book = patternBook({ tonight: ['vannacht', 'deze nacht'] }, new Set(['nog', 'wel']));

  it('reads long words typed in two as one, but never joins short words into another word', () => {
    expect(detectCrisis('ik heb geen slaap plek voor van nacht')).toEqual({ type: 'homeless', level: 'certain' });
    expect(detectCrisis('ik wil zelf moord plegen')?.type).toBe('suicide');
    expect(detectCrisis('ik heb een dakloze vriend in huis genomen, dat kost wel geld')).toBeNull();
  });

  it('forgives a typo in words that find a crisis, never in words that cancel one ("iemand" is not "niemand")', () => {
    expect(detectCrisis('ik word gedwongen te dealen voor iemand waar ik geld aan schuldig ben')).toEqual({ type: 'violence', level: 'certain' });
  });

  it('never reads a real word as the typo of another ("geslapen" is no "geslagen", "ergens" no "nergens")', () => {
    expect(detectCrisis('heb vannacht slecht geslapen door de stress over geld')).toBeNull();
    expect(detectCrisis('ik denk aan dingen die ik moet regelen')).toBeNull();
    expect(detectCrisis('ik hoop dat ik ergens kan wonen')).toBeNull();
    // A typo that is no word still counts.
    expect(detectCrisis('ik denk aan zelfmord')?.type).toBe('suicide');
  });

  it('hears a suicide told as done as someone else\'s death, and an attempt as one\'s own', () => {
    expect(detectCrisis('mijn broer heeft jaren geleden zelfmoord gepleegd')).toBeNull();
    expect(detectCrisis('ik heb een poging tot zelfmoord gepleegd')?.type).toBe('suicide');
  });

  it('holds no pattern whose alternatives overlap the next word ("motor aan|motor draaien" means "motor aan draaien"): phrases go in a concept', () => {
    const patterns = [
      ...Object.values(crisisRules.concepts).flat(),
      ...CRISIS_TYPES.flatMap((type) => crisisRules[type].flatMap((rule) => [...(rule.any ?? []), ...(rule.all ?? []), ...(rule.none ?? [])])),
      ...crisisRules.cancels.flatMap((c) => c.words),
    ];
    const overlapping = patterns.filter((pattern) => {
      const places = pattern.split(/\s+/).map((word) => word.split('|'));
      return places.some((alts, i) => i + 1 < places.length && (alts.length > 1 || places[i + 1].length > 1) && alts.some((a) => places[i + 1].includes(a)));
    });
    expect(overlapping).toEqual([]);
  });

  it('keeps the filler words of a rule that says so ("nog geen plek" is not "geen plek")', () => {
    expect(detectCrisis('dan heb ik nog meer schulden en misschien geen huis meer')).toBeNull();
    expect(detectCrisis('ik moet een paar euro betalen')).toBeNull();
    expect(detectCrisis('kom over twee weken vrij en heb nog geen slaapplek')).toEqual({ type: 'homeless', level: 'possible' });
  });

  it('refuses a pattern that would shrink to one word without its filler words', () => {
    expect(() => book.compile('waarom nog', true)).toThrow(/filler/);
    expect(() => book.compile('waarom nog', false)).not.toThrow();
    expect(book.occurs(['ik', 'slaap', 'hier', 'deze', 'nacht'], book.compile('slaap hier @tonight', true))).toBe(true);
  });
});
