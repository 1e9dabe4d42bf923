import { decideReferrals, type Facts } from '../../src/referral/rules';

const facts = (answers: Facts['answers'], extra: Partial<Facts> = {}): Facts => ({ answers, checklist: [], crises: [], ...extra });
const ids = (f: Facts) => decideReferrals(f).referrals.map((r) => r.id);

describe('which help fits', () => {
  it('nothing wrong: self-help and the helpline, nothing pushed', () => {
    expect(ids(facts({ inkomen: true, formeel: true, stabiel: true, overzicht: true, duidelijk: true, achterstanden: false, schulden: false, verleden: false, begeleiding: false }))).toEqual(['nibud', 'geldfit-0800-8115']);
  });

  it('large debts and wants help: schuldhulpverlening', () => {
    expect(ids(facts({ schulden: true, zelfredzaam: true, wil: true }, { debtTotal: 5000 }))).toEqual(['schuldhulpverlening']);
  });

  it('no invented threshold: a small total is still a debt for schuldhulpverlening', () => {
    expect(ids(facts({ schulden: true, zelfredzaam: true, risico: false, wil: true }, { debtTotal: 400 }))).toEqual(['schuldhulpverlening']);
    expect(ids(facts({ schulden: true, zelfredzaam: true, wil: true }, { debtTotal: null }))).toContain('schuldhulpverlening');
  });

  it('not self-reliant after earlier help: beschermingsbewind, with that reason', () => {
    const advice = decideReferrals(facts({ schulden: true, zelfredzaam: false, wil: true, verledenBegeleiding: true }));
    expect(advice.referrals).toContainEqual({ id: 'beschermingsbewind', reason: 'eerderHulp' });
  });

  it('no overview: a budgetcoach, because of that', () => {
    expect(decideReferrals(facts({ inkomen: true, formeel: true, stabiel: true, overzicht: false })).referrals).toContainEqual({ id: 'budgetcoach', reason: 'geenOverzicht' });
  });

  it('does not want help: respected, no schuldhulpverlening', () => {
    const r = ids(facts({ schulden: true, zelfredzaam: false, wil: false }));
    expect(r).not.toContain('schuldhulpverlening');
    expect(r).toEqual(expect.arrayContaining(['geldfit-0800-8115', 'nibud']));
  });

  it('already has help: not sent to more of the same', () => {
    const r = ids(facts({ schulden: true, begeleiding: true }));
    expect(r).not.toContain('schuldhulpverlening');
    expect(r).toContain('geldfit-0800-8115');
  });

  it('owes money in the criminal circuit and nothing else fits: the helpline, never "je kunt het goed zelf"', () => {
    const answers = { inkomen: true, formeel: true, stabiel: true, schulden: false, overzicht: true };
    const advice = decideReferrals(facts(answers, { said: { criminalCreditor: true } }));
    expect(advice.notes).toEqual(['crimineel']);
    expect(advice.referrals).toEqual([{ id: 'geldfit-0800-8115', reason: 'laterVragen' }]);
    expect(decideReferrals(facts(answers)).referrals).toContainEqual({ id: 'nibud', reason: 'zelfhulp' });
  });

  it('CJIB and informal debts get advice of their own, not only under schuldhulpverlening', () => {
    const advice = decideReferrals(facts({ schulden: null, cjib: true, informeel: true, wil: true }));
    expect(advice.referrals.map((r) => r.id)).toContain('sociaal-raadslieden');
    expect(advice.notes).toEqual(['cjib', 'informeel']);
  });

  it.each([
    [{ inkomen: false }, 'geenInkomen'],
    [{ inkomen: true, formeel: false, familie: false, illegaal: true }, 'illegaalInkomen'],
    [{ inkomen: true, formeel: false, familie: true, vrijwillig: true, dragen: false }, 'familie'],
    [{ inkomen: true, formeel: true, stabiel: false }, 'onstabielInkomen'],
  ])('income trouble %j: the sociaal wijkteam, because %s', (answers, reason) => {
    expect(decideReferrals(facts(answers)).referrals).toContainEqual({ id: 'sociaal-wijkteam', reason });
  });

  it('urgent: schuldhulpverlening first, whatever else', () => {
    expect(ids(facts({ schulden: false }, { urgent: true }))[0]).toBe('schuldhulpverlening');
  });

  it('crises come first: 113, voedselbank, sociaal wijkteam', () => {
    expect(ids(facts({}, { crises: ['hunger', 'suicide'] })).slice(0, 3)).toEqual(['113-zelfmoordpreventie', 'voedselbank', 'sociaal-wijkteam']);
  });

  it('did not want to talk: the helpline and self-help only', () => {
    expect(ids(facts({}, { declined: true }))).toEqual(['geldfit-0800-8115', 'nibud']);
  });

  it('recently released with things to arrange: the sociaal wijkteam, and the checklist', () => {
    const advice = decideReferrals(facts({ inkomen: true, formeel: true, stabiel: true, overzicht: true }, { checklist: ['id', 'zorg'] }));
    expect(advice.referrals).toContainEqual({ id: 'sociaal-wijkteam', reason: 'vrijgekomen' });
    expect(advice.checklist).toEqual(['id', 'zorg']);
  });

  it('every referral has a reason and appears once', () => {
    const advice = decideReferrals(facts({ inkomen: false, schulden: true, overzicht: false, duidelijk: false, zelfredzaam: false, wil: true, verledenBegeleiding: true, cjib: true }, { crises: ['hunger'], checklist: ['id'] }));
    const all = advice.referrals.map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    for (const r of advice.referrals) expect(r.reason).toBeTruthy();
  });
});
