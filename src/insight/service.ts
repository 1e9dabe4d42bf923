import { authorised, type InsightScope } from './access';
import { protect, sumWeeks, toCsv, toReport, type Report } from './report';
import type { CountStore } from './store';
import { isoWeek, WEEK, weeksBetween } from './week';

/** The lowest threshold allowed: a setting may raise it, never lower it. */
export const MIN_SHOWN = 5;

export interface InsightDeps {
  store: CountStore;
  scopes: ReadonlyMap<string, InsightScope>;
  env: NodeJS.ProcessEnv;
  /** Counts below this are shown as "<n"; at least 5. */
  minCount?: number;
  now?: () => number;
}

export type InsightAnswer =
  | { status: 200; report: Report; csv: string }
  | { status: 400 | 401; error: string };

/** The figures a key may see: one gemeente's or a region's (summed), for a range of ISO weeks, protected. */
export class InsightService {
  private readonly min: number;

  constructor(private readonly deps: InsightDeps) {
    this.min = Math.max(MIN_SHOWN, deps.minCount ?? MIN_SHOWN);
  }

  /** Every id a page can be asked for (for the page route). */
  has(id: string): boolean {
    return this.deps.scopes.has(id);
  }

  async figures(id: string, authorization: string | undefined, van?: string, tot?: string): Promise<InsightAnswer> {
    const scope = this.deps.scopes.get(id);
    // The same answer for an unknown id as for a wrong key: nobody learns which ids exist.
    if (!authorised(scope, authorization, this.deps.env) || !scope) return { status: 401, error: 'Geen geldige sleutel' };
    const now = (this.deps.now ?? Date.now)();
    const to = tot ?? isoWeek(now);
    const from = van ?? isoWeek(now - 11 * 7 * 86_400_000);
    const weeks = WEEK.test(from) && WEEK.test(to) ? weeksBetween(from, to) : null;
    if (!weeks) return { status: 400, error: 'van en tot moeten weken zijn zoals 2026-W01, van niet na tot, hooguit 104 weken' };
    const raw = sumWeeks(await Promise.all(scope.gemeenten.map((g) => this.deps.store.read(g, weeks))), weeks);
    const table = protect(raw, this.min);
    return { status: 200, report: toReport(table, raw, { gemeente: scope.id, van: from, tot: to }), csv: toCsv(table) };
  }
}
