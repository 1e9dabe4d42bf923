import { readFileSync } from 'node:fs';
import { FINGERPRINT_FILE, fingerprint, type Fingerprint } from './fingerprint';

/* The Dutch layer answers exactly as it did when the fingerprint was written: detectCrisis, interpret,
 * readOpening, extractFacts, the interrupt matcher and normalize, over every corpus sentence and a few
 * thousand mutated texts (see fingerprint.ts). A speed change must keep it. When rules, data or corpora
 * change on purpose (also after merging main), run `npm run fingerprint:language` and commit the file. */
describe('the language layer fingerprint', () => {
  it('is the same as stored in fingerprint.hashes.json (regenerate with `npm run fingerprint:language` when the rules change on purpose)', async () => {
    const stored = JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as Fingerprint;
    const now = await fingerprint();
    expect(now.texts).toBe(stored.texts);
    expect(Object.keys(now.hashes).sort()).toEqual(['detectCrisis', 'extractFacts', 'interpret', 'interrupts', 'normalize', 'readOpening']);
    expect(now.hashes).toEqual(stored.hashes);
  }, 120_000);
});
