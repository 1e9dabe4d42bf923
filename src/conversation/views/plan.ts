import { content, textEntry, type ContentKey } from '../../content';
import type { CrisisType } from '../../language';
import type { Gemeente, LocalContact } from '../../content/gemeenten';
import type { GesprekContext } from '../../machines/gesprek';
import { decideReferrals, type Advice } from '../../referral/rules';
import { lines, type RenderVars } from '../render';
import { textMessage, type Reply, type ReplyData, type Section } from '../reply';
import type { RenderContext } from './context';


const line = (key: ContentKey, vars: RenderVars = {}) => lines(key, vars);
const label = (key: ContentKey) => textEntry(key).say[0];

/** How to reach a gemeente's own contact, in the same plain lines as the national ones. */
function localHow(contact: LocalContact): string[] {
  const lines = contact.phone ? line('plan.lokaal.bel', { name: contact.name, phone: contact.phone }) : line('plan.lokaal.naam', { name: contact.name });
  if (contact.address) lines.push(...line('plan.lokaal.adres', { address: contact.address }));
  if (contact.openingHours) lines.push(...line('plan.lokaal.open', { openingHours: contact.openingHours }));
  if (contact.url) lines.push(...line('plan.lokaal.web', { url: contact.url }));
  return lines;
}

/** The plan as sections of plain lines: the same content for the card and for text-only channels. */
function sections(advice: Advice, context: GesprekContext, gemeente: Gemeente | undefined): Section[] {
  const out: Section[] = [];
  for (const { id, reason } of advice.referrals) {
    const help = content.hulp[id];
    // The gemeente's own contact replaces the national way to reach this help; what it leaves out stays national.
    const local = gemeente?.contacts[id as keyof Gemeente['contacts']];
    const how = local ? localHow(local) : help.how;
    const lines = [help.what, `${label('plan.label.waarom')}: ${line(`plan.reden.${reason}` as ContentKey).join(' ')}`];
    if (help.phases) lines.push(...help.phases);
    lines.push(`${label('plan.label.hoe')}:`, ...how.map((h) => `• ${h}`));
    lines.push(`${label('plan.label.meenemen')}:`, ...help.bring.map((b) => `• ${b}`));
    if (help.warning) lines.push(help.warning);
    if (id === 'schuldhulpverlening') for (const barrier of advice.barriers) lines.push(...line(`plan.barriere.${barrier}` as ContentKey));
    out.push({ title: help.name, lines });
  }
  if (advice.checklist.length > 0) {
    out.push({ title: label('plan.label.regelen'), lines: advice.checklist.flatMap((item) => line(`plan.check.${item}` as ContentKey).map((l) => `• ${l}`)) });
  }
  if (context.echo.eigenStap) out.push({ title: label('plan.label.eigenStap'), lines: [`“${context.echo.eigenStap}”`], typed: true });
  return out;
}

/** The advice for this conversation: the same for the plan and for a call-back request. */
export function adviceFor(context: GesprekContext, crises: readonly CrisisType[]): Advice {
  return decideReferrals({
    answers: context.answers,
    debtTotal: context.debtTotal,
    urgent: context.urgent,
    declined: context.declined,
    checklist: context.checklist,
    crises: [...crises],
  });
}

/**
 * "Jouw plan": the help that fits, why, how to reach it and what to bring; the release checklist;
 * the person's own next step. The outcome as data on the last message (ids only).
 */
export function renderPlan(context: GesprekContext, ctx: RenderContext, vars: RenderVars): Reply[] {
  const advice = adviceFor(context, ctx.crises);
  const replies: Reply[] = [...(context.urgent ? line('gesprek.urgent.ja', vars) : []), ...line('plan.intro', vars)].map((l) => textMessage(l));
  replies.push({ type: 'plan', title: label('plan.titel'), sections: sections(advice, context, ctx.gemeente) });
  // With a call-back offer to follow, the plan ends on that question; otherwise on how to go on.
  if (!context.handoverAvailable) replies.push(...line('plan.afsluiting', vars).map((l) => textMessage(l)));
  const data: ReplyData = { referrals: advice.referrals.map((r) => r.id), phaseOutcomes: context.phaseOutcomes, crisis: ctx.crises.length > 0 };
  const last = replies[replies.length - 1];
  last.hint = 'accepting';
  last.data = { ...last.data, ...data };
  return replies;
}
