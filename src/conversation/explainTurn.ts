import type { ContentKey } from '../content';
import { questionRewording, questionWhy, wordExplanation } from '../content/uitleg';
import type { Turn } from './record';
import { renderSay, type RenderVars } from './render';
import { textMessage, type Reply } from './reply';

/** Channels that never leave this machine: the Bot Framework Emulator and tests. */
const LOCAL_CHANNELS: ReadonlySet<string> = new Set(['emulator', 'test']);

/** Where the chat runs, as far as privacy goes. */
export interface ChatChannel {
  /** The bot keeps the whole web transcript itself (its own Direct Line: the page's channel 'webchat'). */
  ownTranscript: boolean;
  /** Microsoft keeps its own copy of the chat (Teams, Azure Direct Line, any other channel of the Azure Bot). */
  microsoftCopy: boolean;
}

/** What a channel id means for privacy; `ownWebChat` says whether the page talks to the bot's own Direct Line. */
export function chatChannel(channelId: string, ownWebChat: boolean): ChatChannel {
  const ownTranscript = channelId === 'webchat' && ownWebChat;
  return { ownTranscript, microsoftCopy: !ownTranscript && !LOCAL_CHANNELS.has(channelId) };
}

/**
 * "Wie leest dit mee?", "wat doe je met mijn gegevens?": what is kept and for how long, that no name is
 * needed, who sees it, and how to delete it; true to what the code does (README, Privacy), for this channel
 * and this gemeente's page (a call-back only where the gemeente takes them).
 */
export function privacyReplies(vars: RenderVars, channel: ChatChannel, callBack: boolean): Reply[] {
  const keys: ContentKey[] = [
    // Who sees it comes first: that is what "kan de reclassering dit zien?" asks.
    'privacy.niemand',
    channel.ownTranscript ? 'privacy.bewaren' : 'privacy.bewaren.antwoorden',
    // The page remembers this conversation in this browser (localStorage) and shows it again when reopened.
    ...(channel.ownTranscript ? (['privacy.toestel'] as const) : []),
    callBack ? 'privacy.naam.terugbellen' : 'privacy.naam',
    ...(callBack ? (['privacy.gemeente.terugbellen'] as const) : []),
    'privacy.tellen',
    'privacy.plan',
    ...(channel.microsoftCopy ? (['privacy.kanaal'] as const) : []),
    'privacy.wissen',
  ];
  return renderSay(keys, vars);
}

/** The question in other words, if it has a rewording. */
function rewording(question: ContentKey | undefined): Reply[] {
  return (question ? questionRewording(question) ?? [] : []).map((line) => textMessage(line));
}

/**
 * "Wat is een bewindvoerder?": the word in one or two plain sentences. A word the bot cannot explain: it says
 * so, and says the question in other words. "Wat betekent dat?", "snap ik niet": the question in other
 * words; where a question has none, what the bot is and that no answer is wrong.
 */
export function explanationReplies(asked: { word: string | null } | 'question', question: ContentKey | undefined, vars: RenderVars): Reply[] {
  if (asked !== 'question') {
    const known = asked.word ? wordExplanation(asked.word) : undefined;
    if (known) return known.map((line) => textMessage(line));
    return [...renderSay(['uitleg.woordOnbekend'], vars), ...rewording(question)];
  }
  const other = rewording(question);
  return other.length > 0 ? other : renderSay(['interrupt.explain'], vars);
}

/**
 * "Waarom vraag je dat?", "moet ik dat zeggen?": what the answer is used for and that no answer is needed, in
 * the question's own words where it has them. Where no why is written (none is asked there), the question in
 * other words.
 */
export function whyReplies(question: ContentKey | undefined, vars: RenderVars): Reply[] {
  const why = question ? questionWhy(question) : undefined;
  if (why === 'plan') return renderSay(['uitleg.waarom'], vars);
  if (why) return why.own.map((line) => textMessage(line));
  return explanationReplies('question', question, vars);
}

/** The question that waits in this turn: the crisis answer's, else the flow's. */
export type WaitingQuestion = (turn: Turn) => ContentKey | undefined;
