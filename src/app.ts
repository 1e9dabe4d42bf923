import type { Server } from 'restify';
import { localDirectLineEnabled, publicBaseUrl, type Config } from './config';
import type { Logger } from './log';
import { createAdapter, InProcessAdapter } from './bot/adapter';
import { GeldgesprekBot } from './bot/geldgesprekBot';
import { createServer } from './bot/server';
import { createStorage, type BotStorage } from './bot/storage';
import { TurnRunner } from './bot/turnRunner';
import { createEffectRunner } from './bot/effectRunner';
import { createMessenger } from './bot/messenger';
import { ConversationCore } from './conversation/core';
import { loadGemeenten, type Gemeente } from './content/gemeenten';
import { DEFAULT_TRANSCRIPT_LIMITS, MemoryTranscriptStore, type TranscriptStore } from './bot/directLine/transcriptStore';
import { RedisTranscriptStore } from './bot/directLine/redisTranscriptStore';
import type { DirectLineRates } from './bot/directLine/localDirectLine';
import { renderHandoverFailed } from './conversation/views/terugbellen';
import { HandoverDispatcher } from './handover/dispatcher';
import { MemoryOutbox, RedisOutbox, type Outbox } from './handover/outbox';
import { HandoverRequests } from './handover/requests';
import { savedTechniqueClassifier } from './content/techniqueModel';
import { insightScopes } from './insight/access';
import { InsightService } from './insight/service';
import { MemoryCountStore, RedisCountStore, type CountStore } from './insight/store';
import { projectRoot } from './paths';
import { planPath } from './plan/keptPlan';
import { MemoryPlanStore, type PlanStore } from './plan/store';
import { RedisPlanStore } from './plan/redisStore';
import path from 'node:path';

export interface App {
  server: Server;
  gemeenten: ReadonlyMap<string, Gemeente>;
  outbox: Outbox;
  dispatcher: HandoverDispatcher;
  storage: BotStorage;
  bot: GeldgesprekBot;
  /** The anonymous counters for the gemeenten's figures. */
  counts: CountStore;
  /** Plans kept with "Bewaar mijn plan". */
  plans: PlanStore;
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Deliver call-back requests in the background (tests call `dispatcher.tick()` themselves). */
  dispatchEveryMs?: number | false;
  /** For the dispatcher's webhook calls (tests). */
  fetch?: typeof fetch;
  now?: () => number;
  /** The local Direct Line's limits per client address (tests loosen them). */
  directLineRates?: DirectLineRates;
  /** The web transcript (tests measure it); by default Redis when REDIS_URL is set, else memory. */
  transcripts?: TranscriptStore;
}

/** The local Direct Line's transcript: in Redis next to the state when there is one (with the state's TTL), else in memory. */
async function createTranscripts(config: Config, log: Logger): Promise<TranscriptStore> {
  if (!config.REDIS_URL) return new MemoryTranscriptStore();
  const idleMs = config.STATE_TTL_DAYS * 24 * 3600 * 1000;
  const transcripts = new RedisTranscriptStore(config.REDIS_URL, config.REDIS_KEY_PREFIX, { ...DEFAULT_TRANSCRIPT_LIMITS, idleMs });
  await transcripts.connect().catch((err: Error) => log.error({ event: 'directline.transcript.unreachable', reason: err.message }, 'Transcript Redis not reachable yet'));
  return transcripts;
}

/** The outbox for call-back requests: in Redis next to the state when there is one, else in memory. */
async function createOutbox(config: Config, log: Logger): Promise<Outbox> {
  if (!config.REDIS_URL) return new MemoryOutbox();
  const outbox = new RedisOutbox(config.REDIS_URL, config.REDIS_KEY_PREFIX);
  await outbox.connect().catch((err: Error) => log.error({ event: 'handover.outbox.unreachable', reason: err.message }, 'Outbox Redis not reachable yet'));
  return outbox;
}

/** The anonymous counters: in Redis next to the state when there is one, else in memory. */
async function createCountStore(config: Config, log: Logger): Promise<CountStore> {
  if (!config.REDIS_URL) return new MemoryCountStore();
  const store = new RedisCountStore(config.REDIS_URL, config.REDIS_KEY_PREFIX);
  await store.connect().catch((err: Error) => log.error({ event: 'inzicht.store.unreachable', reason: err.message }, 'Counter Redis not reachable yet'));
  return store;
}

/** Kept plans: in Redis next to the state when there is one, else in memory; for PLAN_KEEP_DAYS. */
async function createPlanStore(config: Config, log: Logger): Promise<PlanStore> {
  const ttlMs = config.PLAN_KEEP_DAYS * 24 * 3600 * 1000;
  if (!config.REDIS_URL) return new MemoryPlanStore(ttlMs);
  const store = new RedisPlanStore(config.REDIS_URL, config.REDIS_KEY_PREFIX, ttlMs);
  await store.connect().catch((err: Error) => log.error({ event: 'plan.store.unreachable', reason: err.message }, 'Plan Redis not reachable yet'));
  return store;
}

/** Wires configuration, storage, adapters, bot and server together. `index.ts` starts it; tests too. */
export async function createApp(config: Config, log: Logger, storage?: BotStorage, options: AppOptions = {}): Promise<App> {
  const { gemeenten, warnings } = loadGemeenten(config.GEMEENTEN_DIR);
  // Deployed (with an app id), a call-back without its secret is a mistake to look at. On a developer's
  // machine it is how every first run starts: said once, with where to see a call-back work.
  for (const warning of warnings) {
    if (config.MicrosoftAppId) log.warn({ event: 'gemeente.handover.off' }, warning);
    else log.info({ event: 'gemeente.handover.off' }, `${warning} (npm run demo shows one arrive locally)`);
  }
  log.info({ event: 'gemeenten.loaded', count: gemeenten.size }, 'Gemeenten loaded');
  // Every Redis client connects at the same time (with Redis down, start-up waits once, not once per client).
  const transcriptsReady = options.transcripts ? Promise.resolve(options.transcripts) : createTranscripts(config, log);
  const plansReady = createPlanStore(config, log);
  const countsReady = createCountStore(config, log);
  const outboxReady = createOutbox(config, log);
  const store = storage ?? (await createStorage(config, log));
  const outbox = await outboxReady;
  const requests = new HandoverRequests(outbox, options.now);
  // The saved model (npm run train:models), loaded at the first practice question: no training at start-up.
  const techniques = savedTechniqueClassifier();
  // The kept plan's link: the public host name, or this machine on the port the server listens on.
  const listeningOn: { server?: Server } = {};
  const listening = () => (listeningOn.server?.address() as { port?: number } | null)?.port ?? config.PORT;
  const planLink = (token: string) => `${publicBaseUrl(config, listening())}${planPath(token)}`;
  const core = new ConversationCore({ ttlDays: config.STATE_TTL_DAYS, gemeenten, log, handover: true, techniques, planLink, planKeepDays: config.PLAN_KEEP_DAYS, ownWebChat: !config.DIRECT_LINE_SECRET && localDirectLineEnabled(config) });
  const transcripts = await transcriptsReady;
  if (config.MicrosoftAppId && localDirectLineEnabled(config)) {
    log.warn({ event: 'directline.local.on' }, 'LOCAL_DIRECT_LINE=true with an app id: the local Direct Line takes messages without Bot Framework sign-in');
  }
  const counts = await countsReady;
  const plans = await plansReady;
  const scopes = insightScopes(gemeenten, config.INZICHT_REGIOS_FILE ?? path.join(projectRoot(), 'src', 'content', 'inzicht-regios.json'), { strict: Boolean(config.INZICHT_REGIOS_FILE) });
  const insight = new InsightService({ store: counts, scopes, env: process.env, minCount: config.INZICHT_MIN_COUNT, now: options.now });
  const effects = createEffectRunner({ gemeenten, log, handover: requests, insight: counts, plans, forgetTranscript: (id) => transcripts.forget(id) });
  const bot = new GeldgesprekBot(new TurnRunner(store, core, effects, log), log);
  const adapter = createAdapter(config, log);
  const tellPerson = createMessenger(adapter, transcripts, config.MicrosoftAppId ?? '');
  const dispatcher = new HandoverDispatcher(outbox, {
    gemeenten,
    env: process.env,
    log,
    fetch: options.fetch,
    now: options.now,
    insight: counts,
    notifyGaveUp: (item) => tellPerson(item.reference, renderHandoverFailed(gemeenten.get(item.gemeente))),
  });
  if (options.dispatchEveryMs !== false) dispatcher.start(options.dispatchEveryMs ?? 2000);
  const server = createServer({
    config,
    log,
    adapter,
    inProcess: new InProcessAdapter(log),
    bot,
    storage: store,
    gemeenten,
    transcripts,
    directLineRates: options.directLineRates,
    insight,
    plans,
  });
  listeningOn.server = server;
  return {
    server,
    gemeenten,
    outbox,
    dispatcher,
    storage: store,
    bot,
    counts,
    plans,
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, () => resolve((server.address() as { port: number }).port));
      }),
    close: async () => {
      await dispatcher.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      await outbox.close();
      await transcripts.close();
      await counts.close();
      await plans.close();
      await store.close();
    },
  };
}
