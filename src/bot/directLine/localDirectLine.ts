import restify, { type Request, type Response, type Server } from 'restify';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { TurnContext } from 'botbuilder';
import { conversationRef, type Logger } from '../../log';
import type { InProcessAdapter } from '../adapter';
import { ActivityTooLargeError, isConversationId, MemoryTranscriptStore, type TranscriptStore } from './transcriptStore';

export const DIRECT_LINE_PATH = '/v3/directline';
const TOKEN_SECONDS = 3600;
const BOT = { id: 'geldgesprek', name: 'Geldgesprek', role: 'bot' };

/** What the page may post: a message or an event, with Web Chat's usual fields. */
const PostedActivity = z
  .object({
    type: z.enum(['message', 'event', 'typing']),
    text: z.string().max(20_000).optional(),
    name: z.string().max(100).optional(),
    value: z.unknown().optional(),
    locale: z.string().max(20).optional(),
    from: z.object({ id: z.string().min(1).max(200), name: z.string().max(200).optional(), role: z.string().optional() }),
    channelData: z.record(z.unknown()).optional(),
    attachments: z.array(z.unknown()).max(10).optional(),
    textFormat: z.string().optional(),
    timestamp: z.string().optional(),
    localTimestamp: z.string().optional(),
    localTimezone: z.string().optional(),
    entities: z.array(z.unknown()).optional(),
  })
  // Fields Web Chat does not send (membersAdded, conversation, recipient…) are dropped, not trusted.
  .strip();

type Bot = { run(context: TurnContext): Promise<void> };

/** Per client address: how many conversations it may start, and how many activities it may post (token buckets). */
export interface DirectLineRates {
  createBurst: number;
  createPerSecond: number;
  postBurst: number;
  postPerSecond: number;
}

export const DEFAULT_RATES: DirectLineRates = { createBurst: 10, createPerSecond: 10 / 60, postBurst: 30, postPerSecond: 3 };

/**
 * A small Direct Line 3.0 endpoint (polling, no web sockets), as the Bot Framework Emulator has,
 * so the real Web Chat talks to this bot without Azure: `createDirectLine({ domain, webSocket: false })`.
 * The conversation id is random (122 bits) and serves as the conversation's token. Creating one stores
 * nothing; the transcript (what the page polls) lives in the `TranscriptStore` from the first activity.
 */
export function mountLocalDirectLine(
  server: Server,
  deps: { adapter: InProcessAdapter; bot: Bot; log: Logger; serviceUrl: () => string },
  transcripts: TranscriptStore = new MemoryTranscriptStore(),
  rates: DirectLineRates = DEFAULT_RATES,
): void {
  const { adapter, bot, log } = deps;
  const perAddress = (burst: number, rate: number) => restify.plugins.throttle({ burst, rate, ip: true });
  const createLimit = perAddress(rates.createBurst, rates.createPerSecond);
  const postLimit = perAddress(rates.postBurst, rates.postPerSecond);

  const fail = (res: Response, status: number, code: string, message: string) => {
    res.send(status, { error: { code, message } });
  };
  const unavailable = (res: Response, err: unknown, event: string, id: string) => {
    log.error({ event, conversation: conversationRef(id), reason: (err as Error).message }, 'Local Direct Line could not reach its transcript');
    fail(res, 503, 'ServiceUnavailable', 'The chat is not available right now');
  };

  /** The conversation the request names, if its bearer token matches it. */
  const authorised = (req: Request, res: Response): string | null => {
    const named = (req.params as Record<string, unknown>).conversationId;
    const id = typeof named === 'string' ? named : '';
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (!isConversationId(id)) {
      fail(res, 404, 'BadArgument', 'Unknown conversation');
      return null;
    }
    if (token !== id) {
      fail(res, 403, 'TokenInvalid', 'The token does not belong to this conversation');
      return null;
    }
    return id;
  };

  const conversationBody = (id: string) => ({ conversationId: id, token: id, expires_in: TOKEN_SECONDS });

  server.post(`${DIRECT_LINE_PATH}/conversations`, createLimit, async (_req: Request, res: Response) => {
    res.send(201, conversationBody(randomUUID()));
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId`, async (req, res) => {
    const id = authorised(req, res);
    if (id) res.send(200, conversationBody(id));
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, async (req, res) => {
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (!isConversationId(token)) {
      fail(res, 403, 'TokenInvalid', 'Unknown token');
      return;
    }
    res.send(200, conversationBody(token));
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req, res) => {
    const id = authorised(req, res);
    if (!id) return;
    const asked = (req.query as Record<string, unknown> | undefined)?.watermark;
    const watermark = typeof asked === 'string' ? Number.parseInt(asked, 10) : 0;
    try {
      res.send(200, await transcripts.since(id, Number.isSafeInteger(watermark) && watermark >= 0 ? watermark : 0));
    } catch (err) {
      unavailable(res, err, 'directline.poll.failed', id);
    }
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, postLimit, async (req: Request, res: Response) => {
    const id = authorised(req, res);
    if (!id) return;
    const parsed = PostedActivity.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(res, 400, 'BadArgument', `Invalid activity: ${issue.path.join('.') || 'body'} ${issue.message}`);
      return;
    }
    const activity = {
      ...parsed.data,
      from: { ...parsed.data.from, role: 'user' },
      // Shown back to the person by Web Chat: as typed, never as markdown or HTML.
      textFormat: 'plain',
      conversation: { id },
      channelId: 'webchat',
      timestamp: new Date().toISOString(),
      serviceUrl: deps.serviceUrl(),
      recipient: BOT,
    };
    // "Typing" is shown to nobody but the bot, and the bot ignores it: not stored, no turn.
    if (parsed.data.type === 'typing') {
      res.send(200, { id: `${id}|typing` });
      return;
    }
    let userActivity;
    try {
      userActivity = await transcripts.append(id, activity);
    } catch (err) {
      if (err instanceof ActivityTooLargeError) fail(res, 413, 'TooLarge', 'The activity is too large');
      else unavailable(res, err, 'directline.append.failed', id);
      return;
    }
    try {
      const replies = await adapter.runForReplies(userActivity as never, (context) => bot.run(context));
      for (const reply of replies as Record<string, unknown>[]) {
        await transcripts.append(id, { ...reply, type: typeof reply.type === 'string' ? reply.type : 'message', from: BOT, timestamp: new Date().toISOString(), replyToId: userActivity.id });
      }
    } catch (err) {
      log.error({ event: 'directline.turn.failed', conversation: conversationRef(id), reason: (err as Error).message }, 'Local Direct Line turn failed');
    }
    res.send(200, { id: userActivity.id });
  });
}
