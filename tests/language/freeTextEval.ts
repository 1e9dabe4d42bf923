import { z } from 'zod';
import developmentRaw from './freeText.nl.json';
import heldoutRaw from './freeText.heldout.nl.json';
import { content, PHASE_IDS, textEntry, type ContentKey, type RoutekaartNode } from '../../src/content';
import { answersDirectly, extractFacts, hasFacts, interpret, readOpening, type Facts } from '../../src/language';
import { choicesOf } from '../../src/conversation/render';
import { knownAnswer } from '../../src/machines/gesprekFacts';

const Part = z.object({
  openings: z.array(z.tuple([z.string(), z.string()])),
  answers: z.array(z.tuple([z.string(), z.string(), z.string()])),
  facts: z.array(z.tuple([z.string(), z.record(z.union([z.boolean(), z.string()]))])),
});
/** The part the readers were built on, and the part held apart from them (round 12, never tuned on). */
export const FREE_TEXT = { development: z.object({ development: Part }).parse(developmentRaw).development, heldout: Part.parse(heldoutRaw) };
type PartData = z.infer<typeof Part>;

const nodes: Record<string, RoutekaartNode> = Object.fromEntries(PHASE_IDS.flatMap((p) => Object.entries(content.routekaart.phases[p].nodes)));

/** The option of the either/or income question that facts about income point to. */
/** The questions of the corpus that are not routekaart nodes, by the text they ask. */
const QUESTION_KEYS: Record<string, ContentKey> = { checkOnderdak: 'gesprek.check.onderdak', vrijgekomen: 'gesprek.vrijgekomen' };
const keyOf = (node: string): ContentKey => QUESTION_KEYS[node] ?? (`routekaart.${node}` as ContentKey);

const INCOME_OPTION: Record<string, string> = { werk: 'baan', uitkering: 'uitkering', allebei: 'allebei', familie: 'anders', geen: 'anders' };

/**
 * How the bot reads a message at a question, as the conversation does: the answer the question reads
 * first; else what the message says (facts) about that question. 'yes', 'no', 'unknown', an option id, or 'unclear'.
 */
export async function readAt(node: string, text: string): Promise<string> {
  const spec = nodes[node];
  const expect = spec?.expect ?? 'yesNo';
  // The choices and the question's own words as the conversation reads them (src/conversation/flowRunner.ts).
  const choices = expect === 'choice' ? choicesOf({ key: keyOf(node), expect }) : undefined;
  const reads = textEntry(keyOf(node)).reads;
  const meaning = interpret(text, expect, { choices, reads });
  const facts: Facts = await extractFacts(text, { creditors: reads?.creditors });
  // As the conversation does (src/conversation/answer.ts): a statement is read for what it says before a yes/no guess.
  const known = knownAnswer(facts, node);
  const guessed = (meaning.kind === 'yes' || meaning.kind === 'no') && !answersDirectly(text, reads);
  if (guessed && known !== undefined) return known ? 'yes' : 'no';
  // Facts about other questions and a guessed yes or no: the conversation keeps the facts and asks again.
  if (guessed && hasFacts(facts)) return 'unclear';
  if (meaning.kind === 'choice') return spec?.options?.[meaning.id]?.answer === 'weetNiet' ? 'unknown' : meaning.id;
  if (meaning.kind === 'yes' || meaning.kind === 'no' || meaning.kind === 'unknown') return meaning.kind;
  if (expect === 'choice' && facts.income) return INCOME_OPTION[facts.income];
  return known === undefined ? 'unclear' : known ? 'yes' : 'no';
}

export interface FreeTextResult {
  name: string;
  total: number;
  correct: number;
  failures: Array<{ text: string; expected: unknown; got: unknown }>;
}

function result(name: string, rows: Array<{ text: string; expected: unknown; got: unknown }>): FreeTextResult {
  const failures = rows.filter((r) => JSON.stringify(r.expected) !== JSON.stringify(r.got));
  return { name, total: rows.length, correct: rows.length - failures.length, failures };
}

const sorted = (o: object) => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));

export async function evaluateFreeText(part: PartData): Promise<FreeTextResult[]> {
  const openings = [];
  for (const [text, way] of part.openings) openings.push({ text, expected: way, got: (await readOpening(text)).way });
  const answers = [];
  for (const [node, text, expected] of part.answers) answers.push({ text: `${node}: ${text}`, expected, got: await readAt(node, text) });
  const facts = [];
  for (const [text, expected] of part.facts) facts.push({ text, expected: sorted(expected), got: sorted(await extractFacts(text)) });
  return [result('openings', openings), result('answers', answers), result('facts', facts)];
}
