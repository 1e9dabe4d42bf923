import { z } from 'zod';
import algemeen from './nl/texts/algemeen.json';
import bewaren from './nl/texts/bewaren.json';
import crisis from './nl/texts/crisis.json';
import gesprek from './nl/texts/gesprek.json';
import plan from './nl/texts/plan.json';
import planRegelen from './nl/texts/planRegelen.json';
import terugbellen from './nl/texts/terugbellen.json';
import oefenen from './nl/texts/oefenen.json';
import wegwijzer from './nl/texts/wegwijzer.json';
import uitleg from './nl/texts/uitleg.json';
import rawInterrupts from './nl/interrupts.json';
import rawRoutekaart from './nl/routekaart.json';
import rawHulp from './nl/hulp.json';
import { REFERRAL_IDS, type ReferralId } from '../referral/ids';
import { parseDataFile } from '../dataFile';
import { HulpEntrySchema, PHASE_IDS, RoutekaartSchema, type HulpEntry, type Routekaart } from './routekaartSchema';
import { InterruptWordsSchema, TextsSchema, type TextEntry } from './schema';

/** The bot's texts, one file per feature in `nl/texts/`; a key is unique across them. */
const textFiles = { algemeen, bewaren, crisis, gesprek, plan, planRegelen, terugbellen, oefenen, wegwijzer, uitleg };

/**
 * A key of a text: one in a file of `nl/texts/`, or `routekaart.<node>` for a routekaart question (from
 * `nl/routekaart.json`). Machines name texts by key, never by their words.
 */
type TextFiles = typeof textFiles;
export type ContentKey = { [F in keyof TextFiles]: keyof TextFiles[F] }[keyof TextFiles] | `routekaart.${string}`;

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
    .map(([id, node]) => [
      `routekaart.${id}`,
      { say: [node.ask!], ...(node.reads ? { reads: node.reads } : {}), ...(node.options ? { choices: Object.fromEntries(Object.entries(node.options).map(([o, { title, synonyms, combines }]) => [o, { title, synonyms, ...(combines ? { combines } : {}) }])) } : {}) },
    ]),
);

function parseTextFiles(): Record<string, TextEntry> {
  const all: Record<string, TextEntry> = {};
  for (const [name, raw] of Object.entries(textFiles)) {
    for (const [key, entry] of Object.entries(parseDataFile(`content/nl/texts/${name}.json`, TextsSchema, raw))) {
      if (key in all) throw new Error(`Text '${key}' is in two files of content/nl/texts`);
      all[key] = entry;
    }
  }
  return all;
}

const texts = {
  ...parseTextFiles(),
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
