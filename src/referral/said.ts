import { z } from 'zod';
import raw from '../content/nl/eigenWoorden.json';
import { parseDataFile } from '../dataFile';
import { mentionsUnnegated as mentions, normalize } from '../language';
import { REFERRAL_IDS, type ReferralId } from './ids';
import type { SaidFacts } from './rules';

const Phrases = z.array(z.string().trim().min(2)).min(1);
const EigenWoordenSchema = z.object({
  wens: z.object(Object.fromEntries(REFERRAL_IDS.map((id) => [id, Phrases.optional()])) as Record<ReferralId, z.ZodOptional<typeof Phrases>>).strict(),
  verslaving: Phrases,
  cjib: Phrases,
  familie: Phrases,
  crimineel: Phrases,
  schuld: Phrases,
  alGeregeld: Phrases,
});

const woorden = parseDataFile('content/nl/eigenWoorden.json', EigenWoordenSchema, raw);

/** The kind of help a person named themselves, if any: the first one named in the content's order. */
export function wishIn(text: string): ReferralId | undefined {
  const t = normalize(text);
  // "bewindvoerder geregeld", "heb ik al": the help is there already, so it is no wish for the plan.
  if (mentions(t, woorden.alGeregeld)) return undefined;
  return (Object.entries(woorden.wens) as Array<[ReferralId, string[] | undefined]>).find(([, phrases]) => phrases && mentions(t, phrases))?.[0];
}

/** What the person's own answers say about the advice; the words themselves are not kept here. */
export function saidIn(texts: ReadonlyArray<string | undefined>, wishText?: string): SaidFacts {
  const t = normalize(texts.filter(Boolean).join(' . '));
  const said: SaidFacts = {};
  const wish = wishText ? wishIn(wishText) : undefined;
  if (wish) said.wish = wish;
  if (mentions(t, woorden.verslaving)) said.addiction = true;
  if (mentions(t, woorden.cjib)) said.cjib = true;
  const debt = mentions(t, woorden.schuld);
  if (debt && mentions(t, woorden.familie)) said.familyLoan = true;
  if (debt && mentions(t, woorden.crimineel)) said.criminalCreditor = true;
  return said;
}
