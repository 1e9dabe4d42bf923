import { MAX_TEXT_LENGTH } from '../language';
import { helpKey, othersHelpKey } from './crisisFlow';
import { findInterrupt } from './interrupts';
import { urgentHelp } from './localHelp';
import { renderSay } from './render';
import type { Reply } from './reply';

/**
 * Help that needs no stored state: for a crisis message (either level), someone else's crisis, and "hulp nu".
 * The bot layer uses it when a turn fails (storage down), so a person in danger, or one who asks for someone
 * else, always gets the numbers. The gemeente reaches a conversation only with the page's join event, kept in
 * the state: here it is not known, so the help is national.
 */
export function statelessHelp(text: string | undefined): Reply[] | null {
  const interrupt = findInterrupt(String(text ?? '').slice(0, MAX_TEXT_LENGTH));
  if (interrupt?.kind === 'crisis') return renderSay([helpKey(interrupt.type, interrupt.home), ...(interrupt.type === 'homeless' ? (['crisis.sleep.national', 'crisis.sleep.phone'] as const) : [])]);
  if (interrupt?.kind === 'someoneElse') return renderSay([othersHelpKey(interrupt.type, interrupt.home), 'crisis.anderen.jij']);
  if (interrupt?.kind === 'urgent') return urgentHelp(undefined);
  return null;
}
