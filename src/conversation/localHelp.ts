import type { ContentKey } from '../content';
import type { Gemeente, LocalContact } from '../content/gemeenten';
import { lines, renderSay, type RenderVars } from './render';
import type { Reply } from './reply';

/** How to reach a gemeente's own contact, in plain lines ("Wijkteam Voorbeeldstad: bel 0999-654321.", "Open: …"). */
export function localHow(contact: LocalContact): string[] {
  const out = contact.phone ? lines('plan.lokaal.bel', { name: contact.name, phone: contact.phone }) : lines('plan.lokaal.naam', { name: contact.name });
  if (contact.address) out.push(...lines('plan.lokaal.adres', { address: contact.address }));
  if (contact.openingHours) out.push(...lines('plan.lokaal.open', { openingHours: contact.openingHours }));
  if (contact.walkIn) out.push(...lines('plan.lokaal.inloop', { walkIn: contact.walkIn }));
  if (contact.url) out.push(...lines('plan.lokaal.web', { url: contact.url }));
  return out;
}

/** Where to ask for a bed tonight in this gemeente: its nachtopvang, else its sociaal wijkteam; nothing without a gemeente. */
export function sleepContact(gemeente: Gemeente | undefined): { kind: 'nachtopvang' | 'sociaal-wijkteam'; contact: LocalContact } | undefined {
  const contacts = gemeente?.contacts;
  if (contacts?.nachtopvang) return { kind: 'nachtopvang', contact: contacts.nachtopvang };
  if (contacts?.['sociaal-wijkteam']) return { kind: 'sociaal-wijkteam', contact: contacts['sociaal-wijkteam'] };
  return undefined;
}

/** "hulp nu": the national numbers, then the gemeente's sociaal wijkteam where its file has one. */
export function urgentHelp(gemeente: Gemeente | undefined, vars: RenderVars = {}): Reply[] {
  const wijkteam = gemeente?.contacts['sociaal-wijkteam'];
  if (!wijkteam) return renderSay(['interrupt.urgent'], vars);
  return renderSay(['interrupt.urgent', 'interrupt.urgent.wijkteam'], { ...vars, contact: localHow(wijkteam).join(' ') });
}

/**
 * The homeless texts that say "bel je gemeente of het sociaal wijkteam": where the gemeente's file has a
 * nachtopvang or a wijkteam, their `.lokaal` text names it, with its number.
 */
const NAMES_SLEEP_CONTACT: Partial<Record<ContentKey, ContentKey>> = {
  'crisis.sleep.hasPlace': 'crisis.sleep.hasPlace.lokaal',
  'crisis.checkNo.homeless': 'crisis.checkNo.homeless.lokaal',
  'crisis.short.homeless': 'crisis.short.homeless.lokaal',
};

/** A text of the crisis answer, naming the gemeente's own place to sleep where it has one. */
export function crisisText(key: ContentKey, gemeente: Gemeente | undefined, vars: RenderVars = {}): Reply[] {
  const local = NAMES_SLEEP_CONTACT[key];
  const place = local ? sleepContact(gemeente) : undefined;
  if (!local || !place) return renderSay([key], vars);
  return renderSay([local], { ...vars, contact: localHow(place.contact).join(' ') });
}
