import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../log';
import { PLAN_TOKEN } from '../plan/keptPlan';
import { notFoundPage, planPage, unavailablePage } from '../plan/page';
import { planPdf } from '../plan/pdf';
import type { PlanStore } from '../plan/store';

export interface PlanRouteDeps {
  plans: PlanStore;
  log: Logger;
  /** The content security policy for the page (its stylesheet and script are the bot's own). */
  csp: string;
}

/** `<token>` for the page, `<token>.pdf` for the PDF; anything else is no plan. */
const PlanAddress = z
  .string()
  .max(40)
  .transform((raw) => (raw.endsWith('.pdf') ? { token: raw.slice(0, -4), pdf: true } : { token: raw, pdf: false }))
  .refine((a) => PLAN_TOKEN.test(a.token));

/** A kept plan is one person's: never cached, never indexed, and no address of it sent on to another site. */
const PRIVATE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * "Bewaar mijn plan": `GET /plan/<token>` (the page, to read and print) and `GET /plan/<token>.pdf` (the same
 * as an A4 PDF to download). An unknown, expired, removed or malformed address gets a friendly Dutch 404 page;
 * a store that does not answer, a 503 page. Neither ever shows an error's details.
 */
export function registerPlanRoutes(server: Server, deps: PlanRouteDeps): void {
  const { plans, log, csp } = deps;
  const html = (res: Response, status: number, body: string) => {
    res.writeHead(status, { ...PRIVATE_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
    res.end(body);
  };

  server.get('/plan/:address', async (req: Request, res: Response) => {
    const raw = (req.params as Record<string, unknown> | undefined)?.address;
    const address = PlanAddress.safeParse(raw);
    if (!address.success) return html(res, 404, notFoundPage());
    const { token, pdf } = address.data;
    try {
      const plan = await plans.get(token);
      if (!plan) return html(res, 404, notFoundPage());
      if (!pdf) return html(res, 200, planPage(plan, token));
      const body = await planPdf(plan);
      res.writeHead(200, { ...PRIVATE_HEADERS, 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="mijn-geldplan.pdf"', 'Content-Length': body.length });
      res.end(body);
    } catch (err) {
      log.error({ event: 'plan.unavailable', reason: (err as Error).message }, 'A kept plan could not be read');
      html(res, 503, unavailablePage());
    }
  });
}
