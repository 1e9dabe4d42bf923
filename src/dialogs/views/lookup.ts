import { ActivityTypes, InputHints, type Activity } from 'botbuilder';
import { content, fill } from '../../content';
import { oefenen } from '../../content/personas';
import { lookupEntry, wegwijzer, wegwijzerIndex, type LookupEntry } from '../../content/wegwijzer';
import type { WegwijzerContext } from '../../machines/wegwijzer';
import { phaseOf } from '../../machines/routekaartStepper';

const text = (key: string, vars: Record<string, string>) => fill(String(oefenen.texts[key]), vars);

function message(body: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text: body, textFormat: 'plain', inputHint: InputHints.IgnoringInput };
}

const entryText = (e: LookupEntry) => [e.title, ...e.lines.map((l) => `• ${l}`)].join('\n');

export function renderSection(context: WegwijzerContext): Partial<Activity>[] {
  if (!context.section) return [];
  const entries = wegwijzer.entries.filter((e) => e.section === context.section);
  return [message(wegwijzer.sections[context.section]), ...entries.map((e) => message(entryText(e)))];
}

/** The best two or three entries for what the professional typed. */
export function renderSearch(context: WegwijzerContext): Partial<Activity>[] {
  const query = context.query ?? '';
  const hits = wegwijzerIndex.search(query, 3);
  if (hits.length === 0) return [message(text('geenResultaat', { query }))];
  return [message(text('zoekResultaat', { query })), ...hits.map((h) => message(entryText(lookupEntry(h.id)!)))];
}

/** The routekaart stepper: the outcomes just passed, then the next box of the source. */
export function renderStepperStep(context: WegwijzerContext): Partial<Activity>[] {
  const { node, passed } = context.stepper;
  const out = passed.map(({ phase, leaf }) =>
    message(text('stapUitkomst', { fase: content.routekaart.phases[phase].title, tekst: content.routekaart.phases[phase].leaves[leaf].source })),
  );
  if (node) {
    const phase = phaseOf(node);
    out.push(message(text('stapVraag', { fase: content.routekaart.phases[phase].title, vraag: content.routekaart.phases[phase].nodes[node].source })));
  } else {
    out.push(message(String(oefenen.texts.stapKlaar)));
  }
  return out;
}
