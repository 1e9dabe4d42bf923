import type { Gemeente } from '../content/gemeenten';
import type { Outbox, ReplyAddress } from './outbox';
import { HandoverPayloadSchema, type HandoverPayload } from './payload';

export type RequestParts = Omit<HandoverPayload, 'version' | 'idempotencyKey' | 'consentAt' | 'gemeente'>;

/** A 32-hex-digit key written as a UUID, the form receivers already accept. */
function asUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Puts call-back requests into the outbox (they are sent from there), and takes them out again on request. */
export class HandoverRequests {
  constructor(
    private readonly outbox: Outbox,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Queues a request, with consent given now, under the idempotency key the turn derived from the
   * conversation and the step: the same request asked twice is queued once. True when queued now.
   */
  async request(args: { key: string; conversation: string; gemeente: Gemeente; parts: RequestParts; reference: ReplyAddress }): Promise<boolean> {
    if (!args.gemeente.handover) throw new Error(`Gemeente ${args.gemeente.id} takes no call-back requests`);
    const key = asUuid(args.key);
    const now = this.now();
    const payload = HandoverPayloadSchema.parse({
      version: 1,
      idempotencyKey: key,
      gemeente: args.gemeente.id,
      consentAt: new Date(now).toISOString(),
      ...args.parts,
    });
    return this.outbox.add({
      key,
      conversation: args.conversation,
      gemeente: args.gemeente.id,
      payload,
      reference: args.reference,
      createdAt: now,
      attempts: 0,
      nextAt: now,
      giveUpAt: now + args.gemeente.handover.giveUpAfterMinutes * 60_000,
    });
  }

  /** "Verwijder mijn gegevens": removes what is not delivered yet. */
  async forget(conversation: string): Promise<number> {
    return this.outbox.removeConversation(conversation);
  }
}
