/* `npm run eval:language`: accuracy per kind on the Dutch corpus and on the held-apart set, and every failure. */
import { CORPORA, evaluateLanguage, TARGETS } from './evaluate';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
let ok = true;
for (const [name, corpus] of Object.entries(CORPORA)) {
  const { kinds, crisis, utterances } = evaluateLanguage(corpus);
  console.log(`\n${name}: ${utterances} utterances (targets: ≥ ${pct(TARGETS.accuracy)} per kind, ≥ ${pct(TARGETS.crisisRecall)} crisis recall)`);
  const gate = name === 'development';
  for (const k of [...kinds, crisis]) {
    const accuracy = k.correct / k.total;
    const meets = accuracy >= TARGETS.accuracy;
    if (gate) ok &&= meets;
    console.log(`  ${k.kind.padEnd(10)} ${String(k.correct).padStart(4)}/${String(k.total).padEnd(4)} ${pct(accuracy).padStart(7)}  ${meets ? 'ok' : 'below target'}`);
  }
  const recallOk = crisis.recall >= TARGETS.crisisRecall;
  if (gate) ok &&= recallOk;
  console.log(`  ${'crisis recall'.padEnd(19)} ${pct(crisis.recall).padStart(7)}  ${recallOk ? 'ok' : 'below target'}   false alarms on calm messages: ${pct(crisis.falseAlarmRate)}`);
  for (const k of [...kinds, crisis]) {
    for (const f of k.failures) console.log(`    ✗ ${k.kind}: ${JSON.stringify(f.text)} expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.got)}`);
  }
}
process.exitCode = ok ? 0 : 1;

// Issue 10: crisis levels on the fresh crisis corpus. Printed only; these numbers never fail a run.
import { CRISIS_CORPORA, evaluateCrisisLevels, recall } from './crisisEval';
for (const [name, cases] of Object.entries(CRISIS_CORPORA)) {
  const r = evaluateCrisisLevels(cases);
  const rate = (n: number, d: number) => `${n}/${d} ${pct(n / Math.max(1, d))}`;
  console.log(`\ncrisis levels, ${name}${name.startsWith('heldout') ? ' (never tuned on)' : ''}: ${cases.length} sentences (targets: recall ≥ 97% counting both levels, certain alarms on money talk ≤ 2%, possible ≤ 10%)`);
  for (const level of ['certain', 'possible'] as const) {
    const l = r.levels[level];
    console.log(`  ${level.padEnd(9)} recall ${rate(l.detected, l.total)}   at this level ${rate(l.atLevel, l.total)}`);
  }
  console.log(`  recall, both levels: ${pct(recall(r))}`);
  console.log(`  money talk: certain alarms ${rate(r.certainAlarms, r.calm)}, possible checks ${rate(r.possibleAlarms, r.calm)}`);
  for (const f of r.failures) console.log(`    ✗ ${JSON.stringify(f.text)} expected ${f.expected} got ${f.got}`);
}

// Free text (openings, answers in people's own words, facts): reported, never gating.
void import('./evalFreeText');
