import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * What a wijkteam receives for a call-back: exactly what the consent screen showed (name or nickname,
 * number, moment, the help from the plan), the gemeente, and when the person consented. Nothing else of
 * the conversation: no routekaart outcomes, no crisis flag, no text the person typed.
 */
export const HandoverPayloadSchema = z
  .object({
    version: z.literal(1),
    idempotencyKey: z.string().uuid(),
    gemeente: z.string(),
    referrals: z.array(z.string()),
    contact: z.object({
      name: z.string().min(1).max(40),
      phone: z.string().regex(/^\+31\d{9}$/),
      moment: z.enum(['ochtend', 'middag', 'eindVanDeDag', 'maaktNietUit']),
    }),
    consentAt: z.string().datetime(),
  })
  .strict();

export type HandoverPayload = z.infer<typeof HandoverPayloadSchema>;

export const SIGNATURE_HEADER = 'X-Geldgesprek-Signature';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * The signature a wijkteam checks: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, with the
 * gemeente's shared secret. The timestamp lets the receiver refuse old replays.
 */
export function sign(body: string, secret: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** How far a signature's timestamp may be from the receiver's clock. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * How a receiver verifies a signature (used in tests; documented in the README for wijkteams): the HMAC
 * must match and the timestamp be within `toleranceSeconds` of `nowSeconds`, so an old request replayed is refused.
 */
export function verify(body: string, header: string, secret: string, nowSeconds = Date.now() / 1000, toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  if (!parts.t || !parts.v1 || !/^\d{1,12}$/.test(parts.t)) return false;
  if (Math.abs(nowSeconds - Number(parts.t)) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(body, secret, Number(parts.t)).split('v1=')[1], 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
