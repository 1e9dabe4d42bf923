import type { Gemeente } from '../content/gemeenten';
import type { CountStore } from '../insight/store';
import { isoWeek } from '../insight/week';
import type { Logger } from '../log';
import type { Outbox, OutboxItem } from './outbox';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, sign } from './payload';

export interface DispatcherOptions {
  gemeenten: ReadonlyMap<string, Gemeente>;
  /** Where the HMAC secrets are (each gemeente names its variable). */
  env: NodeJS.ProcessEnv;
  log: Logger;
  /** Tells the person that the call-back request could not be delivered. */
  notifyGaveUp: (item: OutboxItem) => Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
  /** First retry after this long; each next one waits twice as long, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long one delivery may take before it counts as failed. */
  timeoutMs?: number;
  /** How long a claimed item stays with this instance before another may try it. */
  leaseMs?: number;
  /** Counts a delivered call-back in the gemeente's anonymous figures (by the item's key, once). */
  insight?: CountStore;
}

/**
 * Delivers call-back requests from the outbox to each gemeente's webhook: signed, with an idempotency key,
 * retried with backoff after errors, 5xx answers and time-outs, also after a restart (the outbox keeps them).
 * When a request is still not delivered at its give-up time, it is removed and the person is told.
 */
export class HandoverDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;

  constructor(
    private readonly outbox: Outbox,
    private readonly options: DispatcherOptions,
  ) {
    this.fetchImpl = options.fetch ?? fetch;
    this.now = options.now ?? Date.now;
  }

  start(intervalMs = 2000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One round: deliver what is due. Rounds never overlap. */
  async tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async round(): Promise<void> {
    let items: OutboxItem[];
    try {
      items = await this.outbox.claimDue(this.now(), this.options.leaseMs ?? 60_000, 20);
    } catch (err) {
      this.options.log.warn({ event: 'handover.outbox.unavailable', reason: (err as Error).message }, 'Outbox not reachable; trying again later');
      return;
    }
    for (const item of items) await this.deliver(item);
  }

  private async deliver(item: OutboxItem): Promise<void> {
    const handover = this.options.gemeenten.get(item.gemeente)?.handover;
    const secret = handover ? this.options.env[handover.secretEnv] : undefined;
    if (!handover || !secret) {
      this.options.log.error({ event: 'handover.unconfigured', gemeente: item.gemeente }, 'The gemeente no longer takes call-backs; telling the person');
      return this.giveUp(item);
    }
    const body = JSON.stringify(item.payload);
    let status = 0;
    try {
      const response = await this.fetchImpl(handover.webhookUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          [SIGNATURE_HEADER]: sign(body, secret, Math.floor(this.now() / 1000)),
          [IDEMPOTENCY_HEADER]: item.key,
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch (err) {
      this.options.log.warn({ event: 'handover.attempt.failed', gemeente: item.gemeente, attempt: item.attempts + 1, reason: (err as Error).name }, 'Webhook not reached');
    }
    // 2xx is delivered; 409 means the wijkteam already has this idempotency key.
    if ((status >= 200 && status < 300) || status === 409) {
      await this.outbox.remove(item.key);
      this.options.log.info({ event: 'handover.delivered', gemeente: item.gemeente, attempts: item.attempts + 1 }, 'Call-back request delivered');
      await this.count(item);
      return;
    }
    if (status) this.options.log.warn({ event: 'handover.attempt.failed', gemeente: item.gemeente, attempt: item.attempts + 1, status }, 'Webhook refused');
    const attempts = item.attempts + 1;
    const now = this.now();
    if (now >= item.giveUpAt) return this.giveUp({ ...item, attempts });
    const delay = Math.min((this.options.baseDelayMs ?? 5000) * 2 ** (attempts - 1), this.options.maxDelayMs ?? 10 * 60_000);
    await this.outbox.update({ ...item, attempts, nextAt: Math.min(now + delay, item.giveUpAt) });
  }

  private async count(item: OutboxItem): Promise<void> {
    try {
      await this.options.insight?.apply(`terugbellen:${item.key}`, item.gemeente, isoWeek(this.now()), { terugbellen: 1 });
    } catch (err) {
      this.options.log.warn({ event: 'inzicht.count.failed', reason: (err as Error).message }, 'Could not count a delivered call-back');
    }
  }

  private async giveUp(item: OutboxItem): Promise<void> {
    await this.outbox.remove(item.key);
    this.options.log.error({ event: 'handover.gave_up', gemeente: item.gemeente, attempts: item.attempts }, 'Call-back request not delivered; telling the person');
    try {
      await this.options.notifyGaveUp(item);
    } catch (err) {
      this.options.log.error({ event: 'handover.notify.failed', reason: (err as Error).message }, 'Could not tell the person');
    }
  }
}
