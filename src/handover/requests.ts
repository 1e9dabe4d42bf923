import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { Gemeente } from '../content/gemeenten';
import type { Outbox } from './outbox';
import { HandoverPayloadSchema, type HandoverPayload } from './payload';

export type RequestParts = Omit<HandoverPayload, 'version' | 'idempotencyKey' | 'consentAt' | 'gemeente'>;

/** Puts call-back requests into the outbox (they are sent from there), and takes them out again on request. */
export class HandoverRequests {
  constructor(
    private readonly outbox: Outbox,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this gemeente takes call-back requests. */
  available(gemeente: Gemeente | undefined): boolean {
    return Boolean(gemeente?.handover);
  }

  /** Queues a request, with consent given now. Returns its idempotency key. */
  async request(args: { conversation: string; gemeente: Gemeente; parts: RequestParts; reference: Partial<ConversationReference> }): Promise<string> {
    if (!args.gemeente.handover) throw new Error(`Gemeente ${args.gemeente.id} takes no call-back requests`);
    const key = randomUUID();
    const now = this.now();
    const payload = HandoverPayloadSchema.parse({
      version: 1,
      idempotencyKey: key,
      gemeente: args.gemeente.id,
      consentAt: new Date(now).toISOString(),
      ...args.parts,
    });
    await this.outbox.add({
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
    return key;
  }

  /** "Verwijder mijn gegevens": removes what is not delivered yet. */
  async forget(conversation: string): Promise<number> {
    return this.outbox.removeConversation(conversation);
  }
}
