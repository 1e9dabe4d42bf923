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

/** Where to ask for food in this gemeente: its sociaal wijkteam, which refers to the voedselbank (the voedselbank needs a referral). */
export function foodContact(gemeente: Gemeente | undefined): LocalContact | undefined {
  return gemeente?.contacts['sociaal-wijkteam'];
}

/**
 * The crisis texts that say "bel je gemeente of het sociaal wijkteam": where the gemeente's file has the
 * contact for it (a nachtopvang or wijkteam for a bed, the wijkteam for the voedselbank), their `.lokaal`
 * text names it, with its number.
 */
const NAMES_LOCAL_CONTACT: Partial<Record<ContentKey, { local: ContentKey; contact: (gemeente: Gemeente | undefined) => LocalContact | undefined }>> = {
  'crisis.sleep.hasPlace': { local: 'crisis.sleep.hasPlace.lokaal', contact: (g) => sleepContact(g)?.contact },
  'crisis.checkNo.homeless': { local: 'crisis.checkNo.homeless.lokaal', contact: (g) => sleepContact(g)?.contact },
  'crisis.short.homeless': { local: 'crisis.short.homeless.lokaal', contact: (g) => sleepContact(g)?.contact },
  'crisis.hunger': { local: 'crisis.hunger.lokaal', contact: foodContact },
  'crisis.short.hunger': { local: 'crisis.short.hunger.lokaal', contact: foodContact },
  'crisis.checkNo.hunger': { local: 'crisis.checkNo.hunger.lokaal', contact: foodContact },
  'crisis.anderen.homeless': { local: 'crisis.anderen.homeless.lokaal', contact: (g) => sleepContact(g)?.contact },
  'crisis.anderen.hunger': { local: 'crisis.anderen.hunger.lokaal', contact: foodContact },
};

/** A text of the crisis answer, naming the gemeente's own contact for it where it has one. */
export function crisisText(key: ContentKey, gemeente: Gemeente | undefined, vars: RenderVars = {}): Reply[] {
  const local = NAMES_LOCAL_CONTACT[key];
  const contact = local?.contact(gemeente);
  if (!local || !contact) return renderSay([key], vars);
  return renderSay([local.local], { ...vars, contact: localHow(contact).join(' ') });
}
