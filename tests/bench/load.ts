/* The closed-loop load generator for `npm run bench -- --compare`: N conversations at once, each clicking
 * through a real client conversation to the plan with POST /api/messages (deliveryMode expectReplies),
 * the next request only after the answer to the previous one. */
import http from 'node:http';

/** A client's conversation from the join to the plan (the same path as the Redis transcript test). */
export const CLIENT_CONVERSATION: readonly string[] = [
  'Ik wil praten over geld', 'Ik wil meteen naar de vragen', 'nee', 'nee', 'ja', 'een baan met loonstrook',
  'ja', 'ja', 'ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee',
];

export interface LoadResult {
  turns: number;
  seconds: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  conversations: number;
}

/** Kept-alive connections, as a channel's would be; a new pool for each run (an idle one may have been closed by the server). */
let agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function post(port: number, body: string, retry = true): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    // A kept-alive socket the server closed just as it was reused: send once more on a fresh one (Node's advice).
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (retry && req.reusedSocket && err.code === 'ECONNRESET') post(port, body, false).then(resolve, reject);
      else reject(err);
    });
    req.end(body);
  });
}

function activity(conversationId: string, step: number, text: string | undefined): string {
  const base = {
    channelId: 'directline',
    serviceUrl: 'http://127.0.0.1:9/',
    id: `${conversationId}-${step}`,
    timestamp: new Date().toISOString(),
    locale: 'nl-NL',
    deliveryMode: 'expectReplies',
    from: { id: `user-${conversationId}`, role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    conversation: { id: conversationId },
  };
  return JSON.stringify(text === undefined ? { ...base, type: 'event', name: 'webchat/join' } : { ...base, type: 'message', text });
}

/** Runs one conversation from the join to its last turn; returns the last reply body. */
export async function oneConversation(
  port: number,
  conversationId: string,
  onTurn?: (ms: number, ok: boolean) => void,
  afterTurn?: (step: number) => Promise<void>,
): Promise<string> {
  let last = '';
  for (let step = 0; step <= CLIENT_CONVERSATION.length; step++) {
    const t0 = performance.now();
    const res = await post(port, activity(conversationId, step, step === 0 ? undefined : CLIENT_CONVERSATION[step - 1]));
    onTurn?.(performance.now() - t0, res.status === 200);
    last = res.body;
    await afterTurn?.(step);
  }
  return last;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Keeps `concurrency` conversations going for `seconds`, then waits for the turns in flight. */
export async function drive(port: number, options: { concurrency: number; seconds: number; tag: string }): Promise<LoadResult> {
  agent.destroy();
  agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  let errors = 0;
  let conversations = 0;
  const stopAt = performance.now() + options.seconds * 1000;
  const t0 = performance.now();
  const worker = async (w: number) => {
    for (let n = 0; performance.now() < stopAt; n++) {
      await oneConversation(port, `${options.tag}-${w}-${n}`, (ms, ok) => {
        if (performance.now() <= stopAt) latencies.push(ms);
        if (!ok) errors++;
      });
      conversations++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  const seconds = (Math.min(performance.now(), stopAt) - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    turns: latencies.length,
    seconds,
    turnsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    conversations,
  };
}
