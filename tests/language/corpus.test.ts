import { CORPORA, evaluateLanguage, TARGETS } from './evaluate';

describe.each(Object.entries(CORPORA))('the Dutch corpus "%s"', (_name, corpus) => {
  const { kinds, crisis, utterances } = evaluateLanguage(corpus);

  it.each(kinds.map((k) => [k.kind, k] as const))('%s meets the accuracy target', (_kind, result) => {
    expect({ accuracy: result.correct / result.total, failures: result.failures }).toEqual({ accuracy: expect.any(Number), failures: result.failures });
    expect(result.correct / result.total).toBeGreaterThanOrEqual(TARGETS.accuracy);
  });

  it('crisis detection meets the recall target and rarely raises a false alarm', () => {
    expect(crisis.recall).toBeGreaterThanOrEqual(TARGETS.crisisRecall);
    expect(crisis.falseAlarmRate).toBeLessThanOrEqual(0.05);
    expect(crisis.correct / crisis.total).toBeGreaterThanOrEqual(TARGETS.accuracy);
  });

  it('is big enough to mean something', () => {
    expect(utterances).toBeGreaterThan(100);
  });
});

it('the development corpus has at least 400 utterances', () => {
  expect(evaluateLanguage(CORPORA.development).utterances).toBeGreaterThanOrEqual(400);
});
