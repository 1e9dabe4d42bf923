import { z } from 'zod';
import rawPersonas from './nl/personas.json';
import rawOefenen from './nl/oefenen.json';
import { REFERRAL_IDS } from '../referral/ids';
import { PHASE_IDS } from './routekaartSchema';
import { parseDataFile } from '../dataFile';

const Lines = z.array(z.string().min(1)).min(1);

/** The answer in practice mode when the help the client already has is the right one (routekaart Fase 3). */
export const KEEP_CURRENT_HELP = 'huidige-hulp';
const TECHNIQUE_REPLIES = ['inKaart', 'normaliseren', 'waarnemen', 'doorvragen', 'bewustMaken', 'activeren'] as const;

const PersonaSchema = z
  .object({
    name: z.string().min(2),
    age: z.number().int().min(16).max(99),
    situation: z.string().min(20),
    signals: z.array(z.string()).min(1),
    phase: z.enum(PHASE_IDS),
    referral: z.object({ id: z.enum([...REFERRAL_IDS, KEEP_CURRENT_HELP]), reason: z.string().min(20) }),
    opening: Lines,
    truths: z.record(Lines).refine((t) => Object.keys(t).length >= 6, 'a persona needs hidden truths for at least six topics'),
    guarded: Lines,
    byTechnique: z.object(Object.fromEntries(TECHNIQUE_REPLIES.map((t) => [t, Lines])) as Record<(typeof TECHNIQUE_REPLIES)[number], typeof Lines>),
    afterJudging: Lines,
    afterJargon: Lines,
    afterAdvice: Lines,
    afterClosedTooEarly: Lines,
    /** What the client says to a promise of secrecy: in a compulsory setting it is not believed (alliantiemonitor). */
    secrecyPromise: Lines,
    /** What the client says when the frame is explained: what stays confidential and what must be passed on. */
    frame: Lines,
  })
  .strict();

export type Persona = z.infer<typeof PersonaSchema>;

export const personas: Record<string, Persona> = parseDataFile('content/nl/personas.json', z.record(PersonaSchema), rawPersonas);
export const PERSONA_IDS = Object.keys(personas);

const Labelled = z.object({ label: z.string(), example: z.string().optional(), tip: z.string().optional() });
const OefenenSchema = z.object({
  techniques: z.record(Labelled),
  topics: z.record(z.string()),
});
export const oefenen = parseDataFile('content/nl/oefenen.json', OefenenSchema, rawOefenen);
