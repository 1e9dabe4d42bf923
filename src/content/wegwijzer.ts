import { z } from 'zod';
import raw from './nl/wegwijzer.json';
import rawRegelingen from './nl/regelingen.json';
import { SearchIndex } from '../language/search';
import { parseDataFile } from '../dataFile';

/** The wegwijzer's own four sections, and the regelingen around detention (`nl/regelingen.json`). */
export const LOOKUP_SECTIONS = ['aandachtspunten', 'signalen', 'vragen', 'hulp', 'regelingen'] as const;
export type LookupSection = (typeof LOOKUP_SECTIONS)[number];
const WEGWIJZER_SECTIONS = ['aandachtspunten', 'signalen', 'vragen', 'hulp'] as const;

const EntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  section: z.enum(WEGWIJZER_SECTIONS),
  title: z.string().min(2),
  lines: z.array(z.string().min(2)).min(1),
  zoekwoorden: z.array(z.string().min(2)).default([]),
});
const WegwijzerSchema = z.object({
  sections: z.object(Object.fromEntries(WEGWIJZER_SECTIONS.map((s) => [s, z.string()])) as Record<(typeof WEGWIJZER_SECTIONS)[number], z.ZodString>),
  entries: z.array(EntrySchema).min(WEGWIJZER_SECTIONS.length),
});
/** An entry beyond the wegwijzer's own text names where it comes from: a seed file with lines, or a public official page. */
const RegelingSchema = EntrySchema.omit({ section: true }).extend({ bron: z.string().min(5) }).strict();
const RegelingenSchema = z.object({ section: z.string().min(2), entries: z.array(RegelingSchema).min(1) });

const own = parseDataFile('content/nl/wegwijzer.json', WegwijzerSchema, raw);
const regelingen = parseDataFile('content/nl/regelingen.json', RegelingenSchema, rawRegelingen);

export interface LookupEntry {
  id: string;
  section: LookupSection;
  title: string;
  lines: string[];
  zoekwoorden: string[];
  bron?: string;
}

export const wegwijzer: { sections: Record<LookupSection, string>; entries: LookupEntry[] } = {
  sections: { ...own.sections, regelingen: regelingen.section },
  entries: [...own.entries, ...regelingen.entries.map((e) => ({ ...e, section: 'regelingen' as const }))],
};

export const lookupEntry = (id: string): LookupEntry | undefined => wegwijzer.entries.find((e) => e.id === id);

/** The free-text search over every entry (built once). */
export const wegwijzerIndex = new SearchIndex(
  wegwijzer.entries.map((e) => ({ id: e.id, title: e.title, body: `${wegwijzer.sections[e.section]} ${e.lines.join(' ')}`, keywords: e.zoekwoorden })),
);
