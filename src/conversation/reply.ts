/**
 * What the conversation core says, as plain data. `src/bot/render` turns these into Bot Framework
 * activities (messages, suggested actions, an Adaptive Card); nothing here knows about a channel.
 */

/** Whether the bot waits for an answer after this message (the Bot Framework's input hint). */
export type ReplyHint = 'expecting' | 'accepting' | 'ignoring';

/** Data a page or a wijkteam may read from a reply: ids and numbers only, never words the person typed. */
export interface ReplyData {
  /** The flow the reply belongs to. */
  flow?: string;
  /** In the client conversation: the question number and the approximate total, for a progress line. */
  step?: number;
  of?: number;
  /** On the plan's last message: what the plan advises. */
  referrals?: string[];
  phaseOutcomes?: Record<string, string[]>;
  crisis?: boolean;
  /** In practice mode: the technique the bot recognised (null for words about confidentiality only) and the simulated client's trust. */
  practice?: { technique: string | null; trust: number };
  /** After "verwijder mijn gegevens": the page forgets this conversation and starts a new one. */
  deleted?: boolean;
}

/** One message: plain text (never markup), with buttons when it asks a question. */
export interface TextReply {
  type: 'text';
  text: string;
  buttons?: string[];
  /** A button that opens a web page (the kept plan), where the channel can show one; the text names the address too. */
  link?: { title: string; url: string };
  hint?: ReplyHint;
  data?: ReplyData;
}

/** A titled block of lines, as the plan shows it. */
export interface Section {
  title: string;
  lines: string[];
  /** The lines are the person's own words: shown as typed, never as a link (renderers must not linkify them). */
  typed?: boolean;
}

/** "Jouw plan": a card where the channel shows cards, plain messages elsewhere. */
export interface PlanReply {
  type: 'plan';
  title: string;
  sections: Section[];
  /** Words the card offers as buttons under the plan ("Bewaar mijn plan"): pressing one says it. */
  buttons?: string[];
  hint?: ReplyHint;
  data?: ReplyData;
}

export type Reply = TextReply | PlanReply;

/** One bot message with plain text. */
export function textMessage(text: string, extra: Partial<Omit<TextReply, 'type' | 'text'>> = {}): TextReply {
  return { type: 'text', text, hint: 'ignoring', ...extra };
}
