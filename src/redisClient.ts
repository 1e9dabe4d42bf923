import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

/** How long one command may take before it fails: a Redis that hangs (not down, just frozen) must not hang turns. */
export const COMMAND_TIMEOUT_MS = 1000;

export class RedisTimeoutError extends Error {
  constructor(ms: number) {
    super(`Redis did not answer within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * The command's answer, or a `RedisTimeoutError` after `ms`. node-redis's own command timeout only covers a
 * command still waiting to be written; once written, a frozen Redis would keep it waiting for ever.
 * (The late answer, if it comes, is dropped.)
 */
export async function timed<T>(command: Promise<T>, ms = COMMAND_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisTimeoutError(ms)), ms);
  });
  command.catch(() => undefined);
  try {
    return await Promise.race([command, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Commands waiting in the client at most; more fail at once (only a frozen Redis under load gets near it). */
const MAX_QUEUED_COMMANDS = 10_000;

/**
 * A Redis client as the bot uses it: commands fail at once while disconnected (no offline queue), and it
 * reconnects in the background with backoff. Errors go to `onError` (the client would otherwise crash).
 * Every command's caller bounds its wait with `timed`. node-redis's own `commandOptions.timeout` is not
 * used: it covers only commands not yet written, and it starts an `AbortSignal.timeout` timer for every
 * command, which fires a second later and builds a DOMException each time (~2.5% of the CPU under load).
 */
export function createRedisClient(url: string, onError: (err: Error) => void = () => undefined): RedisClient {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandsQueueMaxLength: MAX_QUEUED_COMMANDS,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000) },
  });
  client.on('error', onError);
  return client;
}

/** Starts connecting; resolves when connected or rejects after `timeoutMs`. It keeps trying in the background either way. */
export async function connectWithin(client: RedisClient, timeoutMs: number): Promise<void> {
  const connecting = client.connect().then(() => undefined);
  connecting.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([connecting, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function closeRedisClient(client: RedisClient): Promise<void> {
  if (client.isReady) await client.close().catch(() => client.destroy());
  else if (client.isOpen) client.destroy();
}

/**
 * A store kept in Redis, as every one here is: its own client, its keys under one keyspace
 * (`<prefix><area>:`), connecting within a time and closing the same way.
 */
export abstract class RedisBacked {
  protected readonly client: RedisClient;

  constructor(url: string, private readonly keyspace: string, onError?: (err: Error) => void) {
    this.client = createRedisClient(url, onError);
  }

  /** Starts connecting. Resolves when connected, or rejects after the timeout; it keeps trying in the background either way. */
  async connect(timeoutMs = 3000): Promise<void> {
    await connectWithin(this.client, timeoutMs);
  }

  async close(): Promise<void> {
    await closeRedisClient(this.client);
  }

  protected key(name: string): string {
    return `${this.keyspace}${name}`;
  }
}
