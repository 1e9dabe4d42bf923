import { z } from 'zod';
import { parseDataFile } from '../dataFile';
import raw from './crisis.nl.json';
import { CRISIS_TYPES } from './types';

/** The crisis rules' file (`crisis.nl.json`): its shape, checked when it is read. */
const Pattern = z.string().min(1);
const Rule = z
  .object({
    level: z.enum(['certain', 'possible']),
    any: z.array(Pattern).min(1).optional(),
    all: z.array(Pattern).min(1).optional(),
    none: z.array(Pattern).optional(),
    window: z.number().int().min(2).optional(),
    /** Filler words in these 'any' patterns count ("nog geen plek" is not "geen plek"). */
    keepFillers: z.boolean().optional(),
  })
  .strict()
  .refine((r) => Boolean(r.any) !== Boolean(r.all), 'a rule has either "any" or "all"');
const Rules = z.object({
  $comment: z.string().optional(),
  fillers: z.array(z.string()),
  spelling: z.record(z.string()),
  /** Real words one letter away from a pattern word, never read as its typo. */
  realWords: z.array(z.string().min(1)),
  window: z.number().int().min(2),
  concepts: z.record(z.array(Pattern).min(1)),
  suicide: z.array(Rule),
  violence: z.array(Rule),
  homeless: z.array(Rule),
  hunger: z.array(Rule),
  chronic: z.object({ types: z.array(z.enum(CRISIS_TYPES)), words: z.array(Pattern) }),
  /** Words that place violence at home (a partner, family, "thuis"): then Veilig Thuis comes first in the help. */
  home: z.array(Pattern),
  /** Words that place someone else's violence in their home ("haar man", "zijn vader"): the help for them is Veilig Thuis. */
  othersHome: z.array(Pattern).min(1),
  /** Words that name one's partner ("mijn man"): remembered, a later threat by "hij" is placed at home. */
  partners: z.array(Pattern).min(1),
  /** Words by which the person speaks of themself as the one the trouble happens to; not right after a `notAfter` word ("een vriend van me"). */
  speaksOfSelf: z.object({ words: z.array(z.string().min(1)).min(1), notAfter: z.array(z.string().min(1)) }).strict(),
  cancels: z.array(
    z
      .object({
        why: z.string().min(1),
        types: z.array(z.enum(CRISIS_TYPES)).min(1),
        words: z.array(Pattern).min(1),
        /** A cancelling word right after one of these does not cancel: "die jongens van vroeger" is who, not when. */
        notAfter: z.array(z.string()).optional(),
        /**
         * 'cancel' (the default): no crisis; 'possible': at most one gentle check ("vroeger dacht ik aan zelfmoord");
         * 'someoneElse': no crisis of the person's own, but someone else's that they ask about as the one who helps
         * ("mijn zus zegt dat ze dood wil, wat moet ik doen?"): the help for that other person, no check.
         */
        effect: z.enum(['cancel', 'possible', 'someoneElse']).optional(),
        /** One of these words after the cancelling one brings it back to now ("toen ik vastzat leende ik, sinds ik vrij ben…"): a cancel gives one check at most instead of no crisis, and a check-at-most does nothing. */
        laterNow: z.array(z.string()).optional(),
      })
      .strict(),
  ),
});

/** The crisis rules, read and checked once. */
export const rules = parseDataFile('language/crisis.nl.json', Rules, raw);
