import { content, type InterruptKind } from '../content';
import { detectCrisis, matchInterrupt, type CrisisType, type InterruptTable } from '../language';

/** The order interrupts are checked in: deleting data and urgent help come before anything else. */
const TABLE: InterruptTable<InterruptKind> = (['deleteData', 'urgent', 'restart', 'stop', 'help'] as const).map(
  (kind) => [kind, content.interrupts[kind]] as const,
);

/** What a message asks for before any flow: a crisis first, then the words that always work. */
export type Interrupt = { kind: 'crisis'; type: CrisisType } | { kind: InterruptKind };

export function findInterrupt(text: string, options: { crisis?: boolean } = {}): Interrupt | null {
  const crisis = options.crisis === false ? null : detectCrisis(text);
  if (crisis) return { kind: 'crisis', type: crisis.type };
  const kind = matchInterrupt(text, TABLE);
  return kind ? { kind } : null;
}

/** The help text for each crisis type. */
export const CRISIS_TEXT = {
  suicide: 'crisis.suicide',
  violence: 'crisis.violence',
  homeless: 'crisis.homeless',
  hunger: 'crisis.hunger',
} as const satisfies Record<CrisisType, string>;
