import { saidIn, wishIn } from '../../src/referral/said';
import { adviceFor } from '../../src/referral/advice';
import type { GesprekContext } from '../../src/machines/gesprek';

describe('the person\'s own words that change the advice', () => {
  it.each([
    ['ik wil een budgetcursus doen', 'budgetcursus'],
    ['een cursus over geld zou fijn zijn', 'budgetcursus'],
    ['misschien een bewindvoerder', 'beschermingsbewind'],
    ['iemand die meekijkt', 'budgetcoach'],
    ['ik wil naar de schuldhulp', 'schuldhulpverlening'],
  ])('"%s" names %s', (text, id) => expect(wishIn(text)).toBe(id));

  it('a wish with "geen" before it does not count', () => {
    expect(wishIn('ik wil geen bewindvoerder')).toBeUndefined();
    // Help that is there already is no wish for the plan.
    expect(wishIn('bewindvoerder geregeld')).toBeUndefined();
    expect(wishIn('ik heb al een budgetcoach')).toBeUndefined();
    expect(wishIn('weet ik niet')).toBeUndefined();
  });

  it('drugs or drink, CJIB letters, and debts to family or a dealer', () => {
    expect(saidIn(['ik blow te veel']).addiction).toBe(true);
    expect(saidIn(['ik drink geen drank meer, gaat goed']).addiction).toBe(true);
    expect(saidIn(['ik drink te veel']).addiction).toBe(true);
    expect(saidIn(['brieven van het CJIB']).cjib).toBe(true);
    expect(saidIn(['ik heb geld geleend van mijn moeder']).familyLoan).toBe(true);
    expect(saidIn(['ik woon bij mijn moeder']).familyLoan).toBeUndefined();
    expect(saidIn(['ik moet nog geld aan een dealer']).criminalCreditor).toBe(true);
    expect(saidIn(['ik sta op straat']).criminalCreditor).toBeUndefined();
  });

  it('the plan follows the words: "ik wil een budgetcursus doen" gets the course, not Nibud and Geldfit', () => {
    const context = { answers: { inkomen: true, formeel: true, stabiel: true, overzicht: true, schulden: false }, urgent: false, declined: false, checklist: [], echo: { eigenStap: 'Ik wil een budgetcursus doen' } } as unknown as GesprekContext;
    expect(adviceFor(context, []).referrals).toEqual([{ id: 'budgetcursus', reason: 'eigenWens' }]);
  });

  it('takes facts the free-text reading added to the context', () => {
    const context = { answers: { schulden: false }, urgent: false, declined: false, checklist: [], echo: {}, facts: { cjib: true, released: true } } as unknown as GesprekContext;
    const advice = adviceFor(context, []);
    expect(advice.notes).toEqual(['cjib']);
    expect(advice.release.length).toBeGreaterThan(0);
  });
});
