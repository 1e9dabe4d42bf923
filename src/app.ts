import type { Server } from 'restify';
import type { Config } from './config';
import type { Logger } from './log';
import { createAdapter, InProcessAdapter } from './bot/adapter';
import { GeldgesprekBot } from './bot/geldgesprekBot';
import { createServer } from './bot/server';
import { createStorage, type BotStorage } from './bot/storage';
import { TurnRunner } from './bot/turnRunner';
import { Conversation } from './dialogs/conversation';
import { loadGemeenten, type Gemeente } from './content/gemeenten';
import type { Activity, ConversationReference } from 'botbuilder';
import { ConversationLog } from './bot/directLine/conversationLog';
import { renderHandoverFailed } from './dialogs/views/terugbellen';
import { HandoverDispatcher } from './handover/dispatcher';
import { MemoryOutbox, RedisOutbox, type Outbox } from './handover/outbox';
import { HandoverRequests } from './handover/requests';
import { TechniqueClassifier } from './language/techniques';
import { techniqueCorpus } from './content/techniques';

export interface App {
  server: Server;
  gemeenten: ReadonlyMap<string, Gemeente>;
  outbox: Outbox;
  dispatcher: HandoverDispatcher;
  storage: BotStorage;
  bot: GeldgesprekBot;
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Deliver call-back requests in the background (tests call `dispatcher.tick()` themselves). */
  dispatchEveryMs?: number | false;
  /** For the dispatcher's webhook calls (tests). */
  fetch?: typeof fetch;
  now?: () => number;
}

/** The outbox for call-back requests: in Redis next to the state when there is one, else in memory. */
async function createOutbox(config: Config, log: Logger): Promise<Outbox> {
  if (!config.REDIS_URL) return new MemoryOutbox();
  const outbox = new RedisOutbox(config.REDIS_URL, config.REDIS_KEY_PREFIX);
  await outbox.connect().catch((err: Error) => log.error({ event: 'handover.outbox.unreachable', reason: err.message }, 'Outbox Redis not reachable yet'));
  return outbox;
}

/** Wires configuration, storage, adapters, bot and server together. `index.ts` starts it; tests too. */
export async function createApp(config: Config, log: Logger, storage?: BotStorage, options: AppOptions = {}): Promise<App> {
  const { gemeenten, warnings } = loadGemeenten(config.GEMEENTEN_DIR);
  for (const warning of warnings) log.warn({ event: 'gemeente.handover.off' }, warning);
  log.info({ event: 'gemeenten.loaded', count: gemeenten.size }, 'Gemeenten loaded');
  const store = storage ?? (await createStorage(config, log));
  const outbox = await createOutbox(config, log);
  const requests = new HandoverRequests(outbox, options.now);
  const techniques = await TechniqueClassifier.train(techniqueCorpus);
  const conversation = new Conversation({ ttlDays: config.STATE_TTL_DAYS }, { gemeenten, log, handover: requests, techniques });
  const bot = new GeldgesprekBot(new TurnRunner(store, log), conversation, log);
  const adapter = createAdapter(config, log);
  const conversations = new ConversationLog();
  const dispatcher = new HandoverDispatcher(outbox, {
    gemeenten,
    env: process.env,
    log,
    fetch: options.fetch,
    now: options.now,
    notifyGaveUp: (item) => tellPerson(item.reference, renderHandoverFailed(gemeenten.get(item.gemeente))),
  });
  /** A message to a person outside a turn: into the local Direct Line's log, or through the Bot Framework. */
  async function tellPerson(reference: Partial<ConversationReference>, activities: Partial<Activity>[]): Promise<void> {
    const id = reference.conversation?.id;
    if (reference.channelId === 'webchat' && id && conversations.has(id)) {
      for (const activity of activities) conversations.append(id, { ...activity, type: 'message', from: { id: 'geldgesprek', name: 'Geldgesprek', role: 'bot' }, timestamp: new Date().toISOString() });
      return;
    }
    await adapter.continueConversationAsync(config.MicrosoftAppId ?? '', reference as ConversationReference, async (context) => {
      await context.sendActivities(activities);
    });
  }
  if (options.dispatchEveryMs !== false) dispatcher.start(options.dispatchEveryMs ?? 2000);
  const server = createServer({
    config,
    log,
    adapter,
    inProcess: new InProcessAdapter(log),
    bot,
    storage: store,
    gemeenten,
    conversations,
  });
  return {
    server,
    gemeenten,
    outbox,
    dispatcher,
    storage: store,
    bot,
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, () => resolve((server.address() as { port: number }).port));
      }),
    close: async () => {
      await dispatcher.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await outbox.close();
      await store.close();
    },
  };
}
