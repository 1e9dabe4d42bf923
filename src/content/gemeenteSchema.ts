import { z } from 'zod';

/**
 * The kinds of help a gemeente can give its own contact for; 'nazorg' is the gemeente's contact for
 * nazorg ex-gedetineerden (handreiking re-integratie: de gemeentelijke coördinator nazorg); 'nachtopvang' is
 * where to sleep tonight (without it the crisis answer names the sociaal wijkteam).
 */
export const LOCAL_CONTACT_IDS = ['schuldhulpverlening', 'sociaal-wijkteam', 'voedselbank', 'sociaal-raadslieden', 'budgetcoach', 'budgetcursus', 'nazorg', 'nachtopvang'] as const;
export type LocalContactId = (typeof LOCAL_CONTACT_IDS)[number];

const Contact = z
  .object({
    name: z.string().trim().min(2).max(80),
    phone: z.string().regex(/^(14 ?0\d{2,3}|(\+31|0)[0-9 -]{8,13})$/, 'must be a Dutch phone number, such as 030-1234567 or 14 030').optional(),
    url: z.string().url().optional(),
    address: z.string().trim().min(5).max(120).optional(),
    openingHours: z.string().trim().min(3).max(120).optional(),
    /** Hours to walk in without an appointment ("inloopspreekuur"). */
    walkIn: z.string().trim().min(3).max(120).optional(),
  })
  .strict()
  .refine((c) => c.phone || c.url || c.address, 'needs at least a phone, a url or an address');

export const GemeenteSchema = z
  .object({
    name: z.string().trim().min(2).max(60),
    allowedOrigins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must be an origin like https://www.gemeente.nl (no path)')).min(1),
    page: z.object({
      primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #154273'),
      logoText: z.string().trim().min(2).max(60),
    }).strict(),
    contacts: z.object(Object.fromEntries(LOCAL_CONTACT_IDS.map((id) => [id, Contact.optional()])) as Record<LocalContactId, z.ZodOptional<typeof Contact>>).strict().default({}),
    handover: z
      .object({
        webhookUrl: z.string().url(),
        /** The environment variable that holds the HMAC secret; the secret itself is never in a file. */
        secretEnv: z.string().regex(/^[A-Z][A-Z0-9_]{2,60}$/),
        giveUpAfterMinutes: z.number().int().min(1).max(7 * 24 * 60).default(120),
      })
      .strict()
      .optional(),
    /** Anonymous figures for the gemeente's beleidsmedewerkers: the environment variable that holds their key. */
    inzicht: z.object({ keyEnv: z.string().regex(/^[A-Z][A-Z0-9_]{2,60}$/) }).strict().optional(),
  })
  .strict();

export type Gemeente = z.infer<typeof GemeenteSchema> & { id: string };
export type LocalContact = z.infer<typeof Contact>;

export const GEMEENTE_ID = /^[a-z0-9][a-z0-9-]{1,40}$/;
