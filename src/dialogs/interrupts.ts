import type { DialogContext } from 'botbuilder-dialogs';
import { content, type InterruptKind } from '../content';
import { detectCrisis, matchInterrupt, type CrisisType, type InterruptTable } from '../language';
import { renderSay, type RenderVars } from './render';

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

/** What the turn must do with the conversation's stored state after an interrupt. */
export type InterruptOutcome = { state: 'keep' | 'pause' | 'delete'; crisis?: CrisisType };

const CRISIS_TEXT = {
  suicide: 'crisis.suicide',
  violence: 'crisis.violence',
  homeless: 'crisis.homeless',
  hunger: 'crisis.hunger',
} as const satisfies Record<CrisisType, string>;

/**
 * Handles an interrupt before any flow. A crisis gets its help at once, then the way back; help and
 * urgent help answer and then repeat the current question; stop keeps everything for later;
 * opnieuw starts over; deleting removes the state.
 */
export async function handleInterrupt(
  interrupt: Interrupt,
  dc: DialogContext,
  vars: RenderVars,
  startOver: (dc: DialogContext) => Promise<unknown>,
): Promise<InterruptOutcome> {
  const say = (key: Parameters<typeof renderSay>[0][number]) => dc.context.sendActivities(renderSay([key], vars));
  const backToWhereWeWere = async () => {
    if (dc.activeDialog) await dc.repromptDialog();
    else await startOver(dc);
  };
  switch (interrupt.kind) {
    case 'crisis':
      // Help first, at once; then a gentle way back, in case the bot misread ordinary worry.
      await dc.context.sendActivities(renderSay([CRISIS_TEXT[interrupt.type], 'crisis.continue'], vars));
      await backToWhereWeWere();
      return { state: 'keep', crisis: interrupt.type };
    case 'deleteData':
      await dc.cancelAllDialogs();
      await say('interrupt.deleted');
      return { state: 'delete' };
    case 'stop':
      await say('interrupt.stop');
      return { state: 'pause' };
    case 'restart':
      await say('interrupt.restart');
      await dc.cancelAllDialogs();
      await startOver(dc);
      return { state: 'keep' };
    case 'help':
    case 'urgent':
      await say(interrupt.kind === 'help' ? 'interrupt.help' : 'interrupt.urgent');
      await backToWhereWeWere();
      return { state: 'keep' };
  }
}
