import type { z } from 'zod';

/** A data file (content or lexicon) that does not match its schema; the message is one line for start-up. */
export class DataFileError extends Error {
  constructor(file: string, field: string, reason: string) {
    super(`Data file src/${file} is invalid at '${field}': ${reason}`);
    this.name = 'DataFileError';
  }
}

/**
 * Parses a JSON data file with its schema. A top-level `$comment` (the file's own documentation) is left
 * out; anything wrong stops start-up with the file, the field and the reason.
 */
export function parseDataFile<S extends z.ZodTypeAny>(file: string, schema: S, raw: unknown): z.output<S> {
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (({ $comment: _comment, ...rest }) => rest)(raw as Record<string, unknown>) : raw;
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataFileError(file, issue.path.join('.') || '(root)', issue.message);
  }
  // Inside this generic, zod types the output as `any`; callers get `z.output<S>`.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return
  return result.data;
}
