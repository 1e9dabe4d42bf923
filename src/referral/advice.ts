import type { CrisisType } from '../language';
import type { GesprekContext } from '../machines/gesprek';
import { decideReferrals, type Advice, type SaidFacts } from './rules';
import { saidIn } from './said';

/**
 * Facts the free-text reading may add to the context (another part of the bot fills them); read with care,
 * as the field may not be there.
 */
function extractedFacts(context: GesprekContext): SaidFacts {
  const facts = (context as GesprekContext & { facts?: unknown }).facts;
  return facts && typeof facts === 'object' ? (facts) : {};
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
