/* A fingerprint of what the Dutch layer answers: every reader over every sentence of every corpus in
 * tests/language/*.json, plus a few thousand mutated and random texts, hashed per reader. A change that is
 * only meant to make the code faster must leave every hash as it is (tests/language/fingerprint.test.ts).
 *
 * When the answers change on purpose (new rules or data in src/language/*.nl.json or src/content, new corpus
 * sentences, a merge of main that brings either), write the new hashes with one command:
 *   npm run fingerprint:language
 * and commit tests/language/fingerprint.hashes.json with the change that caused it. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ANSWER_KINDS, detectCrisis, extractFacts, interpret, readOpening, type ChoiceOption, type InterpretOptions } from '../../src/language';
import { normalize, normalizeAsTyped, normalizeKeepingNumbers } from '../../src/language/normalize';
import { findInterrupt } from '../../src/conversation/interrupts';

const HERE = __dirname;
export const FINGERPRINT_FILE = path.join(HERE, 'fingerprint.hashes.json');

/** Every string in the corpora (not their comments or reference dates), once, in a fixed order. */
export function corpusTexts(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key !== '$comment' && key !== 'now') found.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const file of readdirSync(HERE).filter((f) => f.endsWith('.nl.json')).sort()) walk(JSON.parse(readFileSync(path.join(HERE, file), 'utf8')));
  return [...found];
}

/** A small seeded generator (mulberry32): the same texts at every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD = ['é', 'ë', 'Ï', '?', '!', '…', '😢', "'", '-', ',', '.', '  ', '\t', '€', '1', '0', 'ß', 'ĳ', '\u0301', 'Z', 'aaa'];

/** Texts the corpora do not hold: corpus sentences typed wrong (letters dropped, doubled, swapped; words joined, split, repeated, shouted), sentences spliced, and noise. */
export function mutatedTexts(base: readonly string[], count: number): string[] {
  const rnd = random(15);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = pick(base);
    for (let m = 1 + Math.floor(rnd() * 3); m > 0; m--) {
      const at = Math.floor(rnd() * (t.length + 1));
      switch (Math.floor(rnd() * 10)) {
        case 0: t = t.slice(0, at) + t.slice(at + 1); break;
        case 1: t = t.slice(0, at) + t.charAt(at) + t.slice(at); break;
        case 2: t = t.slice(0, at) + t.charAt(at + 1) + t.charAt(at) + t.slice(at + 2); break;
        case 3: t = t.slice(0, at) + pick(ODD) + t.slice(at); break;
        case 4: t = t.replace(' ', ''); break;
        case 5: t = t.slice(0, at) + ' ' + t.slice(at); break;
        case 6: t = t.toUpperCase(); break;
        case 7: t = `${t} ${pick(base)}`; break;
        case 8: t = t.split(' ').slice(Math.floor(rnd() * 3)).join(' '); break;
        default: t = `${pick(['ja ', 'nee, ', 'weet ik niet ', 'hoi ', 'stop ', 'help ', ''])}${t}`;
      }
    }
    out.push(t);
  }
  for (let i = 0; i < count / 10; i++) out.push(Array.from({ length: Math.floor(rnd() * 40) }, () => String.fromCharCode(32 + Math.floor(rnd() * 400))).join(''));
  out.push('', ' ', '?', ' ?? ', 'x'.repeat(2500), 'zelf moord '.repeat(300));
  return out;
}

const CHOICES: readonly ChoiceOption[] = [
  { id: 'gesprek', title: 'Ik wil praten over geld', synonyms: ['praten', 'geld', 'schulden'] },
  { id: 'oefenen', title: 'Ik ben professional en wil oefenen', synonyms: ['professional', 'oefenen'] },
  { id: 'werk', title: 'Een baan met loonstrook', synonyms: ['werk', 'baan'] },
  { id: 'uitkering', title: 'Een uitkering', synonyms: ['bijstand', 'uwv'] },
  { id: 'allebei', title: 'Allebei', combines: ['werk', 'uitkering'] },
  { id: 'geen', title: 'Geen nieuwe hulp: de hulp die er al is', synonyms: ['geen hulp'] },
];
const OPTIONS: ReadonlyArray<InterpretOptions> = [
  { choices: CHOICES },
  { choices: CHOICES, reads: { yes: ['bij mijn broer', 'familie'], no: ['tijdelijk', 'op straat'], partly: 'yes', knows: true, creditors: true } },
  { reads: { partly: 'no' } },
];
const INTERRUPT_OPTIONS = [
  {},
  { explain: false, crisis: 'certain' as const },
  { keepPlan: true, lookup: true, practice: true, priorDistress: true, topic: 'homeless' as const, choices: CHOICES },
  { crisis: 'none' as const, choices: CHOICES },
];

/** Each reader's answers to one text, as JSON. */
async function readings(text: string): Promise<Record<string, string>> {
  return {
    normalize: JSON.stringify([normalize(text), normalizeAsTyped(text), normalizeKeepingNumbers(text)]),
    detectCrisis: JSON.stringify([detectCrisis(text), detectCrisis(text, { priorDistress: true })]),
    interpret: JSON.stringify(ANSWER_KINDS.flatMap((kind) => OPTIONS.map((o) => interpret(text, kind, o)))),
    readOpening: JSON.stringify(await readOpening(text)),
    extractFacts: JSON.stringify([await extractFacts(text), await extractFacts(text, { creditors: true })]),
    interrupts: JSON.stringify(INTERRUPT_OPTIONS.map((o) => findInterrupt(text, o))),
  };
}

export interface Fingerprint {
  texts: number;
  hashes: Record<string, string>;
}

/** The hashes of each reader's answers over all the texts. */
export async function fingerprint(): Promise<Fingerprint> {
  const corpus = corpusTexts();
  const texts = [...corpus, ...mutatedTexts(corpus, 3000)];
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  for (const text of texts) {
    for (const [reader, answer] of Object.entries(await readings(text))) {
      let hash = hashes.get(reader);
      if (!hash) hashes.set(reader, (hash = createHash('sha256')));
      hash.update(`${text}\u0000${answer}\n`);
    }
  }
  return { texts: texts.length, hashes: Object.fromEntries([...hashes].map(([reader, hash]) => [reader, hash.digest('hex')])) };
}

if (require.main === module) {
  void fingerprint().then((print) => {
    writeFileSync(FINGERPRINT_FILE, `${JSON.stringify(print, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), FINGERPRINT_FILE)}: ${print.texts} texts`);
  });
}
