/* A call-back receiver: what a wijkteam's webhook does with a Geldgesprek call-back request.
 *
 * `npm run demo` runs it next to the bot (scripts/demo.ts), so the warm handover can be seen on one machine.
 * It is also the reference for a gemeente's developer: it uses Node's own modules only; copy it, keep the
 * checks, and replace `deliver` with what your wijkteam does with a request (a ticket, a mail, a queue).
 * On its own: HANDOVER_SECRET=<the gemeente's secret> node -r ./scripts/tsRegister.js scripts/demoReceiver.ts
 *
 * What arrives: `POST` with a JSON body (version, idempotencyKey, gemeente, referrals, contact {name, phone,
 * moment}, consentAt) and two headers:
 *   X-Geldgesprek-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the shared secret>
 *   Idempotency-Key: <the body's idempotencyKey; a retry carries the same key, newly signed>
 * What to check, in this order: the signature over the raw bytes (before parsing), in constant time; the
 * time `t` within the replay window; then the key, answering 409 to one you already have. Geldgesprek
 * counts 2xx and 409 as delivered; anything else (or no answer within 10 s) it retries with backoff until
 * the gemeente's giveUpAfterMinutes, and then tells the person to call themselves.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';

export const RECEIVER_PATH = '/geldgesprek/terugbellen';
/** How old (or how far in the future) a signature may be. Keys are remembered at least this long. */
export const REPLAY_WINDOW_SECONDS = 5 * 60;
const MAX_BODY_BYTES = 64 * 1024;

export type SignatureCheck = { ok: true; ageSeconds: number } | { ok: false; reason: string };

/** Checks `X-Geldgesprek-Signature` against the raw body: the HMAC first, then the replay window. */
export function verifySignature(rawBody: Buffer, header: string | undefined, secret: string, nowSeconds: number): SignatureCheck {
  const parts = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const t = parts.get('t') ?? '';
  const v1 = parts.get('v1') ?? '';
  if (!/^\d{1,12}$/.test(t) || !/^[0-9a-f]{64}$/.test(v1)) return { ok: false, reason: 'no signature in the expected form' };
  const expected = createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest();
  if (!timingSafeEqual(expected, Buffer.from(v1, 'hex'))) return { ok: false, reason: 'signature does not match (wrong secret, or the body was changed)' };
  const ageSeconds = nowSeconds - Number(t);
  if (Math.abs(ageSeconds) > REPLAY_WINDOW_SECONDS) return { ok: false, reason: `signed ${ageSeconds} s ago: outside the replay window` };
  return { ok: true, ageSeconds };
}

export interface CallBackRequest {
  idempotencyKey: string;
  gemeente: string;
  referrals: string[];
  contact: { name: string; phone: string; moment: string };
  consentAt: string;
}

export interface ReceiverOptions {
  secret: string;
  /** What the wijkteam does with a verified, new request. The demo prints it. */
  deliver: (request: CallBackRequest) => void | Promise<void>;
  /** Where a refused request is reported (never with its body: it may hold a name and number). */
  refused?: (status: number, reason: string) => void;
  now?: () => number;
}

/** The webhook: one path, POST only; answers 200 (new), 409 (already had it), 401 (bad signature), 400, 413. */
export function createReceiver(options: ReceiverOptions): http.Server {
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>(); // idempotency key → when it may be forgotten (ms)
  const answer = (res: http.ServerResponse, status: number, reason?: string) => {
    if (reason) options.refused?.(status, reason);
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(reason ? { error: reason } : { received: true }));
  };

  return http.createServer((req, res) => {
    if (req.url !== RECEIVER_PATH) return answer(res, 404, `nothing at ${req.url}`);
    if (req.method !== 'POST') return answer(res, 405, `${req.method} is not accepted`);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return answer(res, 413, 'body too large');
      const raw = Buffer.concat(chunks);
      const signature = req.headers['x-geldgesprek-signature'];
      const check = verifySignature(raw, typeof signature === 'string' ? signature : undefined, options.secret, Math.floor(now() / 1000));
      if (!check.ok) return answer(res, 401, check.reason);

      let request: CallBackRequest;
      try {
        request = JSON.parse(raw.toString('utf8')) as CallBackRequest;
      } catch {
        return answer(res, 400, 'body is not JSON');
      }
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || key !== request.idempotencyKey) return answer(res, 400, 'Idempotency-Key header and body differ');

      for (const [k, until] of seen) if (until < now()) seen.delete(k);
      if (seen.has(key)) return answer(res, 409, `already received ${key}`);
      seen.set(key, now() + 2 * REPLAY_WINDOW_SECONDS * 1000);

      Promise.resolve(options.deliver(request)).then(
        () => answer(res, 200),
        (err: Error) => {
          seen.delete(key); // not handled: let Geldgesprek try again
          answer(res, 500, `could not handle it: ${err.message}`);
        },
      );
    });
  });
}

/** How the demo shows a request: what the wijkteam would see. */
export function formatRequest(request: CallBackRequest): string {
  const { contact } = request;
  return [
    '',
    '── Terugbelverzoek ontvangen, handtekening klopt ──',
    `  gemeente:   ${request.gemeente}`,
    `  bel:        ${contact.name}, ${contact.phone}, moment: ${contact.moment}`,
    `  hulp:       ${request.referrals.join(', ') || '(geen)'}`,
    `  toestemming ${request.consentAt}, sleutel ${request.idempotencyKey}`,
    '',
  ].join('\n');
}

if (require.main === module) {
  const secret = process.env.HANDOVER_SECRET;
  if (!secret) {
    console.error('Set HANDOVER_SECRET to the secret the gemeente shares with Geldgesprek.');
    process.exit(1);
  }
  const port = Number(process.env.DEMO_RECEIVER_PORT ?? 3979);
  const server = createReceiver({
    secret,
    deliver: (request) => console.log(formatRequest(request)),
    refused: (status, reason) => console.log(`Geweigerd (${status}): ${reason}`),
  });
  server.listen(port, '127.0.0.1', () => console.log(`Call-back receiver: http://127.0.0.1:${port}${RECEIVER_PATH}`));
}
