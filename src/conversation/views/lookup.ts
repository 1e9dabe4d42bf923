import { content, type ContentKey } from '../../content';
import { lines, type RenderVars } from '../render';
import { textMessage, type TextReply } from '../reply';
import { lookupEntry, wegwijzer, wegwijzerIndex, type LookupEntry } from '../../content/wegwijzer';
import type { WegwijzerContext } from '../../machines/wegwijzer';
import { phaseOf } from '../../machines/routekaartStepper';

const text = (key: ContentKey, vars: RenderVars = {}) => lines(key, vars).join('\n');

const entryText = (e: LookupEntry) => [e.title, ...e.lines.map((l) => `• ${l}`)].join('\n');

export function renderSection(context: WegwijzerContext): TextReply[] {
  if (!context.section) return [];
  const entries = wegwijzer.entries.filter((e) => e.section === context.section);
  return [textMessage(wegwijzer.sections[context.section]), ...entries.map((e) => textMessage(entryText(e)))];
}

/** The best two or three entries for what the professional typed. */
export function renderSearch(context: WegwijzerContext): TextReply[] {
  const query = context.query ?? '';
  const hits = wegwijzerIndex.search(query, 3);
  if (hits.length === 0) return [textMessage(text('wegwijzer.geenResultaat', { query }))];
  return [textMessage(text('wegwijzer.zoekResultaat', { query })), ...hits.map((h) => textMessage(entryText(lookupEntry(h.id)!)))];
}

/** The routekaart stepper: the outcomes just passed, then the next box of the source. */
export function renderStepperStep(context: WegwijzerContext): TextReply[] {
  const { node, passed } = context.stepper;
  const out = passed.map(({ phase, leaf }) =>
    textMessage(text('wegwijzer.stapUitkomst', { fase: content.routekaart.phases[phase].title, tekst: content.routekaart.phases[phase].leaves[leaf].source })),
  );
  if (node) {
    const phase = phaseOf(node);
    out.push(textMessage(text('wegwijzer.stapVraag', { fase: content.routekaart.phases[phase].title, vraag: content.routekaart.phases[phase].nodes[node].source })));
  } else {
    out.push(textMessage(text('wegwijzer.stapKlaar')));
  }
  return out;
}
