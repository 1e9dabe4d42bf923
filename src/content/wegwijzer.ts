import { z } from 'zod';
import raw from './nl/wegwijzer.json';
import { SearchIndex } from '../language/search';
import { parseDataFile } from '../dataFile';

export const LOOKUP_SECTIONS = ['aandachtspunten', 'signalen', 'vragen', 'hulp', 'regelingen'] as const;
export type LookupSection = (typeof LOOKUP_SECTIONS)[number];

const EntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  section: z.enum(LOOKUP_SECTIONS),
  title: z.string().min(2),
  lines: z.array(z.string().min(2)).min(1),
  zoekwoorden: z.array(z.string().min(2)).default([]),
  /** Where an entry beyond the wegwijzer's own text comes from: a seed file with lines, or a public official page. */
  bron: z.string().min(5).optional(),
}).refine((e) => e.section !== 'regelingen' || e.bron, { message: "an entry in 'regelingen' names its 'bron'", path: ['bron'] });
const WegwijzerSchema = z.object({
  sections: z.object(Object.fromEntries(LOOKUP_SECTIONS.map((s) => [s, z.string()])) as Record<LookupSection, z.ZodString>),
  entries: z.array(EntrySchema).min(LOOKUP_SECTIONS.length),
});

export const wegwijzer = parseDataFile('content/nl/wegwijzer.json', WegwijzerSchema, raw);
export type LookupEntry = (typeof wegwijzer.entries)[number];

export const lookupEntry = (id: string): LookupEntry | undefined => wegwijzer.entries.find((e) => e.id === id);

/** The free-text search over every entry (built once). */
export const wegwijzerIndex = new SearchIndex(
  wegwijzer.entries.map((e) => ({ id: e.id, title: e.title, body: `${wegwijzer.sections[e.section]} ${e.lines.join(' ')}`, keywords: e.zoekwoorden })),
);
