import { readFileSync } from 'node:fs';
import path from 'node:path';
import './noSpdy'; // before restify: keeps restify's unused spdy (and its DEP0111 warning) out, see the file
import restify, { type Request, type Response, type Server } from 'restify';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { localDirectLineEnabled, type Config } from '../config';
import { createLogger, type Logger } from '../log';
import { projectRoot } from '../paths';
import type { InProcessAdapter } from './adapter';
import type { TranscriptStore } from './directLine/transcriptStore';
import { DEFAULT_RATES, mountLocalDirectLine, type DirectLineRates } from './directLine/localDirectLine';
import { isLoopbackUrl, jsonDepthLimit, within } from './http/guards';
import type { Gemeente } from '../content/gemeenten';
import { GEMEENTE_ID } from '../content/gemeenteSchema';
import type { BotStorage } from './storage';
import type { InsightService } from '../insight/service';
import { registerInsightRoutes } from './insightRoutes';
import { registerPlanRoutes } from './planRoutes';
import type { HttpAdapter } from './httpAdapter';
import type { PlanStore } from '../plan/store';
import { createWebchatSession, DirectLineTokenError, type PageTheme } from './webchatSession';

/** The largest request body accepted; a bigger one gets 413. Far above any real chat message. */
export const MAX_BODY_BYTES = 64 * 1024;

/** How long `/healthz` waits for the storage before it answers 503. */
const HEALTH_MS = 1500;

const KNOWN_TYPES = new Set<string>(Object.values(ActivityTypes));

/** The fields every incoming activity must have before the adapter sees it. */
const IncomingActivity = z
  .object({
    type: z.string().refine((t) => KNOWN_TYPES.has(t), { message: 'is not a known activity type' }),
    channelId: z.string().min(1),
    serviceUrl: z.string().min(1),
    from: z.object({ id: z.string().min(1) }).passthrough(),
    membersAdded: z.array(z.object({ id: z.string().min(1) }).passthrough()).max(100).optional(),
    membersRemoved: z.array(z.object({ id: z.string().min(1) }).passthrough()).max(100).optional(),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
    recipient: z.object({ id: z.string().min(1) }).passthrough(),
    text: z.string().optional(),
  })
  .passthrough();

/**
 * The pages' content security policy: only our own scripts; Web Chat's inline styles; Azure Direct Line
 * when used. The chat page may be framed by the configured gemeente websites, and by nothing else.
 */
export function contentSecurityPolicy(config: Config, frameAncestors: readonly string[] = []): string {
  const directLine = new URL(config.DIRECT_LINE_DOMAIN);
  const connect = config.DIRECT_LINE_SECRET ? ` ${directLine.origin} wss://${directLine.host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${connect}`,
    `frame-ancestors 'self'${frameAncestors.map((o) => ` ${o}`).join('')}`,
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Web Chat's full browser bundle (React included), from the installed package: no CDN. */
function webchatBundlePath(): string {
  return path.join(projectRoot(path.dirname(require.resolve('botframework-webchat'))), 'dist', 'webchat.js');
}

export interface ServerDeps {
  config: Config;
  log: Logger;
  adapter: HttpAdapter;
  inProcess: InProcessAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  storage: BotStorage;
  gemeenten?: ReadonlyMap<string, Gemeente>;
  /** The local Direct Line's transcript (shared, so the app can also tell a person something outside a turn). */
  transcripts?: TranscriptStore;
  /** The local Direct Line's limits per client address (tests loosen them). */
  directLineRates?: DirectLineRates;
  /** The anonymous figures for beleidsmedewerkers (/api/inzicht, /inzicht). */
  insight?: InsightService;
  /** Plans kept with "Bewaar mijn plan" (/plan/<token>, /plan/<token>.pdf). */
  plans?: PlanStore;
}

const SessionRequest = z.object({ gemeente: z.string().regex(GEMEENTE_ID).optional() }).passthrough();

/**
 * CORS for the browser-facing API: only the configured gemeente websites (and the bot's own pages) may
 * call it from a browser. Requests from elsewhere get no CORS headers, and their preflight a 403.
 */
function cors(allowed: ReadonlySet<string>) {
  return (req: Request, res: Response, next: (err?: unknown) => void) => {
    const origin = req.headers.origin;
    const path = req.getPath();
    const browserApi = path.startsWith('/api/webchat') || path.startsWith('/v3/directline');
    if (!origin || !browserApi) return next();
    if (allowed.has(origin)) {
      res.header('Access-Control-Allow-Origin', origin);
      res.header('Vary', 'Origin');
      res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent');
      res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    }
    if (req.method === 'OPTIONS') {
      res.send(allowed.has(origin) ? 204 : 403);
      return next(false);
    }
    return next();
  };
}

/** The HTTP server: the Bot Framework endpoint, the local Direct Line, health, and the web page. */
export function createServer(deps: ServerDeps): Server {
  const { config, log, adapter, bot, storage } = deps;
  // restify's own logger would write whole request objects (with what people typed): keep it silent; we log ourselves.
  const server = restify.createServer({ name: 'geldgesprek', handleUncaughtExceptions: false, log: createLogger('silent') as never });
  const gemeenten = deps.gemeenten ?? new Map<string, Gemeente>();
  const hostOrigins = [...new Set([...gemeenten.values()].flatMap((g) => g.allowedOrigins))];
  const selfOrigins = [`http://localhost:${config.PORT}`, `http://127.0.0.1:${config.PORT}`];
  server.pre(cors(new Set([...hostOrigins, ...selfOrigins])));
  // HEAD wherever GET is: restify routes HEAD only where asked, so it goes to the GET route; Node's
  // response already knows the request was HEAD and sends the headers without the body.
  server.pre((req: Request, _res: Response, next: () => void) => {
    if (req.method === 'HEAD') req.method = 'GET';
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: false }));
  server.use(jsonDepthLimit());

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
    log.warn({ event: 'http.rejected', status: err.statusCode, route: req.getRoute()?.path ?? 'none', reason: err.name }, 'Request rejected');
    return cb();
  });

  server.post('/api/messages', async (req, res) => {
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
      res.send(400, { error: { code: 'BadRequest', message: 'The body must be a JSON activity object' } });
      return;
    }
    const parsed = IncomingActivity.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      res.send(400, { error: { code: 'BadRequest', message: `Invalid activity: ${issue.path.join('.') || 'body'} ${issue.message}` } });
      return;
    }
    // Unsigned requests (no app id) may only ask for replies on this machine, as the Emulator does.
    if (!config.MicrosoftAppId && !isLoopbackUrl(parsed.data.serviceUrl)) {
      res.send(400, { error: { code: 'BadRequest', message: 'Without an app id, the serviceUrl must be on this machine' } });
      return;
    }
    try {
      await adapter.processRequest(req, res, (context) => bot.run(context));
    } catch (err) {
      log.error({ event: 'http.messages.failed', reason: (err as Error).message }, 'Processing failed');
      if (!res.headersSent) res.send(500, { error: { code: 'InternalError', message: 'The bot could not process this activity' } });
    }
  });

  const localDirectLine = localDirectLineEnabled(config);
  if (localDirectLine) {
    const serviceUrl = () => `http://localhost:${(server.address() as { port?: number } | null)?.port ?? config.PORT}/`;
    mountLocalDirectLine(server, { adapter: deps.inProcess, bot, log, serviceUrl }, deps.transcripts, deps.directLineRates);
  }

  // Each session may ask Azure for a Direct Line token: limited per address like creating a conversation.
  const sessionRates = deps.directLineRates ?? DEFAULT_RATES;
  const sessionLimit = restify.plugins.throttle({ burst: sessionRates.createBurst, rate: sessionRates.createPerSecond, ip: true });
  server.post('/api/webchat/session', sessionLimit, async (req, res) => {
    const asked = SessionRequest.safeParse(req.body ?? {});
    const gemeente = asked.success && asked.data.gemeente ? gemeenten.get(asked.data.gemeente) : undefined;
    const theme: PageTheme | null = gemeente ? { id: gemeente.id, name: gemeente.name, ...gemeente.page } : null;
    try {
      if (!config.DIRECT_LINE_SECRET && !localDirectLine) throw new DirectLineTokenError('No Direct Line: neither DIRECT_LINE_SECRET nor the local one');
      res.send(200, { ...(await createWebchatSession(config)), gemeente: theme });
    } catch (err) {
      const known = err instanceof DirectLineTokenError;
      log.error({ event: 'webchat.session.failed', reason: (err as Error).message }, 'Could not start a web chat session');
      res.send(known ? 502 : 500, { error: { code: 'SessionUnavailable', message: 'The chat cannot start right now' } });
    }
  });

  server.get('/healthz', async (_req, res) => {
    // Answers within HEALTH_MS even while Redis hangs (its ping times out sooner).
    const health = await within(storage.health(), HEALTH_MS, { kind: storage.kind, ok: false, detail: 'no answer in time' });
    res.send(health.ok ? 200 : 503, { status: health.ok ? 'ok' : 'unavailable', storage: health });
  });

  const chatCsp = contentSecurityPolicy(config, hostOrigins);
  const pageCsp = contentSecurityPolicy(config);
  const webDir = path.join(projectRoot(), 'web');
  const files: Record<string, { file: string; type: string; csp: string }> = {
    '/': { file: path.join(webDir, 'index.html'), type: 'text/html; charset=utf-8', csp: chatCsp },
    '/chat.js': { file: path.join(webDir, 'chat.js'), type: 'text/javascript; charset=utf-8', csp: pageCsp },
    '/chat.css': { file: path.join(webDir, 'chat.css'), type: 'text/css; charset=utf-8', csp: pageCsp },
    '/webchat.js': { file: webchatBundlePath(), type: 'text/javascript; charset=utf-8', csp: pageCsp },
    '/embed.js': { file: path.join(webDir, 'embed.js'), type: 'text/javascript; charset=utf-8', csp: pageCsp },
    '/favicon.ico': { file: path.join(webDir, 'favicon.ico'), type: 'image/x-icon', csp: pageCsp },
    '/voorbeeld-gemeente.html': { file: path.join(webDir, 'voorbeeld-gemeente.html'), type: 'text/html; charset=utf-8', csp: pageCsp },
    '/plan.css': { file: path.join(webDir, 'plan.css'), type: 'text/css; charset=utf-8', csp: pageCsp },
    '/plan.js': { file: path.join(webDir, 'plan.js'), type: 'text/javascript; charset=utf-8', csp: pageCsp },
  };
  if (deps.insight) registerInsightRoutes(server, { service: deps.insight, log, csp: pageCsp });
  if (deps.plans) registerPlanRoutes(server, { plans: deps.plans, log, csp: pageCsp });
  for (const [route, { file, type, csp }] of Object.entries(files)) {
    const body = readFileSync(file); // read once at start-up: a missing file stops start-up, not the first visitor
    server.get(route, async (_req, res) => {
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': route === '/webchat.js' || route === '/favicon.ico' ? 'public, max-age=86400' : 'no-cache',
        // The snippet is loaded by gemeente websites; everything else is for our own pages.
        ...(route === '/embed.js' ? { 'Cross-Origin-Resource-Policy': 'cross-origin' } : {}),
      });
      res.end(body);
    });
  }
  return server;
}
