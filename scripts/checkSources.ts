/**
 * `npm run check:sources -- <folder with the source texts>`: checks that the content quotes the wegwijzer
 * faithfully. CI runs it with ../shared/seeds; `npm test` needs nothing outside the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { claimedQuotes, missingFromSource, WEGWIJZER_FILE } from '../src/content/sourceFidelity';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: npm run check:sources -- <folder with the source texts> (for example ../shared/seeds)');
  process.exit(2);
}
const file = path.resolve(folder, WEGWIJZER_FILE);
if (!existsSync(file)) {
  console.error(`Source text not found: ${file}`);
  process.exit(2);
}
const missing = missingFromSource(readFileSync(file, 'utf8'));
for (const quote of missing) console.error(`Not in the wegwijzer: ${quote.where}: "${quote.text}"`);
console.log(`check:sources: ${claimedQuotes().length - missing.length} of ${claimedQuotes().length} quoted texts found in ${WEGWIJZER_FILE}`);
process.exit(missing.length === 0 ? 0 : 1);
