import { z } from 'zod';
import rawTexts from './nl/texts.json';
import rawInterrupts from './nl/interrupts.json';
import rawRoutekaart from './nl/routekaart.json';
import rawHulp from './nl/hulp.json';
import { REFERRAL_IDS, type ReferralId } from '../referral/ids';
import { parseDataFile } from '../dataFile';
import { HulpEntrySchema, PHASE_IDS, RoutekaartSchema, type HulpEntry, type Routekaart } from './routekaartSchema';
import { InterruptWordsSchema, TextsSchema, type TextEntry } from './schema';

/**
 * A key of a text: one in `nl/texts.json`, or `routekaart.<node>` for a routekaart question (from
 * `nl/routekaart.json`). Machines name texts by key, never by their words.
 */
export type ContentKey = keyof typeof rawTexts | `routekaart.${string}`;

const routekaart: Routekaart = parseDataFile('content/nl/routekaart.json', RoutekaartSchema, rawRoutekaart);
const hulp = parseDataFile(
  'content/nl/hulp.json',
  z.object(Object.fromEntries(REFERRAL_IDS.map((id) => [id, HulpEntrySchema])) as Record<ReferralId, typeof HulpEntrySchema>).strict(),
  rawHulp,
) as Record<ReferralId, HulpEntry>;

/** The routekaart's questions, as the person hears them, are texts like any other. */
const routekaartTexts = Object.fromEntries(
  PHASE_IDS.flatMap((phase) => Object.entries(routekaart.phases[phase].nodes))
    .filter(([, node]) => node.ask)
    .map(([id, node]) => [`routekaart.${id}`, { say: [node.ask!] }]),
);

const texts = {
  ...parseDataFile('content/nl/texts.json', TextsSchema, rawTexts),
  ...parseDataFile('content/nl/routekaart.json (questions)', TextsSchema, routekaartTexts),
} as Record<ContentKey, TextEntry>;

export const content = {
  texts,
  interrupts: parseDataFile('content/nl/interrupts.json', InterruptWordsSchema, rawInterrupts),
  routekaart,
  hulp,
};

export function isContentKey(key: string): key is ContentKey {
  return Object.prototype.hasOwnProperty.call(texts, key);
}

export function textEntry(key: ContentKey): TextEntry {
  return texts[key];
}

/** Fills `{name}` placeholders. A missing value is a programming error, so it throws. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (!(name in vars)) throw new Error(`Missing value for placeholder {${name}}`);
    return String(vars[name]);
  });
}

export type { TextEntry, InterruptKind, InterruptWords } from './schema';
export { PHASE_IDS, type PhaseId, type Routekaart, type RoutekaartNode, type HulpEntry } from './routekaartSchema';
