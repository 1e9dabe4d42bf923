import type { CrisisType } from '../language';
import type { GesprekContext } from '../machines/gesprek';
import { decideReferrals, type Advice, type SaidFacts } from './rules';
import { saidIn } from './said';

/**
 * What the free-text reading of any message kept (`context.facts`, src/language/facts.ts), as the rules' facts:
 * a debt owed on the street or to a dealer is a debt in the criminal circuit, never a loan from family.
 */
function extractedFacts(context: GesprekContext): SaidFacts {
  const facts = context.facts ?? {};
  const said: SaidFacts = {};
  if (facts.cjib) said.cjib = true;
  if (facts.released) said.released = true;
  if (facts.street) said.criminalCreditor = true;
  return said;
}

/** The advice for this conversation: the same for the plan and for a call-back request. */
export function adviceFor(context: GesprekContext, crises: readonly CrisisType[]): Advice {
  const fromWords = saidIn([context.echo.zesMaanden, context.echo.eigenStap], context.echo.eigenStap);
  return decideReferrals({
    answers: context.answers,
    debtTotal: context.debtTotal,
    urgent: context.urgent,
    declined: context.declined,
    checklist: context.checklist,
    crises: [...crises],
    said: { ...fromWords, ...extractedFacts(context) },
  });
}
