import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Next, Request, Response, Server } from 'restify';
import { GEMEENTE_ID } from '../content/gemeenteSchema';
import type { InsightService } from '../insight/service';
import type { Logger } from '../log';
import { projectRoot } from '../paths';

export interface InsightRouteDeps {
  service: InsightService;
  log: Logger;
  /** The content security policy for the page and its scripts. */
  csp: string;
}

/** Chart.js's browser build, from the installed package: no CDN. */
function chartBundlePath(): string {
  return path.join(projectRoot(path.dirname(require.resolve('chart.js'))), 'dist', 'chart.umd.js');
}

const param = (req: Request, name: string): string => {
  const value = (req.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
};

const query = (req: Request, name: string): string | undefined => {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The beleidsmedewerker's figures: `GET /api/inzicht/<id>` (JSON) and `<id>.csv` (per week), with the
 * gemeente's or region's key as a Bearer token; and the page `/inzicht/<id>` that asks for the key.
 */
export function registerInsightRoutes(server: Server, deps: InsightRouteDeps): void {
  const { service, log, csp } = deps;

  server.get('/api/inzicht/:id', async (req: Request, res: Response) => {
    const raw = param(req, 'id');
    const csv = raw.endsWith('.csv');
    const id = csv ? raw.slice(0, -4) : raw;
    res.header('Cache-Control', 'no-store');
    if (!GEMEENTE_ID.test(id)) {
      res.send(401, { error: 'Geen geldige sleutel' });
      return;
    }
    try {
      const answer = await service.figures(id, req.headers.authorization, query(req, 'van'), query(req, 'tot'));
      if (answer.status !== 200) {
        if (answer.status === 401) log.warn({ event: 'inzicht.unauthorised' }, 'Figures asked without a valid key');
        res.send(answer.status, { error: answer.error });
        return;
      }
      if (!csv) {
        res.send(200, answer.report);
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="inzicht-${id}-${answer.report.van}-${answer.report.tot}.csv"`,
        'Cache-Control': 'no-store',
      });
      res.end(answer.csv);
    } catch (err) {
      log.error({ event: 'inzicht.failed', reason: (err as Error).message }, 'Figures could not be read');
      res.send(503, { error: 'De cijfers zijn nu niet te lezen' });
    }
  });

  const webDir = path.join(projectRoot(), 'web');
  const assets: Record<string, { file: string; type: string }> = {
    '/inzicht.js': { file: path.join(webDir, 'inzicht.js'), type: 'text/javascript; charset=utf-8' },
    '/inzicht.css': { file: path.join(webDir, 'inzicht.css'), type: 'text/css; charset=utf-8' },
    '/chart.js': { file: chartBundlePath(), type: 'text/javascript; charset=utf-8' },
  };
  const headers = (type: string) => ({ 'Content-Type': type, 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-cache' });
  for (const [route, { file, type }] of Object.entries(assets)) {
    const body = readFileSync(file);
    server.get(route, (_req: Request, res: Response, next: Next) => {
      res.writeHead(200, headers(type));
      res.end(body);
      next();
    });
  }
  // The page is the same for every id: it shows nothing until the key opens the figures.
  const page = readFileSync(path.join(webDir, 'inzicht.html'));
  server.get('/inzicht/:id', (req: Request, res: Response, next: Next) => {
    if (!GEMEENTE_ID.test(param(req, 'id'))) res.send(404, { error: 'Niet gevonden' });
    else {
      res.writeHead(200, { ...headers('text/html; charset=utf-8'), 'X-Frame-Options': 'DENY' });
      res.end(page);
    }
    next();
  });
}
