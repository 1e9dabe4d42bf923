import type { CrisisCheck } from './flows';
import { content, type InterruptKind } from '../content';
import { detectCrisis, matchInterrupt, type Crisis, type CrisisType, type InterruptTable } from '../language';

/** The order interrupts are checked in: deleting data and urgent help come before anything else. */
const TABLE: InterruptTable<InterruptKind> = (['deleteData', 'urgent', 'restart', 'stop', 'keepPlan', 'lookup', 'progress', 'help', 'explain'] as const).map(
  (kind) => [kind, content.interrupts[kind]] as const,
);

interface TableOptions {
  explain?: boolean;
  keepPlan?: boolean;
  lookup?: boolean;
}

/**
 * The table for this moment. While practising, "hoe bedoel je?" is the professional's question to the client,
 * not a request to explain (nor is impatience a question about progress there). "Bewaar", "printen" and the
 * like only mean the plan once there is one to keep. "Wegwijzer" opens the lookup only where it is no button
 * of the question (not in the welcome, not in the lookup itself).
 */
function tableFor(options: TableOptions): InterruptTable<InterruptKind> {
  const key = `${options.explain !== false}:${options.keepPlan === true}:${options.lookup === true}`;
  let table = TABLES.get(key);
  if (!table) {
    table = TABLE.filter(
      ([kind]) =>
        ((kind !== 'explain' && kind !== 'progress') || options.explain !== false) && (kind !== 'keepPlan' || options.keepPlan === true) && (kind !== 'lookup' || options.lookup === true),
    );
    TABLES.set(key, table);
  }
  return table;
}

/** The tables, each made once: the matcher normalises a table's phrases once per table object (see matchInterrupt). */
const TABLES = new Map<string, InterruptTable<InterruptKind>>();

/** What a message asks for before any flow: a crisis first, then the words that always work. */
export type Interrupt = ({ kind: 'crisis' } & Crisis) | { kind: InterruptKind };

/**
 * A crisis signal (either level) before anything else, so no button word or answer can swallow it
 * ("het heeft allemaal geen zin meer" is no "geen zin" to a question); then the words that always work.
 */
export function findInterrupt(
  text: string,
  options: TableOptions & { crisis?: CrisisCheck; priorDistress?: boolean; topic?: CrisisType } = {},
): Interrupt | null {
  const check = options.crisis ?? 'all';
  const detected = check === 'none' ? null : detectCrisis(text, { priorDistress: options.priorDistress });
  // A possible signal of what the question itself asks about is the answer to it, not a crisis check; where
  // only certain signals count (the lookup), a possible one is no interrupt at all.
  const crisis = detected && detected.level === 'possible' && (detected.type === options.topic || check === 'certain') ? null : detected;
  if (crisis) return { kind: 'crisis', ...crisis };
  const kind = matchInterrupt(text, tableFor(options));
  return kind ? { kind } : null;
}
