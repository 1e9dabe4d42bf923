/* `npm run eval:freetext` (also run by eval:language): accuracy of openings, answers in people's own words and facts, on the development and held-apart sets. Reports only; never fails. */
import { evaluateFreeText, FREE_TEXT } from './freeTextEval';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  for (const [name, part] of Object.entries(FREE_TEXT)) {
    const results = await evaluateFreeText(part);
    const all = results.reduce((n, r) => n + r.total, 0);
    const right = results.reduce((n, r) => n + r.correct, 0);
    console.log(`\nfree text, ${name}: ${all} messages, ${pct(right / all)} read as expected (target on the held-apart part: ≥ 95%)`);
    for (const r of results) console.log(`  ${r.name.padEnd(10)} ${String(r.correct).padStart(4)}/${String(r.total).padEnd(4)} ${pct(r.correct / r.total).padStart(7)}`);
    for (const r of results) for (const f of r.failures) console.log(`    ✗ ${r.name}: ${JSON.stringify(f.text)} expected ${String(f.expected)} got ${String(f.got)}`);
  }
}

void main();
