import type { DialogContext } from 'botbuilder-dialogs';
import { content, type InterruptKind } from '../content';
import { matchInterrupt, type InterruptTable } from '../language';
import { renderSay, type RenderVars } from './render';

/** The order interrupts are checked in: deleting data and urgent help come before anything else. */
const TABLE: InterruptTable<InterruptKind> = (['deleteData', 'urgent', 'restart', 'stop', 'help'] as const).map(
  (kind) => [kind, content.interrupts[kind]] as const,
);

export function findInterrupt(text: string): InterruptKind | null {
  return matchInterrupt(text, TABLE);
}

/** What the turn must do with the conversation's stored state after an interrupt. */
export type InterruptOutcome = { state: 'keep' | 'pause' | 'delete' };

/**
 * Handles an interrupt before any flow. Help and urgent help answer and then repeat the current
 * question; stop keeps everything for later; opnieuw starts over; deleting removes the state.
 */
export async function handleInterrupt(
  kind: InterruptKind,
  dc: DialogContext,
  vars: RenderVars,
  startOver: (dc: DialogContext) => Promise<unknown>,
): Promise<InterruptOutcome> {
  const say = (key: Parameters<typeof renderSay>[0][number]) => dc.context.sendActivities(renderSay([key], vars));
  switch (kind) {
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
      await say(kind === 'help' ? 'interrupt.help' : 'interrupt.urgent');
      if (dc.activeDialog) await dc.repromptDialog();
      else await startOver(dc);
      return { state: 'keep' };
  }
}
