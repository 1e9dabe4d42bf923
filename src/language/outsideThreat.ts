import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import { containsPhrase, normalize } from './normalize';
import raw from './outsideThreat.nl.json';

const Phrases = z.array(z.string().trim().min(2)).min(1);
const OutsideThreatSchema = z.object({ outsiders: Phrases, owing: Phrases });
const data = parseDataFile('language/outsideThreat.nl.json', OutsideThreatSchema, raw);
const OUTSIDERS = data.outsiders.map(normalize);
const OWING = data.owing.map(normalize);

const holds = (text: string, phrases: readonly string[]) => {
  const t = normalize(text);
  return phrases.some((p) => containsPhrase(t, p));
};

/**
 * The message names who threatens as someone outside the home: a dealer, "die gasten", a creditor, or
 * "ze" and "hij" as the people money is owed to ("ze maken me af als ik niet betaal").
 */
export function namesOutsideThreat(text: string): boolean {
  return holds(text, OUTSIDERS) || holds(text, OWING);
}

/** The message names a threatener outside the home and says money is owed to them: a debt on the street. */
export function owesOnTheStreet(text: string): boolean {
  return holds(text, OUTSIDERS) && holds(text, OWING);
}
