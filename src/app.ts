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

export interface App {
  server: Server;
  gemeenten: ReadonlyMap<string, Gemeente>;
  storage: BotStorage;
  bot: GeldgesprekBot;
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

/** Wires configuration, storage, adapters, bot and server together. `index.ts` starts it; tests too. */
export async function createApp(config: Config, log: Logger, storage?: BotStorage): Promise<App> {
  const { gemeenten, warnings } = loadGemeenten(config.GEMEENTEN_DIR);
  for (const warning of warnings) log.warn({ event: 'gemeente.handover.off' }, warning);
  log.info({ event: 'gemeenten.loaded', count: gemeenten.size }, 'Gemeenten loaded');
  const store = storage ?? (await createStorage(config, log));
  const conversation = new Conversation({ ttlDays: config.STATE_TTL_DAYS }, { gemeenten, log });
  const bot = new GeldgesprekBot(new TurnRunner(store, log), conversation, log);
  const server = createServer({
    config,
    log,
    adapter: createAdapter(config, log),
    inProcess: new InProcessAdapter(log),
    bot,
    storage: store,
    gemeenten,
  });
  return {
    server,
    gemeenten,
    storage: store,
    bot,
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, () => resolve((server.address() as { port: number }).port));
      }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
