/* `npm run eval:techniques`: accuracy of the technique classifier on the held-apart test set. */
import { evaluateTechniques, TECHNIQUE_TARGET } from './evaluateTechniques';

void (async () => {
  const result = await evaluateTechniques();
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`Technique classifier (nlp.js, Dutch): ${result.total} held-apart questions, target ≥ ${pct(TECHNIQUE_TARGET)}\n`);
  for (const [c, r] of Object.entries(result.perClass)) console.log(`  ${c.padEnd(14)} ${r.correct}/${r.total}`);
  console.log(`\n  accuracy ${pct(result.accuracy)}  ${result.accuracy >= TECHNIQUE_TARGET ? 'ok' : 'BELOW TARGET'}`);
  for (const f of result.failures) console.log(`  ✗ ${JSON.stringify(f.text)} expected ${f.expected}, got ${f.got}`);
  process.exitCode = result.accuracy >= TECHNIQUE_TARGET ? 0 : 1;
})();
