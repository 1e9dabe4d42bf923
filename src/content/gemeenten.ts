import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths';
import { GEMEENTE_ID, GemeenteSchema, type Gemeente } from './gemeenteSchema';

export class GemeenteConfigError extends Error {}

/** The shipped folder with one JSON file per gemeente (GEMEENTEN_DIR points elsewhere, e.g. a mounted volume). */
export function defaultGemeentenDir(): string {
  return path.join(projectRoot(), 'src', 'content', 'gemeenten');
}

export interface LoadedGemeenten {
  gemeenten: Map<string, Gemeente>;
  /** What start-up should log: handovers switched off because their secret is not set. */
  warnings: string[];
}

/** Parses one gemeente file, or throws one line with the file, the field and the reason. */
export function parseGemeente(file: string, raw: string): Gemeente {
  const id = path.basename(file, '.json');
  if (!GEMEENTE_ID.test(id)) throw new GemeenteConfigError(`Gemeente file ${file}: the file name must be the gemeente's id (lower case letters, digits, '-')`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new GemeenteConfigError(`Gemeente file ${file}: not valid JSON (${(err as Error).message})`);
  }
  const { $comment: _comment, ...data } = (json ?? {}) as Record<string, unknown>;
  const result = GemeenteSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new GemeenteConfigError(`Gemeente file ${file}: field '${issue.path.join('.') || '(root)'}' ${issue.message}`);
  }
  return { ...result.data, id };
}

/**
 * All gemeenten in the folder, by id. Files starting with '_' (the template) are skipped. A bad file
 * stops start-up. A handover whose secret variable is not set is switched off, with a warning.
 */
export function loadGemeenten(dir: string = defaultGemeentenDir(), env: NodeJS.ProcessEnv = process.env): LoadedGemeenten {
  const gemeenten = new Map<string, Gemeente>();
  const warnings: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('_')).sort()) {
    const gemeente = parseGemeente(name, readFileSync(path.join(dir, name), 'utf8'));
    if (gemeente.handover && !env[gemeente.handover.secretEnv]) {
      warnings.push(`Gemeente ${gemeente.id}: the call-back (handover) is off because ${gemeente.handover.secretEnv} is not set`);
      gemeente.handover = undefined;
    }
    gemeenten.set(gemeente.id, gemeente);
  }
  return { gemeenten, warnings };
}

export type { Gemeente, LocalContact, LocalContactId } from './gemeenteSchema';
export { LOCAL_CONTACT_IDS } from './gemeenteSchema';
