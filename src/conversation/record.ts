import { z } from 'zod';
import type { Gemeente } from '../content/gemeenten';
import type { ReplyAddress } from '../handover/outbox';
import { GEMEENTE_ID } from '../content/gemeenteSchema';
import { CRISIS_TYPES } from '../language';
import type { TechniqueClassifier } from '../language/techniques';
import type { Logger } from '../log';
import type { Effect } from './effects';
import { FlowStateSchema } from './flowRunner';
import { CrisisWaitSchema } from './crisisFlow';
import { InsightMarkSchema } from './insightEvents';
import { StepsBackSchema } from './stepBack';
import { PLAN_TOKEN, PlanContentSchema } from '../plan/keptPlan';
import type { Reply } from './reply';
import type { RenderContext } from './views/context';

/** What is stored for one conversation: the flow the person is in, and a few facts without words. */
export const ConversationRecordSchema = z.object({
  flow: FlowStateSchema.optional(),
  /**
   * A flow done with its questions that may still be taken up again (the gesprek after the plan, with no
   * call-back sent): only the next message can do that ("ik wil toch dat het wijkteam me belt"); any other
   * message starts anew and it is gone.
   */
  afterPlan: FlowStateSchema.optional(),
  /** How many flows were started in this conversation: part of effect keys, so a new run may ask again. */
  run: z.number().int().min(0).default(0),
  /** Set by "stop": the next message is greeted as a return, not read as an answer. */
  paused: z.boolean().optional(),
  /** The last answers of the client conversation, as what undoes them, for "terug" (see stepBack.ts). */
  back: StepsBackSchema.optional(),
  /** The crisis types met in this conversation (no words, only the type). */
  crises: z.array(z.enum(CRISIS_TYPES)).optional(),
  /** The crisis answer waits for the person (its step and type); the flow resumes after their answer. */
  crisisWait: CrisisWaitSchema.optional(),
  /** A crisis signal came up earlier (no words): the next signal weighs more. */
  distress: z.boolean().optional(),
  /** An earlier message placed violence or threats at home (no words): a later threat naming nobody outside gets Veilig Thuis first. */
  home: z.boolean().optional(),
  /** The last message was about someone else's crisis (only its type, for the next message): "eigenlijk gaat het over mij" makes it the person's own. */
  othersCrisis: z.enum(CRISIS_TYPES).optional(),
  /** The gemeente whose website the chat runs on, as the embed snippet named it. */
  gemeente: z.string().regex(GEMEENTE_ID).optional(),
  lastSeenAt: z.string().optional(),
  /** A practice session set aside while the professional looks something up; "verder oefenen" picks it up again. */
  setAside: FlowStateSchema.optional(),
  insight: InsightMarkSchema.optional(),
  /**
   * The last plan shown (what its card showed), so "Bewaar mijn plan" can keep it after its flow ended; with
   * the token it was kept under, so keeping it again gives the same link. Gone when a new way in starts.
   */
  lastPlan: PlanContentSchema.extend({ token: z.string().regex(PLAN_TOKEN).optional() }).optional(),
});
export type ConversationRecord = z.infer<typeof ConversationRecordSchema>;

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
  /** The record's JSON, made once for the own-record check; the storage writes it instead of serialising again. */
  json?: string;
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
  /** The full address of a kept plan, from its token (the bot's public address; see `publicBaseUrl`). */
  planLink: (token: string) => string;
  /** Days a kept plan stays (the person is told); DEFAULT_PLAN_KEEP_DAYS when not given. */
  planKeepDays?: number;
  /** A new random token for a kept plan (tests make it predictable). */
  newPlanToken?: () => string;
  /**
   * The web page talks to the bot's own Direct Line, so the bot alone keeps its transcript (no
   * DIRECT_LINE_SECRET); default true. What the bot says about privacy depends on it.
   */
  ownWebChat?: boolean;
}

/** A turn being built: the record changes in place; replies and effects are collected. */
export interface Turn {
  record: ConversationRecord;
  replies: Reply[];
  effects: Effect[];
  key: string;
  ctx: RenderContext;
  /** The channel the message came on ('webchat', 'msteams', …). */
  channelId?: string;
  /** This turn went back a question ("terug"): it keeps its own steps back (see backTurn.ts). */
  steppedBack?: boolean;
}
