import { z } from 'zod';

/** One bubble of bot text: short, as plain Dutch wants it. `{name}` placeholders are filled at render time. */
const Bubble = z.string().trim().min(1).max(400);

const ChoiceText = z.object({
  /** The button's label; also what the user "types" when they press it. */
  title: z.string().trim().min(1).max(60),
  /** Other words a person may type for this choice. */
  synonyms: z.array(z.string().trim().min(1)).default([]),
  /** The other choices this one stands for together (see ChoiceOption in src/language/types.ts). */
  combines: z.array(z.string()).optional(),
});

/** What a yes/no question's own words mean there (see YesNoReads in src/language/yesNo.ts). */
export const ReadsSchema = z
  .object({
    yes: z.array(z.string().trim().min(1)).optional(),
    no: z.array(z.string().trim().min(1)).optional(),
    partly: z.enum(['yes', 'no']).optional(),
    /** The question asks whether the person knows something ("Weet je hoeveel …?"): "nee, geen idee" is no. */
    knows: z.boolean().optional(),
    /** People named in an answer here are the ones owed money ("ja, bij mijn broer" to "Heb je schulden?"). */
    creditors: z.boolean().optional(),
  })
  .strict();

/** A text the bot says: a statement (`say` only) or a question (with `choices` when it has buttons). */
export const TextEntrySchema = z.object({
  say: z.array(Bubble).min(1).max(8),
  choices: z.record(z.string().regex(/^[a-z][a-zA-Z0-9-]*$/), ChoiceText).optional(),
  /** For a yes/no question: answers in the person's own words that its buttons don't cover. */
  reads: ReadsSchema.optional(),
  /** Where the text comes from (a seed file and lines, or an official page), when it states a fact. */
  source: z.string().trim().min(5).optional(),
});

export const TextsSchema = z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/), TextEntrySchema);

const Phrases = z.array(z.string().trim().min(1)).min(1);

export const InterruptWordsSchema = z.object({
  deleteData: Phrases,
  urgent: Phrases,
  restart: Phrases,
  stop: Phrases,
  help: Phrases,
  /** "Wie ben je?", "ben jij van de reclassering?": what the bot is, then the same question. Not while practising (there they are questions to the client). */
  explain: Phrases,
  /** "Wat betekent dat?", "snap ik niet", "hè?": the question in other, simpler words, then the same question. Not while practising. */
  reword: Phrases,
  /** "Bewaar mijn plan", "printen", "pdf": a link to the plan to print or download. Only once a plan was shown. */
  keepPlan: Phrases,
  /** "Terug", "vorige vraag", "dat was fout": one question back, its answer forgotten. Only in the client conversation. */
  back: Phrases,
  /** "Ik bedoelde nee": the yes/no question just answered gets "nee" instead, and the conversation goes on. Only in the client conversation. */
  meantNo: Phrases,
  /** "Ik bedoelde ja": as meantNo, with "ja". */
  meantYes: Phrases,
  /** "Hoe lang duurt dit nog?", "schiet op": how far along the conversation is, then the same question. */
  progress: Phrases,
  /** "Wegwijzer": the lookup, from anywhere (a professional after practising). */
  lookup: Phrases,
  /** "Oefenen", "verder oefenen": from the lookup to practice; a session set aside for the lookup goes on where it was. */
  practice: Phrases,
  /** "Ik ben geen hulpverlener", "ik wil niet oefenen": a client who ended up in practice goes to the money talk. Only while practising. */
  client: Phrases,
});

export type TextEntry = z.infer<typeof TextEntrySchema>;
export type InterruptWords = z.infer<typeof InterruptWordsSchema>;
export type InterruptKind = keyof InterruptWords;
