import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { conversationKey } from './conversationKey';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { MAX_TEXT_LENGTH, type CrisisType } from '../language';
import { findInterrupt, handleInterrupt } from './interrupts';
import { activeFlowId, MainDialog } from './mainDialog';
import { allFlows } from '../machines/flows';
import { renderSay, type RenderVars } from './render';
import { z } from 'zod';
import type { Gemeente } from '../content/gemeenten';
import { GEMEENTE_ID } from '../content/gemeenteSchema';
import { conversationRef, type Logger } from '../log';
import type { HandoverRequests } from '../handover/requests';
import { createEffects } from './effects';
import { practiceReaders } from './practiceReader';
import type { TechniqueClassifier } from '../language/techniques';
import { CRISES_KEY, GEMEENTE_KEY } from './views';

/** What is stored for one conversation. No names and no typed text beyond what a machine keeps. */
export interface ConversationRecord {
  dialogState?: DialogState;
  /** Set by "stop": the next message is greeted as a return, not read as an answer. */
  paused?: boolean;
  /** The crisis types detected in this conversation (no words, only the type). */
  crises?: CrisisType[];
  /** The gemeente whose website the chat runs on, as the embed snippet named it. */
  gemeente?: string;
  lastSeenAt?: string;
}

/** What the turn runner does with the record after the turn. */
export type TurnOutcome = 'save' | 'delete';

/** After this long without a message, opening the chat again says "welkom terug". */
const RETURN_AFTER_MS = 60_000;

/** Lets botbuilder-dialogs read and write the dialog stack inside our own conversation record. */
class DialogStateInRecord implements StatePropertyAccessor<DialogState> {
  constructor(private readonly record: ConversationRecord) {}
  async get(_context: TurnContext, defaultValue?: DialogState): Promise<DialogState> {
    this.record.dialogState ??= defaultValue ?? { dialogStack: [] };
    return this.record.dialogState;
  }
  async set(_context: TurnContext, value: DialogState): Promise<void> {
    this.record.dialogState = value;
  }
  async delete(): Promise<void> {
    delete this.record.dialogState;
  }
}

/**
 * One conversation's turn logic: interrupts first, then the MainDialog with its flows.
 * It works on the record it is given and says what to do with it; loading, saving and
 * retrying are the turn runner's job.
 */
export interface ConversationOptions {
  now?: () => number;
  gemeenten?: ReadonlyMap<string, Gemeente>;
  log?: Logger;
  /** Call-back requests (warm handover); without it, no call-back is offered. */
  handover?: HandoverRequests;
  /** The technique classifier for practice mode. */
  techniques?: TechniqueClassifier;
}

/** What a web page may say when it opens the chat. */
const OpenedValue = z.object({ gemeente: z.string().regex(GEMEENTE_ID).optional() }).passthrough();

export class Conversation {
  private readonly main: MainDialog;
  private readonly now: () => number;
  private readonly gemeenten: ReadonlyMap<string, Gemeente>;
  private readonly log: Logger | undefined;
  private readonly handover: HandoverRequests | undefined;

  constructor(
    private readonly vars: RenderVars,
    options: ConversationOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.gemeenten = options.gemeenten ?? new Map();
    this.log = options.log;
    this.handover = options.handover;
    this.main = new MainDialog(vars, createEffects(options.handover), Boolean(options.handover), practiceReaders(options.techniques));
  }

  /** The gemeente the page names, if it is one we know; an unknown one falls back to national help, said in the log only. */
  private rememberGemeente(context: TurnContext, record: ConversationRecord): void {
    const parsed = OpenedValue.safeParse(context.activity.value ?? {});
    const id = parsed.success ? parsed.data.gemeente : undefined;
    if (!id) return;
    if (this.gemeenten.has(id)) record.gemeente = id;
    else this.log?.warn({ event: 'gemeente.unknown', conversation: conversationRef(context.activity.conversation?.id) }, 'The page named an unknown gemeente; national help is used');
  }

  private async dialogContext(context: TurnContext, record: ConversationRecord): Promise<DialogContext> {
    context.turnState.set(CRISES_KEY, record.crises ?? []);
    context.turnState.set(GEMEENTE_KEY, record.gemeente ? this.gemeenten.get(record.gemeente) : undefined);
    const dialogs = new DialogSet(new DialogStateInRecord(record));
    dialogs.add(this.main);
    return dialogs.createContext(context);
  }

  private async start(dc: DialogContext, greet: boolean): Promise<void> {
    if (greet) await dc.context.sendActivities(renderSay(['welcome.greeting'], this.vars));
    await dc.beginDialog(MainDialog.id);
  }

  /** The chat was opened (web chat join, or a member added): greet a newcomer; show a returner where they were. */
  async onOpened(context: TurnContext, record: ConversationRecord): Promise<TurnOutcome> {
    this.rememberGemeente(context, record);
    const dc = await this.dialogContext(context, record);
    const lastSeen = record.lastSeenAt ? Date.parse(record.lastSeenAt) : NaN;
    if (!dc.activeDialog) {
      await this.start(dc, true);
    } else {
      // Reopened (reload, new tab, after a restart): always show where we are, so the screen is never empty.
      if (record.paused || !(this.now() - lastSeen < RETURN_AFTER_MS)) {
        await context.sendActivities(renderSay(['resume.welcomeBack'], this.vars));
      }
      record.paused = false;
      await dc.repromptDialog();
    }
    record.lastSeenAt = new Date(this.now()).toISOString();
    return 'save';
  }

  async onMessage(context: TurnContext, record: ConversationRecord): Promise<TurnOutcome> {
    const dc = await this.dialogContext(context, record);
    const outcome = await this.answer(dc, record, context.activity.text ?? '');
    record.lastSeenAt = new Date(this.now()).toISOString();
    return outcome;
  }

  private async answer(dc: DialogContext, record: ConversationRecord, text: string): Promise<TurnOutcome> {
    if (text.trim() === '') return this.sayThenAsk(dc, 'unclear.notText');
    if (text.length > MAX_TEXT_LENGTH) return this.sayThenAsk(dc, 'unclear.tooLong');

    const flow = allFlows.find((f) => f.id === activeFlowId(dc));
    const interrupt = findInterrupt(text, { crisis: flow?.checksCrisis !== false });
    if (interrupt) {
      const { state, crisis } = await handleInterrupt(interrupt, dc, this.vars, (d) => this.start(d, false));
      if (state === 'delete') {
        await this.handover?.forget(conversationKey(dc.context.activity));
        return 'delete';
      }
      record.paused = state === 'pause';
      if (crisis && !record.crises?.includes(crisis)) {
        record.crises = [...(record.crises ?? []), crisis];
        dc.context.turnState.set(CRISES_KEY, record.crises);
      }
      return 'save';
    }
    if (!dc.activeDialog) {
      // A first message is greeted; after a finished flow the choice of way in comes back without the greeting.
      await this.start(dc, !record.lastSeenAt);
      return 'save';
    }
    if (record.paused) {
      record.paused = false;
      return this.sayThenAsk(dc, 'resume.afterStop');
    }
    await dc.continueDialog();
    return 'save';
  }

  private async sayThenAsk(dc: DialogContext, key: 'unclear.notText' | 'unclear.tooLong' | 'resume.afterStop'): Promise<TurnOutcome> {
    await dc.context.sendActivities(renderSay([key], this.vars));
    if (dc.activeDialog) await dc.repromptDialog();
    else await this.start(dc, false);
    return 'save';
  }
}
