import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Gemeente } from '../content/gemeenten';
import { GEMEENTE_ID } from '../content/gemeenteSchema';

/** Whose figures a key opens: one gemeente, or a region (several, summed). */
export interface InsightScope {
  id: string;
  name: string;
  gemeenten: string[];
  /** The environment variable holding the key; the key itself is never in a file. */
  keyEnv: string;
}

const ENV_NAME = /^[A-Z][A-Z0-9_]{2,60}$/;
/** A key shorter than this counts as not set: nobody gets in. */
export const MIN_KEY_LENGTH = 16;

export const RegionsFileSchema = z
  .object({
    $comment: z.string().optional(),
    regios: z.record(
      z.string().regex(GEMEENTE_ID),
      z.object({ name: z.string().trim().min(2).max(80), gemeenten: z.array(z.string().regex(GEMEENTE_ID)).min(2), keyEnv: z.string().regex(ENV_NAME) }).strict(),
    ),
  })
  .strict();

export class RegionsConfigError extends Error {}

/**
 * Every scope: each gemeente whose file names an insight key, and each region from the regions file. A regions
 * file set on purpose must match the gemeenten loaded (strict); the shipped example's regions are skipped where
 * they name a gemeente this deployment does not have.
 */
export function insightScopes(gemeenten: ReadonlyMap<string, Gemeente>, regionsFile?: string, options: { strict?: boolean } = {}): Map<string, InsightScope> {
  const scopes = new Map<string, InsightScope>();
  for (const g of gemeenten.values()) if (g.inzicht) scopes.set(g.id, { id: g.id, name: g.name, gemeenten: [g.id], keyEnv: g.inzicht.keyEnv });
  if (!regionsFile) return scopes;
  let parsed;
  try {
    parsed = RegionsFileSchema.safeParse(JSON.parse(readFileSync(regionsFile, 'utf8')));
  } catch (err) {
    throw new RegionsConfigError(`Regions file ${regionsFile}: ${(err as Error).message}`);
  }
  if (!parsed.success) throw new RegionsConfigError(`Regions file ${regionsFile}: field '${parsed.error.issues[0].path.join('.')}' ${parsed.error.issues[0].message}`);
  for (const [id, region] of Object.entries(parsed.data.regios)) {
    if (scopes.has(id) || gemeenten.has(id)) throw new RegionsConfigError(`Regions file ${regionsFile}: region '${id}' has the id of a gemeente`);
    const unknown = region.gemeenten.find((g) => g !== 'onbekend' && !gemeenten.has(g));
    if (unknown && !options.strict) continue;
    if (unknown) throw new RegionsConfigError(`Regions file ${regionsFile}: region '${id}' names unknown gemeente '${unknown}'`);
    scopes.set(id, { id, name: region.name, gemeenten: region.gemeenten, keyEnv: region.keyEnv });
  }
  return scopes;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether the Authorization header carries the scope's key (compared in constant time). */
export function authorised(scope: InsightScope | undefined, header: string | undefined, env: NodeJS.ProcessEnv): boolean {
  const expected = scope ? env[scope.keyEnv] : undefined;
  const given = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
  if (!expected || expected.length < MIN_KEY_LENGTH || !given) return false;
  return timingSafeEqual(digest(given), digest(expected));
}
