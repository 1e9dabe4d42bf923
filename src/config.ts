import { z } from 'zod';
import { DEFAULT_PLAN_KEEP_DAYS } from './plan/keptPlan';

/** An empty environment variable counts as not set. */
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const withDefault = <T extends z.ZodTypeAny>(schema: T, fallback: z.input<T>) =>
  z.preprocess((v) => (v === '' || v === undefined ? fallback : v), schema);

export const ConfigSchema = z.object({
  PORT: withDefault(z.coerce.number().int().min(0).max(65535), 3978),
  MicrosoftAppId: optional(z.string().uuid({ message: 'must be the bot\'s app id (a GUID)' })),
  MicrosoftAppPassword: optional(z.string().min(1)),
  MicrosoftAppType: withDefault(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']), 'MultiTenant'),
  MicrosoftAppTenantId: optional(z.string().min(1)),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\/\S+$/, 'must look like redis://host:6379 or rediss://…')),
  REDIS_KEY_PREFIX: withDefault(z.string().min(1).max(64), 'geldgesprek:'),
  STATE_TTL_DAYS: withDefault(z.coerce.number().int().min(1).max(365), 30),
  /** How many days a plan kept with "Bewaar mijn plan" stays at its link (the person is told this number). */
  PLAN_KEEP_DAYS: withDefault(z.coerce.number().int().min(1).max(365), DEFAULT_PLAN_KEEP_DAYS),
  LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  /** With it, the web page gets a real Azure Direct Line token; without it, the bot's own local Direct Line. */
  DIRECT_LINE_SECRET: optional(z.string().min(10)),
  /**
   * The bot's own Direct Line for the web page (no Azure). On by default without MicrosoftAppId; with an
   * app id (production) it is off unless set to true, as it takes messages without Bot Framework sign-in.
   */
  LOCAL_DIRECT_LINE: optional(z.enum(['true', 'false'], { message: 'must be true or false' }).transform((v) => v === 'true')),
  DIRECT_LINE_DOMAIN: withDefault(z.string().url(), 'https://directline.botframework.com/v3/directline'),
  /** The bot's public host name (no scheme), for the Teams app manifest's validDomains and the kept plan's link (https). */
  PUBLIC_HOSTNAME: optional(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'must be a host name like geldgesprek.example.nl')),
  /** Folder with one JSON file per gemeente; defaults to the shipped src/content/gemeenten. */
  GEMEENTEN_DIR: optional(z.string().min(1)),
  /** Anonymous figures: counts below this are shown as "<n". Never lower than 5. */
  INZICHT_MIN_COUNT: withDefault(z.coerce.number().int().min(5, { message: 'must be 5 or more' }).max(100), 5),
  /** The regions file for the figures (several gemeenten under one key); defaults to the shipped src/content/inzicht-regios.json. */
  INZICHT_REGIOS_FILE: optional(z.string().min(1)),
}).superRefine((c, ctx) => {
  if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
  }
  if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant bot' });
  }
});

export type Config = z.infer<typeof ConfigSchema>;

/** Whether the local Direct Line is served: explicitly, or by default only where the bot has no app id. */
export function localDirectLineEnabled(config: Pick<Config, 'LOCAL_DIRECT_LINE' | 'MicrosoftAppId'>): boolean {
  return config.LOCAL_DIRECT_LINE ?? !config.MicrosoftAppId;
}

/**
 * The bot's own address as a person's browser reaches it (for the kept plan's link): https on
 * `PUBLIC_HOSTNAME` when set, else this machine on the port the server listens on (local use).
 */
export function publicBaseUrl(config: Pick<Config, 'PUBLIC_HOSTNAME'>, listeningPort: number): string {
  return config.PUBLIC_HOSTNAME ? `https://${config.PUBLIC_HOSTNAME}` : `http://localhost:${listeningPort}`;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Configuration error: ${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from the environment; a bad value throws one clear line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message.replace(/^Invalid /, 'is invalid: '));
  }
  return result.data;
}
