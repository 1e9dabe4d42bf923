import type { Counts } from './store';

/** A figure as shown: the number, `<5` below the threshold, or `verborgen` where it would let a small one be computed back. */
export type Shown = number | string;

export const SECONDARY = 'verborgen';
const SCALARS = ['gesprekken', 'metPlan', 'recentVrij', 'terugbellen'] as const;
const TOTAL = 'totaal';
const NOT_RELEASED = '~nietRecentVrij';

export interface Report {
  gemeente: string;
  van: string;
  tot: string;
  gesprekken: Shown;
  metPlan: Shown;
  recentVrij: Shown;
  doorverwijzingen: Record<string, Shown>;
  fases: Record<string, Record<string, Shown>>;
  crisis: Record<string, Shown>;
  terugbellen: Shown;
  uitval: Record<string, Shown>;
}

/** Figures per week and for the whole range, protected together, so neither lets a small count be computed back. */
export interface ProtectedTable {
  fields: string[];
  weeks: Array<{ week: string; values: Record<string, Shown> }>;
  total: Record<string, Shown>;
}

interface Cell {
  value: number;
  known: boolean;
  hidden?: boolean;
}
interface Group {
  total: Cell;
  parts: Cell[];
}

/** Sums several gemeenten's weeks (a region). */
export function sumWeeks(all: ReadonlyArray<Map<string, Counts>>, weeks: readonly string[]): Map<string, Counts> {
  return new Map(
    weeks.map((week) => {
      const sum: Counts = {};
      for (const one of all) for (const [f, n] of Object.entries(one.get(week) ?? {})) sum[f] = (sum[f] ?? 0) + n;
      return [week, sum];
    }),
  );
}

/**
 * Primary suppression: every count from 1 to min-1. Secondary suppression: in every group whose sum is known
 * (a field over the weeks; gesprekken = metPlan + uitval per step; recently released or not), a small count
 * that is the only unknown one would follow from the others, so the smallest other count is hidden too.
 */
export function protect(weekly: Map<string, Counts>, min: number): ProtectedTable {
  const weeks = [...weekly.keys()];
  const seen = new Set<string>();
  for (const counts of weekly.values()) for (const [f, n] of Object.entries(counts)) if (n > 0) seen.add(f);
  const rest = [...seen].filter((f) => !(SCALARS as readonly string[]).includes(f)).sort();
  const fields = [...SCALARS, ...rest];
  const sensitive = (c: Cell) => c.value > 0 && c.value < min;
  const cells = new Map<string, Map<string, Cell>>();
  const cell = (col: string, field: string): Cell => cells.get(col)!.get(field)!;
  for (const col of [...weeks, TOTAL]) {
    const row = new Map<string, Cell>();
    for (const f of fields) {
      const value = col === TOTAL ? weeks.reduce((s, w) => s + (weekly.get(w)?.[f] ?? 0), 0) : (weekly.get(col)?.[f] ?? 0);
      row.set(f, { value, known: !(value > 0 && value < min) });
    }
    row.set(NOT_RELEASED, { value: Math.max(0, row.get('gesprekken')!.value - row.get('recentVrij')!.value), known: false, hidden: true });
    cells.set(col, row);
  }
  const groups: Group[] = fields.map((f) => ({ total: cell(TOTAL, f), parts: weeks.map((w) => cell(w, f)) }));
  for (const col of [...weeks, TOTAL]) {
    groups.push({ total: cell(col, 'gesprekken'), parts: [cell(col, 'metPlan'), ...fields.filter((f) => f.startsWith('uitval:')).map((f) => cell(col, f))] });
    groups.push({ total: cell(col, 'gesprekken'), parts: [cell(col, 'recentVrij'), cell(col, NOT_RELEASED)] });
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const { total, parts } of groups) {
      const unknown = [total, ...parts].filter((c) => !c.known);
      if (unknown.length !== 1 || !sensitive(unknown[0])) continue;
      const candidates = parts.filter((c) => c.known && !c.hidden && c.value > 0).sort((a, b) => a.value - b.value);
      const next = candidates[0] ?? (total.known && total.value > 0 ? total : undefined);
      if (!next) continue;
      next.known = false;
      changed = true;
    }
  }
  const show = (c: Cell): Shown => (c.known ? c.value : c.value < min ? `<${min}` : SECONDARY);
  const values = (col: string) => Object.fromEntries(fields.map((f) => [f, show(cell(col, f))]));
  return { fields, weeks: weeks.map((week) => ({ week, values: values(week) })), total: values(TOTAL) };
}

/** The JSON answer: the range's totals, with only the kinds that occurred. */
export function toReport(table: ProtectedTable, raw: Map<string, Counts>, meta: { gemeente: string; van: string; tot: string }): Report {
  const total = (f: string) => [...raw.values()].reduce((s, c) => s + (c[f] ?? 0), 0);
  const report: Report = { ...meta, gesprekken: table.total.gesprekken, metPlan: table.total.metPlan, recentVrij: table.total.recentVrij, doorverwijzingen: {}, fases: {}, crisis: {}, terugbellen: table.total.terugbellen, uitval: {} };
  for (const f of table.fields) {
    if (total(f) <= 0) continue;
    const [kind, a, b] = f.split(':');
    if (kind === 'doorverwijzing') report.doorverwijzingen[a] = table.total[f];
    else if (kind === 'crisis') report.crisis[a] = table.total[f];
    else if (kind === 'uitval') report.uitval[a] = table.total[f];
    else if (kind === 'fase') (report.fases[a] ??= {})[b] = table.total[f];
  }
  return report;
}

/** The same per week as CSV: one row per week, one column per figure. */
export function toCsv(table: ProtectedTable): string {
  const rows = [['week', ...table.fields], ...table.weeks.map(({ week, values }) => [week, ...table.fields.map((f) => String(values[f]))])];
  return rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
}
