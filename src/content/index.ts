import { z } from 'zod';
import rawTexts from './nl/texts.json';
import rawInterrupts from './nl/interrupts.json';
import { InterruptWordsSchema, TextsSchema, type TextEntry } from './schema';

/** A key of a text in `nl/texts.json`. Machines name texts by key, never by their words. */
export type ContentKey = keyof typeof rawTexts;

/** Parses a content file, or stops start-up with the file, the field and the reason. */
function parseContent<T>(file: string, schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Content file src/content/${file} is invalid at '${issue.path.join('.')}': ${issue.message}`);
  }
  return result.data;
}

const texts = parseContent('nl/texts.json', TextsSchema, rawTexts) as Record<ContentKey, TextEntry>;
const { $comment: _comment, ...interruptWords } = rawInterrupts;

export const content = {
  texts,
  interrupts: parseContent('nl/interrupts.json', InterruptWordsSchema, interruptWords),
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
