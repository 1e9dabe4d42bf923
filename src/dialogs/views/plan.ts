import { CardFactory, InputHints, type Activity, type TurnContext } from 'botbuilder';
import { content, textEntry, type ContentKey } from '../../content';
import type { CrisisType } from '../../language';
import type { Gemeente, LocalContact } from '../../content/gemeenten';
import type { GesprekContext } from '../../machines/gesprek';
import { decideReferrals, type Advice } from '../../referral/rules';
import { lines, textMessage, type RenderVars } from '../render';

/** Where the conversation keeps the crisis types of this conversation for the current turn. */
export const CRISES_KEY = 'geldgesprek.crises';
/** Where the conversation keeps its gemeente (if any) for the current turn. */
export const GEMEENTE_KEY = 'geldgesprek.gemeente';

/** Channels that show Adaptive Cards; elsewhere the plan comes as plain messages. */
const CARD_CHANNELS = new Set(['webchat', 'directline', 'emulator', 'msteams', 'test']);

/** What a channel or a wijkteam may read from the last activity: no words the person typed. */
export interface PlanData {
  referrals: string[];
  phaseOutcomes: GesprekContext['phaseOutcomes'];
  crisis: boolean;
}

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
function sections(advice: Advice, context: GesprekContext, gemeente: Gemeente | undefined): Array<{ title: string; lines: string[] }> {
  const out: Array<{ title: string; lines: string[] }> = [];
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
  if (context.echo.eigenStap) out.push({ title: label('plan.label.eigenStap'), lines: [`“${context.echo.eigenStap}”`] });
  return out;
}

function planCard(title: string, parts: Array<{ title: string; lines: string[] }>) {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    speak: title,
    body: [
      { type: 'TextBlock', text: title, size: 'Large', weight: 'Bolder', wrap: true },
      ...parts.flatMap((part) => [
        { type: 'TextBlock', text: part.title, weight: 'Bolder', size: 'Medium', wrap: true, spacing: 'Large', separator: true },
        ...part.lines.map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'Small' })),
      ]),
    ],
  });
}

/**
 * "Jouw plan": the help that fits, why, how to reach it and what to bring; the release checklist;
 * the person's own next step. A card where the channel shows cards, plain messages elsewhere, and the
 * outcome as data on the last activity.
 */
/** The advice for this conversation: the same for the plan and for a call-back request. */
export function adviceFor(context: GesprekContext, turn: TurnContext): { advice: Advice; crises: CrisisType[] } {
  const crises = (turn.turnState.get(CRISES_KEY) as CrisisType[] | undefined) ?? [];
  const advice = decideReferrals({
    answers: context.answers,
    debtTotal: context.debtTotal,
    urgent: context.urgent,
    declined: context.declined,
    checklist: context.checklist,
    crises,
  });
  return { advice, crises };
}

export function renderPlan(context: GesprekContext, turn: TurnContext, vars: RenderVars): Partial<Activity>[] {
  const { advice, crises } = adviceFor(context, turn);
  const parts = sections(advice, context, turn.turnState.get(GEMEENTE_KEY) as Gemeente | undefined);
  const title = label('plan.titel');
  const activities: Partial<Activity>[] = [...(context.urgent ? line('gesprek.urgent.ja', vars) : []), ...line('plan.intro', vars)].map((l) => textMessage(l));
  if (CARD_CHANNELS.has(turn.activity.channelId)) {
    activities.push({ ...textMessage(`${title}: ${parts.map((p) => p.title).join(', ')}`), attachments: [planCard(title, parts)] });
  } else {
    for (const part of parts) activities.push(textMessage([part.title, ...part.lines].join('\n')));
  }
  // With a call-back offer to follow, the plan ends on that question; otherwise on how to go on.
  if (!context.handoverAvailable) activities.push(...line('plan.afsluiting', vars).map((l) => textMessage(l)));
  const data: PlanData = { referrals: advice.referrals.map((r) => r.id), phaseOutcomes: context.phaseOutcomes, crisis: crises.length > 0 };
  const last = activities[activities.length - 1];
  last.inputHint = InputHints.AcceptingInput;
  last.channelData = { ...(last.channelData ?? {}), geldgesprek: data };
  return activities;
}
