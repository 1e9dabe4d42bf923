import type { Gemeente } from '../content/gemeenten';
import type { ReplyAddress } from '../handover/outbox';
import type { TechniqueClassifier } from '../language/techniques';
import type { Logger } from '../log';
import type { ConversationRecord } from './core';
import type { Effect } from './effects';
import type { Reply } from './reply';

/** What reaches the core from a channel: plain facts, no SDK objects. */
export interface Incoming {
  kind: 'message' | 'opened';
  /** The text typed or the button's value. */
  text?: string;
  /** What a web page says when it opens the chat (its gemeente). */
  value?: unknown;
  channelId: string;
  conversationId: string;
  /** Where to reach the person outside a turn (ids only); the core does not read it, effects pass it on. */
  address?: ReplyAddress;
}

/** One turn's outcome: the record to store (null: delete it), what to say, and what to do after the write. */
export interface TurnResult {
  record: ConversationRecord | null;
  replies: Reply[];
  effects: Effect[];
}

export interface CoreOptions {
  ttlDays: number;
  gemeenten?: ReadonlyMap<string, Gemeente>;
  log?: Logger;
  /** Whether call-back requests can be sent at all (an outbox is there). */
  handover?: boolean;
  /** The technique classifier for practice mode. */
  techniques?: TechniqueClassifier;
  now?: () => number;
  /** Varies a practice client's wording between sessions. */
  random?: () => number;
}
