import { ActionTypes, ActivityTypes, CardFactory, InputHints, type Activity, type CardAction } from 'botbuilder';
import type { PlanReply, Reply, ReplyHint, Section } from '../../conversation/reply';

/** Channels that show Adaptive Cards; elsewhere the plan comes as plain messages. */
const CARD_CHANNELS = new Set(['webchat', 'directline', 'emulator', 'msteams', 'test']);

const HINTS: Record<ReplyHint, InputHints> = {
  expecting: InputHints.ExpectingInput,
  accepting: InputHints.AcceptingInput,
  ignoring: InputHints.IgnoringInput,
};

/**
 * Adaptive Cards read markdown in a TextBlock. Words the person typed (said back in the plan) must show as
 * typed, never as a link, an image, emphasis or HTML: every character markdown gives a meaning gets
 * CommonMark's backslash escape, which renderers show as the plain character.
 */
export function escapeCardText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|~<>]/g, (c) => `\\${c}`).replace(/^(\s*\d+)\./gm, '$1\\.').replace(/^(\s*)-/gm, '$1\\-');
}

/**
 * The person's own words in a card: escaped, and with an invisible word joiner after every '.', ':' and '@',
 * so the card's renderer cannot turn a typed web address or e-mail address into a link (linkify).
 */
export function typedCardText(text: string): string {
  return escapeCardText(text).replace(/[.:@]/g, (c) => `${c}\u2060`);
}

/**
 * A card button that says its own title, as a typed message would: Web Chat sends an Action.Submit whose data
 * is a string as that text (imBack); Teams needs its own form for the same.
 */
function sayButton(title: string, channelId: string) {
  return { type: 'Action.Submit', title, data: channelId === 'msteams' ? { msteams: { type: 'imBack', value: title } } : title };
}

function planCard(plan: PlanReply, channelId: string) {
  const block = (text: string, extra: object, typed = false) => ({ type: 'TextBlock', text: typed ? typedCardText(text) : escapeCardText(text), wrap: true, ...extra });
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    speak: plan.title,
    body: [
      block(plan.title, { size: 'Large', weight: 'Bolder' }),
      ...plan.sections.flatMap((part: Section) => [
        block(part.title, { weight: 'Bolder', size: 'Medium', spacing: 'Large', separator: true }),
        ...part.lines.map((text) => block(text, { spacing: 'Small' }, part.typed)),
      ]),
    ],
    ...(plan.buttons?.length ? { actions: plan.buttons.map((title) => sayButton(title, channelId)) } : {}),
  });
}

/**
 * One message, always plain text (`textFormat: 'plain'`): content has no markup, and words a person typed
 * that the bot says back must not become links or images.
 */
function message(text: string, reply: Reply, extra: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text,
    textFormat: 'plain',
    inputHint: HINTS[reply.hint ?? 'ignoring'],
    ...(reply.data ? { channelData: { geldgesprek: reply.data } } : {}),
    ...extra,
  };
}

/** The core's replies as Bot Framework activities for this channel. */
export function toActivities(replies: readonly Reply[], channelId: string): Partial<Activity>[] {
  return replies.flatMap((reply): Partial<Activity>[] => {
    if (reply.type === 'text') {
      const actions: CardAction[] = (reply.buttons ?? []).map((title) => ({ type: ActionTypes.ImBack, title, value: title }));
      // A web address opens from a button where cards are shown; the text names it everywhere.
      const link = reply.link && CARD_CHANNELS.has(channelId) ? { attachments: [CardFactory.heroCard('', undefined, [{ type: ActionTypes.OpenUrl, title: reply.link.title, value: reply.link.url }])] } : {};
      return [message(reply.text, reply, { ...link, ...(actions.length > 0 ? { suggestedActions: { to: [], actions } } : {}) })];
    }
    if (CARD_CHANNELS.has(channelId)) {
      return [message(`${reply.title}: ${reply.sections.map((s) => s.title).join(', ')}`, reply, { attachments: [planCard(reply, channelId)] })];
    }
    // Without cards: one plain message per section; the data and the plan's buttons go on the last.
    const buttons: CardAction[] = (reply.buttons ?? []).map((title) => ({ type: ActionTypes.ImBack, title, value: title }));
    return reply.sections.map((part, i) => {
      const last = i === reply.sections.length - 1;
      return message([part.title, ...part.lines].join('\n'), last ? reply : { ...reply, data: undefined, hint: 'ignoring' }, last && buttons.length > 0 ? { suggestedActions: { to: [], actions: buttons } } : {});
    });
  });
}
