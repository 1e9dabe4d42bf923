/** ISO weeks ("2026-W05"): the finest time the figures know. */
export const WEEK = /^(\d{4})-W(\d{2})$/;

const DAY = 86_400_000;

/** The ISO week a moment falls in. */
export function isoWeek(ms: number): string {
  const d = new Date(ms);
  const date = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const weekday = (new Date(date).getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(date - weekday * DAY + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (UTC, ms) that starts an ISO week, or NaN for a week that does not exist. */
export function weekStart(week: string): number {
  const m = WEEK.exec(week);
  if (!m) return NaN;
  const year = Number(m[1]);
  const n = Number(m[2]);
  const jan4 = Date.UTC(year, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  const start = monday1 + (n - 1) * 7 * DAY;
  return n >= 1 && isoWeek(start) === week ? start : NaN;
}

/** Every week from `van` to `tot`, both included; at most `max` weeks (null when the range is invalid or too long). */
export function weeksBetween(van: string, tot: string, max = 104): string[] | null {
  const from = weekStart(van);
  const to = weekStart(tot);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return null;
  const weeks: string[] = [];
  for (let t = from; t <= to; t += 7 * DAY) {
    weeks.push(isoWeek(t));
    if (weeks.length > max) return null;
  }
  return weeks;
}
