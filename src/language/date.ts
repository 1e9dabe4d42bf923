import type * as Chrono from 'chrono-node';
import { readDuration } from './duration';
import { normalize } from './normalize';

let chronoModule: typeof Chrono | undefined;
/** chrono-node, loaded on the first date that needs it rather than at start-up (it takes longer to load than the rest of the Dutch layer). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const chrono = (): typeof Chrono => (chronoModule ??= require('chrono-node') as typeof Chrono);

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function addDays(now: Date, days: number): Date {
  const d = new Date(now.getTime());
  d.setDate(d.getDate() + days);
  return d;
}

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** "volgende week maandag": that day in the coming week (chrono reads it as this week's). */
function weekdayNextWeek(text: string, now: Date): Date | null {
  const m = text.match(new RegExp(`\\bvolgende week (${WEEKDAYS.join('|')})\\b|\\b(${WEEKDAYS.join('|')}) volgende week\\b`));
  if (!m) return null;
  const target = WEEKDAYS.indexOf(m[1] ?? m[2]);
  const mondayNextWeek = addDays(now, ((8 - now.getDay()) % 7) || 7);
  return addDays(mondayNextWeek, (target + 6) % 7);
}

/** "begin maart", "half april", "eind december", "eind volgende maand": chrono reads these as the 1st; we read the part of the month. */
function partOfMonth(text: string, now: Date): Date | null {
  const m = text.match(new RegExp(`\\b(begin|start|half|midden|medio|eind|einde)\\s+(${MONTHS.join('|')}|volgende maand|deze maand)\\b`));
  if (!m) return null;
  const month = m[2] === 'volgende maand' ? (now.getMonth() + 1) % 12 : m[2] === 'deze maand' ? now.getMonth() : MONTHS.indexOf(m[2]);
  const day = m[1] === 'begin' || m[1] === 'start' ? 1 : m[1].startsWith('ei') ? new Date(now.getFullYear(), month + 1, 0).getDate() : 15;
  let year = now.getFullYear();
  if (new Date(year, month, day) < new Date(now.getFullYear(), now.getMonth(), now.getDate())) year += 1;
  return new Date(year, month, day);
}

/**
 * A date from Dutch words, relative to `now`: "15 januari", "morgen", "over twee weken", "volgende maand".
 * Ambiguous dates ("vrijdag", "15 januari") are read forward: people talk about release, appointments and
 * payments to come. Words that point back ("3 weken geleden", "gisteren") give a past date.
 */
export function readDate(raw: string, now: Date): string | null {
  const text = normalize(raw);
  if (text === '') return null;
  const part = partOfMonth(text, now) ?? weekdayNextWeek(text, now);
  if (part) return isoDate(part);
  // "over een week of twee": a rough span; chrono would read only "over een week".
  if (/\bover\b/.test(text) && /\b(dag|dagen|week|weken|maand|maanden|jaar) of \S+/.test(text)) {
    const rough = readDuration(raw);
    if (rough) return isoDate(addDays(now, rough.days));
  }
  if (/\bovermorgen\b/.test(text)) return isoDate(addDays(now, 2));
  if (/\beergisteren\b/.test(text)) return isoDate(addDays(now, -2));
  // Of several readings ("ik kom vrij op 15 januari" also holds "vrij", short for vrijdag), the one that names a day and a month wins.
  const results = chrono().nl.parse(raw.slice(0, 300), now, { forwardDate: true });
  const best = results.find((r) => r.start.isCertain('day') && r.start.isCertain('month')) ?? results.find((r) => r.text.length > 4) ?? results[0];
  if (best) return isoDate(best.start.date());
  const duration = readDuration(raw);
  if (duration) return isoDate(addDays(now, duration.past ? -duration.days : duration.days));
  return null;
}

/** Days from `now` to the date the words name, when they name a date instead of a span ("15 januari"). */
export function daysUntil(raw: string, now: Date): number | null {
  const iso = readDate(raw, now);
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((new Date(y, m - 1, d).getTime() - today.getTime()) / 86_400_000);
}
