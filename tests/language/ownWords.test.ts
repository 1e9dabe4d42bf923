import { textEntry, type ContentKey } from '../../src/content';
import { choicesOf } from '../../src/conversation/render';
import { answersDirectly, extractFacts, interpret, matchChoice, readOpening } from '../../src/language';

const yesNoAt = (key: ContentKey, text: string) => interpret(text, 'yesNo', { reads: textEntry(key).reads }).kind;

describe('a yes/no question read in the words people use for it', () => {
  it('keeps a yes or no when the doubt is about a detail, not about the question', () => {
    expect(interpret('ja maar weet niet hoeveel', 'yesNo').kind).toBe('yes');
    expect(interpret('nee ik weet niet waar het blijft', 'yesNo').kind).toBe('no');
    expect(interpret('geen idee hoeveel, wel veel', 'yesNo').kind).toBe('yes');
    // Not knowing whether stays not knowing.
    expect(interpret('ik weet niet of ik schulden heb', 'yesNo').kind).toBe('unknown');
    expect(interpret('ja misschien', 'yesNo').kind).toBe('unknown');
    expect(interpret('geen idee hoeveel', 'yesNo').kind).toBe('unknown');
  });

  it('reads "sometimes" after a plain yes or no as that answer, and alone as not knowing unless the question says', () => {
    expect(interpret('ja soms', 'yesNo').kind).toBe('yes');
    expect(interpret('nee soms veel soms niks', 'yesNo').kind).toBe('no');
    expect(interpret('soms', 'yesNo').kind).toBe('unknown');
    expect(yesNoAt('routekaart.stabiel', 'het wisselt per maand')).toBe('no');
    expect(yesNoAt('routekaart.stabiel', 'hangt af van hoeveel uren ik krijg')).toBe('no');
  });

  it('takes a hedged yes as yes, so help is offered, and a hedged no as not knowing', () => {
    expect(interpret('ik denk het wel', 'yesNo').kind).toBe('yes');
    expect(interpret('volgens mij wel ja', 'yesNo').kind).toBe('yes');
    expect(interpret('denk het niet', 'yesNo').kind).toBe('unknown');
  });

  it('takes not wanting to say as not knowing, in the many ways people say it', () => {
    for (const text of ['daar wil ik nu niet op ingaan', 'daar geef ik geen antwoord op', 'ik wil het daar niet over hebben', 'gaat niemand iets aan']) {
      expect(interpret(text, 'yesNo').kind).toBe('unknown');
    }
  });

  it('reads a hedge that ends in "wel" as yes, "niet dat ik weet" as no, and "soms wel soms niet" as not knowing', () => {
    expect(interpret('volgens mij nog wel één', 'yesNo').kind).toBe('yes');
    expect(interpret('niet dat ik weet', 'yesNo').kind).toBe('no');
    expect(interpret('soms wel soms niet', 'yesNo').kind).toBe('unknown');
    expect(interpret('een paar', 'yesNo').kind).toBe('yes');
    expect(interpret('weet niet meer precies hoeveel, maar ja', 'yesNo').kind).toBe('yes');
  });

  it('reads a bare "nee" or "niks" to an open question as nothing said, never as the person\'s own words', () => {
    expect(interpret('nee', 'freeText').kind).toBe('unknown');
    expect(interpret('helemaal niks', 'freeText').kind).toBe('unknown');
    expect(interpret('iemand die met me meekijkt', 'freeText').kind).toBe('freeText');
  });

  it('reads stretched and shortened yes and no', () => {
    expect(interpret('neuh', 'yesNo').kind).toBe('no');
    expect(interpret('jaah hoor', 'yesNo').kind).toBe('yes');
  });

  it("reads the question's own words: who gives or lends money, where someone sleeps", () => {
    expect(yesNoAt('routekaart.familie', 'soms van mijn oma')).toBe('yes');
    expect(yesNoAt('routekaart.informeel', 'bij mijn broer')).toBe('yes');
    expect(yesNoAt('routekaart.informeel', 'niet bij mijn broer')).toBe('no');
    expect(yesNoAt('gesprek.check.onderdak', 'tijdelijk bij mijn ouders')).toBe('no');
    expect(yesNoAt('gesprek.check.onderdak', 'ik huur een kamer')).toBe('yes');
    expect(answersDirectly('bij mijn broer', textEntry('routekaart.informeel').reads)).toBe(true);
    expect(answersDirectly('ik heb een schuld bij de zorgverzekering', textEntry('gesprek.check.onderdak').reads)).toBe(false);
  });
});

describe('an either/or question', () => {
  const formeel = choicesOf({ key: 'routekaart.formeel', expect: 'choice' });
  it('reads both sides named in one message as "Allebei"', () => {
    expect(matchChoice('ik werk maar krijg ook nog wat van de sociale dienst', formeel)).toBe('allebei');
  });
  it('reads "Allebei" named beside one side, and a bit of each as both', () => {
    expect(matchChoice('allebij, ik werk een paar uur en krijg aanvulling van de soos', formeel)).toBe('allebei');
    expect(interpret('beetje werk, beetje uitkering', 'choice', { choices: formeel })).toEqual({ kind: 'choice', id: 'allebei' });
  });
  it('reads a small number written as a digit like the word', () => {
    expect(matchChoice('geen van de 2', formeel)).toBe('anders');
  });
});

describe('facts', () => {
  it('does not take a place to sleep with a friend for a debt to that friend', async () => {
    expect(await extractFacts('ik slaap nu bij een vriend')).toEqual({ housing: false });
    expect(await extractFacts('ik heb geld geleend van mijn broer')).toEqual({ informal: true, debts: true });
  });
  it('reads people named in an answer about debts as the ones owed, and only there', async () => {
    expect(await extractFacts('ja, bij mijn broer', { creditors: true })).toEqual({ informal: true, debts: true });
    expect(await extractFacts('bij mijn broer')).not.toHaveProperty('informal');
  });
  it('lets a denial that names a creditor deny only that creditor, and hears "maar wel bij …"', async () => {
    expect(await extractFacts('ik heb geen schulden bij het cjib maar wel bij de belastingdienst')).toEqual({ cjib: false, debts: true });
    expect(await extractFacts('ik heb van niemand geld geleend')).toEqual({ informal: false });
  });
  it('hears a place of one\'s own as a fact, but not when it is a wish ("ik wil later een eigen huis")', async () => {
    expect(await extractFacts('ik heb een uitkering en een eigen studio')).toMatchObject({ housing: true });
    expect(await extractFacts('ik wil later een eigen huis')).not.toHaveProperty('housing');
  });
  it('hears an income applied for, or said no to, as no income ("uitkering ja aangevraagd", "werk nee")', async () => {
    expect(await extractFacts('werk nee, uitkering ja aangevraagd')).not.toHaveProperty('income');
    expect(await extractFacts('ik heb bijstand aangevraagd maar nog niks binnen')).toEqual({ income: 'geen' });
    expect(await extractFacts('ik heb een uitkering')).toEqual({ income: 'uitkering' });
  });
  it('keeps a night shelter as no fixed place, whatever else the sentence says', async () => {
    expect(await extractFacts('sinds ik vrij ben slaap ik in de nachtopvang')).toMatchObject({ released: true, housing: false });
  });
});

describe('openings', () => {
  it('leads a first message about money into the conversation, in words nobody trained on', async () => {
    expect((await readOpening('het incassobureau blijft bellen')).way).toBe('gesprek');
    expect((await readOpening('ik weet niet hoe ik eten moet betalen deze maand')).way).toBe('gesprek');
    expect((await readOpening('wat is dit')).way).toBe('unclear');
  });
  it('greets back small talk and an introduction, and finds practice and lookup in their own phrasings', async () => {
    expect((await readOpening('hoi, ik ben Sandra. aangenaam')).way).toBe('greeting');
    expect((await readOpening('ik ben er weer')).way).toBe('greeting');
    expect((await readOpening('ik ben blut')).way).toBe('gesprek');
    expect((await readOpening('speel jij een cliënt met schulden? dan ben ik de hulpverlener')).way).toBe('oefenen');
    expect((await readOpening('waar vind ik informatie over toeslagen')).way).toBe('wegwijzer');
  });
  it('hears a professional by the role said of oneself: a question is a lookup, practice words are practice', async () => {
    expect((await readOpening('ik werk bij de reclassering, wat doet het cjib met een betalingsregeling?')).way).toBe('wegwijzer');
    expect((await readOpening('als schuldhulpverlener wil ik een lastig gesprek naspelen')).way).toBe('oefenen');
    // Someone else's role is no role of one's own.
    expect((await readOpening('mijn reclasseringswerker zegt dat ik schulden moet regelen')).way).toBe('gesprek');
  });
  it('never takes a practice word said no to for a wish to practise', async () => {
    expect((await readOpening('ik wil niet oefenen man. ik heb schulden')).way).toBe('gesprek');
  });
  it('greets back a name said without a greeting, and an age after it', async () => {
    expect((await readOpening('mijn naam is Fatima')).way).toBe('greeting');
    expect((await readOpening('hoi ik ben Joop, 61 jaar')).way).toBe('greeting');
    expect((await readOpening('ik ben moe')).way).not.toBe('greeting');
  });
});
