import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { TurnContext } from 'botbuilder';
import { conversationRef, type Logger } from '../../log';
import type { InProcessAdapter } from '../adapter';
import { ConversationLog } from './conversationLog';

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
  .passthrough();

type Bot = { run(context: TurnContext): Promise<void> };

/**
 * A small Direct Line 3.0 endpoint (polling, no web sockets), as the Bot Framework Emulator has,
 * so the real Web Chat talks to this bot without Azure: `createDirectLine({ domain, webSocket: false })`.
 * The conversation id is random (122 bits) and serves as the conversation's token.
 */
export function mountLocalDirectLine(
  server: Server,
  deps: { adapter: InProcessAdapter; bot: Bot; log: Logger; serviceUrl: () => string },
  conversations = new ConversationLog(),
): void {
  const { adapter, bot } = deps;

  const fail = (res: Response, status: number, code: string, message: string) => {
    res.send(status, { error: { code, message } });
  };

  /** The conversation the request names, if its bearer token matches it. */
  const authorised = (req: Request, res: Response): string | null => {
    const named = (req.params as Record<string, unknown>).conversationId;
    const id = typeof named === 'string' ? named : '';
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (!ConversationLog.isConversationId(id)) {
      fail(res, 404, 'BadArgument', 'Unknown conversation');
      return null;
    }
    if (token !== id) {
      fail(res, 403, 'TokenInvalid', 'The token does not belong to this conversation');
      return null;
    }
    conversations.open(id);
    return id;
  };

  const conversationBody = (id: string) => ({ conversationId: id, token: id, expires_in: TOKEN_SECONDS });

  server.post(`${DIRECT_LINE_PATH}/conversations`, async (_req, res) => {
    const id = conversations.create();
    res.send(201, conversationBody(id));
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId`, async (req, res) => {
    const id = authorised(req, res);
    if (id) res.send(200, conversationBody(id));
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, async (req, res) => {
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (!ConversationLog.isConversationId(token)) {
      fail(res, 403, 'TokenInvalid', 'Unknown token');
      return;
    }
    conversations.open(token);
    res.send(200, conversationBody(token));
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req, res) => {
    const id = authorised(req, res);
    if (!id) return;
    const asked = (req.query as Record<string, unknown> | undefined)?.watermark;
    const watermark = typeof asked === 'string' ? Number.parseInt(asked, 10) : 0;
    res.send(200, conversations.since(id, Number.isFinite(watermark) && watermark >= 0 ? watermark : 0));
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req, res) => {
    const id = authorised(req, res);
    if (!id) return;
    const parsed = PostedActivity.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      fail(res, 400, 'BadArgument', `Invalid activity: ${issue.path.join('.') || 'body'} ${issue.message}`);
      return;
    }
    const now = new Date().toISOString();
    const userActivity = conversations.append(id, {
      ...parsed.data,
      from: { ...parsed.data.from, role: 'user' },
      conversation: { id },
      channelId: 'webchat',
      timestamp: now,
      serviceUrl: deps.serviceUrl(),
      recipient: BOT,
    });
    if (parsed.data.type === 'typing') {
      res.send(200, { id: userActivity.id });
      return;
    }
    try {
      const replies = await adapter.runForReplies(userActivity as never, (context) => bot.run(context));
      for (const reply of replies as Record<string, unknown>[]) {
        conversations.append(id, { ...reply, type: typeof reply.type === 'string' ? reply.type : 'message', from: BOT, timestamp: new Date().toISOString(), replyToId: userActivity.id });
      }
    } catch (err) {
      deps.log.error({ event: 'directline.turn.failed', conversation: conversationRef(id), reason: (err as Error).message }, 'Local Direct Line turn failed');
    }
    res.send(200, { id: userActivity.id });
  });
}
