import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import { containsPhrase, normalize } from './normalize';
import raw from './outsideThreat.nl.json';

const Phrases = z.array(z.string().trim().min(2)).min(1);
const OutsideThreatSchema = z.object({ outsiders: Phrases, owing: Phrases, he: Phrases });
const data = parseDataFile('language/outsideThreat.nl.json', OutsideThreatSchema, raw);
const OUTSIDERS = data.outsiders.map(normalize);
const OWING = data.owing.map(normalize);
const HE = data.he.map(normalize);

const holds = (text: string, phrases: readonly string[]) => {
  const t = normalize(text);
  return phrases.some((p) => containsPhrase(t, p));
};

/** The message names a threatener outside the home and says money is owed to them: a debt on the street. */
export function owesOnTheStreet(text: string): boolean {
  return holds(text, OUTSIDERS) && holds(text, OWING);
}

/**
 * After a partner was named, who threatens in this message is someone outside the home only when it names them
 * (a dealer, "die gasten"), or says money is owed without a "hij" who can be the partner ("ze maken me af als ik
 * niet betaal" is the people owed money; "hij sloeg me omdat de huur niet betaald was" is the partner).
 */
export function outsideAfterPartner(text: string): boolean {
  return holds(text, OUTSIDERS) || (holds(text, OWING) && !holds(text, HE));
}
