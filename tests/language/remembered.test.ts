import { detectCrisis, extractFacts } from '../../src/language';

/* detectCrisis and extractFacts remember what they answered for a text (a speed measure; the fingerprint test
 * shows the answers are the same). What they give out is a copy: a caller that changes it changes nothing later. */
describe('answers remembered per text', () => {
  it('give the same crisis again, as a copy that a caller may change', () => {
    const first = detectCrisis('ik wil er een eind aan maken');
    expect(first).toEqual({ type: 'suicide', level: 'certain' });
    (first as { level: string }).level = 'possible';
    expect(detectCrisis('ik wil er een eind aan maken')).toEqual({ type: 'suicide', level: 'certain' });
    expect(detectCrisis('ik zie geen uitweg meer')?.level).toBe('possible');
    expect(detectCrisis('ik zie geen uitweg meer', { priorDistress: true })?.level).toBe('certain');
  });

  it('give the same facts again, as a copy, and tell a question about debts apart', async () => {
    const first = await extractFacts('ik heb schulden bij het cjib');
    expect(first).toMatchObject({ debts: true, cjib: true });
    first.debts = false;
    expect(await extractFacts('ik heb schulden bij het cjib')).toMatchObject({ debts: true, cjib: true });
    expect(await extractFacts('bij mijn broer')).toEqual({});
    expect(await extractFacts('bij mijn broer', { creditors: true })).toEqual({ informal: true, debts: true });
  });
});
