import { content, textEntry, type ContentKey } from '../../content';
import type { Gemeente } from '../../content/gemeenten';
import { isOwnStep } from '../../language';
import type { GesprekContext } from '../../machines/gesprek';
import { adviceFor } from '../../referral/advice';
import { RELEASE_ORDER, type DebtNote, type Reason } from '../../referral/ids';
import type { Advice, Referral } from '../../referral/rules';
import { localHow } from '../localHelp';
import { lines, type RenderVars } from '../render';
import { textMessage, type Reply, type ReplyData, type Section } from '../reply';
import type { RenderContext } from './context';

const line = (key: ContentKey, vars: RenderVars = {}) => lines(key, vars);
const label = (key: ContentKey) => textEntry(key).say[0];
const bullets = (items: string[]) => items.map((l) => `• ${l}`);

/** One item of the release list: the answers' own (`plan.check`), or what everyone just released arranges (`plan.vrij`). */
function releaseItemLines(item: (typeof RELEASE_ORDER)[number], advice: Advice, gemeente: Gemeente | undefined): string[] {
  if ((advice.checklist as readonly string[]).includes(item)) return line(`plan.check.${item}` as ContentKey);
  if (!(advice.release as readonly string[]).includes(item)) return [];
  const nazorg = item === 'nazorg' ? gemeente?.contacts.nazorg : undefined;
  return nazorg ? [...line('plan.vrij.nazorgLokaal'), ...localHow(nazorg)] : line(`plan.vrij.${item}` as ContentKey);
}

/** The release list in one order (nazorg first, it helps with the rest); the gemeente's nazorg contact where known. */
const releaseLines = (advice: Advice, gemeente: Gemeente | undefined): string[] =>
  bullets(RELEASE_ORDER.flatMap((item) => releaseItemLines(item, advice, gemeente)));

/** Reasons that make a referral something to do today: safety first, and a home or energy about to be lost. */
const TODAY: ReadonlySet<Reason> = new Set<Reason>(['crisis', 'honger', 'veiligheid', 'urgent']);
/**
 * Debt notes that are for today (a threat); CJIB fines follow the release list's first day, as the plan knows of
 * no letter about gijzeling or vervangende hechtenis; informal debts follow the help.
 */
const TODAY_NOTES: readonly DebtNote[] = ['crimineel'];
const AFTER_RELEASE_NOTES: readonly DebtNote[] = ['cjib'];

function referralSection({ id, reason }: Referral, gemeente: Gemeente | undefined): Section {
  const help = content.hulp[id];
  // The gemeente's own contact replaces the national way to reach this help; what it leaves out stays national.
  const local = gemeente?.contacts[id as keyof Gemeente['contacts']];
  const how = local ? localHow(local) : help.how;
  const body = [help.what, `${label('plan.label.waarom')}: ${line(`plan.reden.${reason}` as ContentKey).join(' ')}`];
  if (help.phases) body.push(...help.phases);
  body.push(`${label('plan.label.hoe')}:`, ...bullets(how));
  // A home or energy about to be lost: the letter with the date comes first (it sets the three working days).
  const bring = reason === 'urgent' ? [...line('plan.meenemen.urgent'), ...help.bring] : help.bring;
  body.push(`${label('plan.label.meenemen')}:`, ...bullets(bring));
  if (help.warning) body.push(help.warning);
  return { title: help.name, lines: body };
}

/** A debt note; with help with money already there, the CJIB note starts with giving the letters to that helper. */
function noteSection(note: DebtNote, advice: Advice): Section {
  const lines = line(`plan.schuld.${note}` as ContentKey);
  if (note === 'cjib') {
    const bewind = line('plan.schuld.cjib.bewind');
    return { title: label('plan.schuld.cjib.titel'), lines: advice.guidance ? [...bewind, ...lines] : [...lines, ...bewind] };
  }
  return { title: label(`plan.schuld.${note}.titel` as ContentKey), lines };
}

/**
 * The plan as sections of plain lines: the same content for the card, text-only channels and the kept plan.
 * What to do today comes first (safety, a threatened home, a criminal creditor), then the release list (its
 * first lines are for the first day), then CJIB fines, then the other help in the advice's order, then informal debts.
 */
export function planSections(advice: Advice, context: Pick<GesprekContext, 'echo'>, gemeente: Gemeente | undefined): Section[] {
  const today = advice.referrals.filter((r) => TODAY.has(r.reason));
  const later = advice.referrals.filter((r) => !TODAY.has(r.reason));
  const out: Section[] = today.map((r) => referralSection(r, gemeente));
  // CJIB, informal and criminal debts: advice of their own, whatever else fits.
  const notes = (which: (n: DebtNote) => boolean) => advice.notes.filter(which).map((n) => noteSection(n, advice));
  out.push(...notes((n) => TODAY_NOTES.includes(n)));
  if (advice.checklist.length > 0 || advice.release.length > 0) out.push({ title: label('plan.label.regelen'), lines: releaseLines(advice, gemeente) });
  out.push(...notes((n) => AFTER_RELEASE_NOTES.includes(n)));
  out.push(...later.map((r) => referralSection(r, gemeente)));
  out.push(...notes((n) => !TODAY_NOTES.includes(n) && !AFTER_RELEASE_NOTES.includes(n)));
  // Only a step is quoted: not a refusal, a question back or swearing (the plan is kept and printed).
  if (context.echo.eigenStap && isOwnStep(context.echo.eigenStap)) out.push({ title: label('plan.label.eigenStap'), lines: [`“${context.echo.eigenStap}”`], typed: true });
  return out;
}

/**
 * "Jouw plan": the help that fits, why, how to reach it and what to bring; the debts with advice of their
 * own; the release checklist; the person's own next step. The outcome as data on the last message (ids only).
 */
export function renderPlan(context: GesprekContext, ctx: RenderContext, vars: RenderVars): Reply[] {
  const advice = adviceFor(context, ctx.crises);
  // Urgent: call today; on a gemeente's page its own schuldhulpverlening, with its number.
  const own = ctx.gemeente?.contacts.schuldhulpverlening;
  const urgent = !context.urgent ? [] : own ? line('gesprek.urgent.ja.lokaal', { ...vars, contact: localHow(own).join(' ') }) : line('gesprek.urgent.ja', vars);
  const replies: Reply[] = [...urgent, ...line(context.declined ? 'plan.intro.kort' : 'plan.intro', vars)].map((l) => textMessage(l));
  replies.push({ type: 'plan', title: label('plan.titel'), sections: planSections(advice, context, ctx.gemeente), buttons: [label('bewaren.knop')] });
  // With a call-back offer to follow, the plan ends on that question; otherwise on how to go on.
  if (!context.handoverAvailable) replies.push(...line('plan.afsluiting', vars).map((l) => textMessage(l)));
  const data: ReplyData = { referrals: advice.referrals.map((r) => r.id), phaseOutcomes: context.phaseOutcomes, crisis: ctx.crises.length > 0 };
  const last = replies[replies.length - 1];
  last.hint = 'accepting';
  last.data = { ...last.data, ...data };
  return replies;
}
