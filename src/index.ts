import { ConfigError, loadConfig } from './config';
import { createApp } from './app';
import { warmCrisisSignal } from './language/crisisSignal';
import { bufferedStdout, createLogger } from './log';
import { GemeenteConfigError } from './content/gemeenten';
import { RegionsConfigError } from './insight/access';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL, bufferedStdout());
  let app;
  try {
    app = await createApp(config, log);
  } catch (err) {
    if (err instanceof GemeenteConfigError || err instanceof RegionsConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const port = await app.listen(config.PORT);
  // The learned crisis signal's model (about 1 MB) is read now, after /healthz answers, not at the first message.
  setImmediate(warmCrisisSignal);
  log.info({ event: 'started', port, storage: app.storage.kind }, 'Geldgesprek is running');
  console.log(`\nGeldgesprek draait. Open http://localhost:${port}/ om te chatten.`);
  console.log(`Bot Framework Emulator: http://localhost:${port}/api/messages\n`);

  const stop = async (signal: string) => {
    log.info({ event: 'stopping', signal }, 'Stopping');
    await app.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(`Geldgesprek could not start: ${(err as Error).message}`);
  process.exit(1);
});
