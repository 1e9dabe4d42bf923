import { claimedQuotes } from '../../src/content/sourceFidelity';
import { personas } from '../../src/content/personas';
import { INITIAL_PRACTICE, practiceStep, TRUST_TO_OPEN, type PracticeInput, type PracticeState } from '../../src/practice/step';

const rachid = Object.keys(personas.rachid.truths);
const ask = (technique: PracticeInput['technique'], topics: string[] = [], criteria: PracticeInput['criteria'] = []): PracticeInput => ({ technique, topics, criteria });
function run(inputs: PracticeInput[], topics = rachid): PracticeState[] {
  const out: PracticeState[] = [];
  let state: PracticeState = { ...INITIAL_PRACTICE };
  for (const input of inputs) out.push((state = practiceStep(state, input, topics)));
  return out;
}

describe('trust in a compulsory setting: it rises slowly and falls fast', () => {
  it('starts low, for a client the reclassering sent', () => {
    expect(INITIAL_PRACTICE.trust).toBe(1);
  });

  it('takes two good questions for one point; three open questions do not reach 5, eight do', () => {
    const trust = run(Array.from({ length: 8 }, () => ask('inKaart'))).map((s) => s.trust);
    expect(trust).toEqual([1, 2, 2, 3, 3, 4, 4, 5]);
    expect(trust[2]).toBeLessThan(5);
  });

  it('one judging remark costs two points at once, and the slow build starts again', () => {
    const states = run([ask('inKaart'), ask('normaliseren'), ask('waarnemen'), ask('doorvragen'), ask('oordelen'), ask('inKaart')]);
    expect(states.map((s) => s.trust)).toEqual([1, 2, 2, 3, 1, 1]);
    expect(states[5].warmth).toBe(1);
  });

  it('jargon, early advice and an early closed question each cost a point', () => {
    for (const pitfall of ['jargon', 'adviesTeVroeg', 'gesloten'] as const) {
      const states = run([ask('inKaart'), ask('normaliseren'), ask(pitfall)]);
      expect({ pitfall, trust: states[2].trust }).toEqual({ pitfall, trust: 1 });
    }
  });

  it('explaining the frame at the start counts as a good turn', () => {
    expect(run([ask('inKaart', [], ['kader'])])[0].trust).toBe(2);
  });

  it('a hidden truth needs trust; before that the client stays guarded', () => {
    const early = run([ask('inKaart', ['cjib'])]);
    expect(early[0].reply).toEqual({ kind: 'guarded' });
    const later = run([ask('inKaart'), ask('normaliseren'), ask('waarnemen'), ask('doorvragen', ['cjib'])]);
    expect(later[3].trust).toBeGreaterThanOrEqual(TRUST_TO_OPEN);
    expect(later[3].reply).toEqual({ kind: 'truth', topic: 'cjib' });
  });

  it('the answer answers the question: asked again about the fines, the client talks about the fines', () => {
    const states = run([ask('inKaart'), ask('normaliseren'), ask('waarnemen'), ask('doorvragen', ['cjib']), ask('doorvragen', ['cjib'])]);
    expect(states[4].reply).toEqual({ kind: 'truth', topic: 'cjib' });
  });

  it('"niet willen of niet kunnen" put to the client is noted, as it is the professional\'s own weighing', () => {
    expect(run([ask('doorvragen', [], ['willenKunnen'])])[0].willenKunnenGevraagd).toBe(true);
    expect(run([ask('doorvragen')])[0].willenKunnenGevraagd).toBe(false);
  });
});

describe('the personas follow the sources', () => {
  // The check against the wegwijzer's real text runs in CI: `npm run check:sources -- <folder with the source texts>` (see .ci/run).
  it.each(Object.keys(personas))('%s: every signal is among the quotes checked against the wegwijzer', (id) => {
    const quoted = claimedQuotes().filter((q) => q.where === `persona ${id} signal`).map((q) => q.text);
    expect(quoted).toEqual(personas[id].signals);
  });

  it('Rachid\'s referral agrees with the plan: the CJIB fines are arranged apart, not by schuldhulp', () => {
    expect(personas.rachid.referral.reason).toContain('neemt schuldhulpverlening vaak niet mee');
    expect(personas.rachid.referral.reason).not.toContain('daarna schuldhulp voor de CJIB-boetes');
  });
});
