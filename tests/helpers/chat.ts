import { TestAdapter, type Activity, type Storage } from 'botbuilder';
import { onTurnError } from '../../src/bot/adapter';
import { GeldgesprekBot, JOIN_EVENT } from '../../src/bot/geldgesprekBot';
import { MemoryStorage } from '../../src/bot/storage';
import { TurnRunner } from '../../src/bot/turnRunner';
import { ConversationCore } from '../../src/conversation/core';
import { createEffectRunner } from '../../src/bot/effectRunner';
import type { Logger } from '../../src/log';
import type { Gemeente } from '../../src/content/gemeenten';
import type { HandoverRequests } from '../../src/handover/requests';
import type { CountStore } from '../../src/insight/store';
import type { TechniqueClassifier } from '../../src/language/techniques';
import { savedTechniqueClassifier } from '../../src/content/techniqueModel';
import { silentLogger } from './silentLog';
import { planPath } from '../../src/plan/keptPlan';
import type { PlanStore } from '../../src/plan/store';

/** Where the test bot says kept plans are. */
export const TEST_PLAN_BASE = 'http://localhost:3978';

export interface Reply {
  text: string;
  buttons: string[];
  /** Buttons on a hero card, as Teams gets them outside a personal chat. */
  cardButtons: string[];
  activity: Partial<Activity>;
}

export interface ChatOptions {
  storage?: Storage;
  log?: Logger;
  channelId?: string;
  conversationId?: string;
  /** Teams: 'personal', 'groupChat' or 'channel'. */
  conversationType?: string;
  now?: () => number;
  gemeenten?: ReadonlyMap<string, Gemeente>;
  handover?: HandoverRequests;
  techniques?: TechniqueClassifier;
  /** Where the gemeente's anonymous figures are counted. */
  insight?: CountStore;
  /** Where kept plans go ("Bewaar mijn plan"). */
  plans?: PlanStore;
  /** The token for a kept plan (default: a random one). */
  newPlanToken?: () => string;
}

let trained: Promise<TechniqueClassifier> | undefined;
/** The technique classifier from the saved model (as the bot has it; tests/practice/savedModel checks it matches the corpus), once per test file. */
export function techniqueClassifier(): Promise<TechniqueClassifier> {
  trained ??= (async () => {
    const classifier = savedTechniqueClassifier();
    await classifier.ready();
    return classifier;
  })();
  return trained;
}

/**
 * A person chatting with the whole bot through botbuilder's TestAdapter: `say` sends what they
 * type and returns the bot's replies, as text and button titles.
 */
export class Chat {
  readonly adapter: TestAdapter;
  readonly storage: Storage;

  constructor(options: ChatOptions = {}) {
    const log = options.log ?? silentLogger();
    this.storage = options.storage ?? new MemoryStorage(30 * 24 * 3600);
    const gemeenten = options.gemeenten ?? new Map();
    const core = new ConversationCore({ ttlDays: 30, now: options.now, gemeenten, log, handover: Boolean(options.handover), techniques: options.techniques, planLink: (token) => `${TEST_PLAN_BASE}${planPath(token)}`, newPlanToken: options.newPlanToken });
    const effects = createEffectRunner({ gemeenten, log, handover: options.handover, insight: options.insight, plans: options.plans });
    const bot = new GeldgesprekBot(new TurnRunner(this.storage, core, effects, log), log);
    this.adapter = new TestAdapter(async (context) => bot.run(context), {
      channelId: options.channelId ?? 'test',
      conversation: { id: options.conversationId ?? `conv-${Math.random().toString(36).slice(2)}`, isGroup: false, conversationType: options.conversationType ?? 'personal', name: '' },
    });
    this.adapter.onTurnError = onTurnError(log);
  }

  private take(): Reply[] {
    const out = this.adapter.activeQueue.splice(0);
    return out
      .filter((a) => a.type === 'message')
      .map((a) => ({
        text: a.text ?? '',
        buttons: (a.suggestedActions?.actions ?? []).map((b) => String(b.title)),
        cardButtons: (a.attachments ?? []).flatMap((att) => ((att.content as { buttons?: Array<{ title: string }> })?.buttons ?? []).map((b) => b.title)),
        activity: a,
      }));
  }

  async say(text: string): Promise<Reply[]> {
    await this.adapter.receiveActivity(text);
    return this.take();
  }

  /** Opens the chat, as the web page does; with a gemeente as the embed snippet names it. */
  async open(gemeente?: string): Promise<Reply[]> {
    await this.adapter.receiveActivity({ type: 'event', name: JOIN_EVENT, ...(gemeente ? { value: { gemeente } } : {}) });
    return this.take();
  }

  async send(activity: Partial<Activity>): Promise<Reply[]> {
    await this.adapter.receiveActivity(activity);
    return this.take();
  }
}

/** Says each line in turn and returns every reply. */
export async function sayAll(chat: Chat, lines: readonly string[]): Promise<Reply[]> {
  const all: Reply[] = [];
  for (const line of lines) all.push(...(await chat.say(line)));
  return all;
}

/** The outcome a finished conversation carries on its last activity. */
export function planData(replies: Reply[]): { referrals: string[]; phaseOutcomes: Record<string, string[]>; crisis: boolean } | undefined {
  return [...replies].reverse().find((r) => (r.activity.channelData as { geldgesprek?: { referrals?: unknown } } | undefined)?.geldgesprek?.referrals)?.activity.channelData.geldgesprek;
}

/** Everything the replies' cards hold, as one string, for `toContain` checks. */
export function cardsOf(replies: Reply[]): string {
  return JSON.stringify(replies.flatMap((r) => r.activity.attachments ?? []));
}

/** All reply texts joined, for `toContain` checks. */
export function textOf(replies: Reply[]): string {
  return replies.map((r) => r.text).join('\n');
}

/** The buttons of the last reply that has any. */
export function buttonsOf(replies: Reply[]): string[] {
  return [...replies].reverse().find((r) => r.buttons.length > 0)?.buttons ?? [];
}

/**
 * A conversation written as pairs: [what the bot asks (a part of its last message), what the person answers].
 * Before each answer it checks that the bot just asked that question, so a reader sees which answer belongs
 * to which question, and a test fails where the conversation took another turn. Returns every reply.
 */
export async function talk(chat: Chat, opening: Reply[], pairs: ReadonlyArray<readonly [string, string]>): Promise<Reply[]> {
  const all: Reply[] = [...opening];
  let last = opening;
  for (const [asked, answer] of pairs) {
    expect({ asked, bot: textOf(last) }).toEqual({ asked, bot: expect.stringContaining(asked) });
    last = await chat.say(answer);
    all.push(...last);
  }
  return all;
}

/** The question the bot waits on: the last reply that expects input (else the last reply). */
export function lastQuestion(replies: Reply[]): string {
  return [...replies].reverse().find((r) => r.activity.inputHint === 'expectingInput')?.text ?? replies[replies.length - 1]?.text ?? '';
}

/** A chat opened and taken into the money conversation by its button; with the first question it asks. */
export async function inMoneyTalk(options: ChatOptions = {}): Promise<{ chat: Chat; pending: string }> {
  const chat = new Chat(options);
  await chat.open();
  const replies = await chat.say('Ik wil praten over geld');
  return { chat, pending: lastQuestion(replies) };
}
