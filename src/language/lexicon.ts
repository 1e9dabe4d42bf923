import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import raw from './lexicon.nl.json';
import { normalize } from './normalize';

const Phrases = z.array(z.string().min(1)).min(1);
const LexiconSchema = z.object({
  unknown: Phrases,
  partly: Phrases,
  yes: Phrases,
  no: Phrases,
  yesEmoji: Phrases,
  noEmoji: Phrases,
  unknownEmoji: Phrases,
  fillers: Phrases,
  refusals: Phrases,
  affirmingStarts: Phrases,
  detailWords: Phrases,
  detailBetween: Phrases,
  clauseEnds: Phrases,
  hedges: Phrases,
  affirmer: z.string().min(1),
  later: Phrases,
  askingBack: Phrases,
  swearing: Phrases,
  notAStep: Phrases,
  because: Phrases,
});

const parsed = parseDataFile('language/lexicon.nl.json', LexiconSchema, raw);

/** The yes/no/don't-know lexicon, normalised once at load. */
export const lexicon = {
  unknown: new Set(parsed.unknown.map(normalize)),
  partly: new Set(parsed.partly.map(normalize)),
  yes: new Set(parsed.yes.map(normalize)),
  no: new Set(parsed.no.map(normalize)),
  yesEmoji: parsed.yesEmoji,
  noEmoji: parsed.noEmoji,
  unknownEmoji: parsed.unknownEmoji,
  fillers: new Set(parsed.fillers.map(normalize)),
  refusals: parsed.refusals.map(normalize),
  affirmingStarts: parsed.affirmingStarts.map(normalize),
  detailWords: new Set(parsed.detailWords.map(normalize)),
  detailBetween: new Set(parsed.detailBetween.map(normalize)),
  clauseEnds: new Set(parsed.clauseEnds.map(normalize)),
  hedges: parsed.hedges.map(normalize),
  affirmer: normalize(parsed.affirmer),
  later: parsed.later.map(normalize),
  askingBack: new Set(parsed.askingBack.map(normalize)),
  swearing: parsed.swearing.map(normalize),
  notAStep: parsed.notAStep.map(normalize),
  because: new Set(parsed.because.map(normalize)),
};
