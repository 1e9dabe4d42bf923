import { z } from 'zod';
import { ReadsSchema } from './schema';

const Id = z.string().regex(/^[a-z][a-zA-Z0-9]*$/);
/** A node id, 'leaf:<id>' or, for a leaf's `next`, 'plan'. */
const Target = z.string().regex(/^(leaf:)?[a-z][a-zA-Z0-9]*$/);

/** One option of an either/or question, and the ja/nee (or 'weet ik niet') answer it gives. */
const OptionSchema = z.object({
  title: z.string().min(2),
  synonyms: z.array(z.string().min(1)).default([]),
  answer: z.enum(['ja', 'nee', 'weetNiet']),
  /** The other options this one stands for together ("Allebei"). */
  combines: z.array(Id).optional(),
});

const NodeSchema = z
  .object({
    source: z.string().min(5),
    ask: z.string().min(5).optional(),
    ja: Target.optional(),
    nee: Target.optional(),
    /** Where "weet ik niet" goes: the ja or nee branch, or another node. */
    weetNiet: Target.optional(),
    /** For an 'extra' amount question: the node after it. */
    next: Target.optional(),
    /** For 'schulden': where "nee" goes when there are payment arrears. */
    orArrears: Target.optional(),
    extra: z.boolean().optional(),
    expect: z.enum(['yesNo', 'amount', 'choice']).default('yesNo'),
    /** For an either/or question ('choice'): its options as buttons, each giving ja, nee or weet ik niet. */
    options: z.record(Id, OptionSchema).optional(),
    /** For a yes/no node: answers in the person's own words ("bij mijn broer", "het wisselt"). */
    reads: ReadsSchema.optional(),
    derived: z.enum(['needsGuidance', 'hasDebts']).optional(),
    choice: z.string().optional(),
  })
  .superRefine((n, ctx) => {
    if (n.derived) {
      if (!n.ja || !n.nee) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'a derived node needs ja and nee' });
    } else if (!n.ask) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['ask'], message: 'an asked node needs the question as the person hears it' });
    } else if (n.expect === 'choice' && !n.options) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['options'], message: 'an either/or node needs its options' });
    } else if (n.expect === 'amount' ? !n.next : !n.ja || !n.nee || !n.weetNiet) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'a yes/no node needs ja, nee and weetNiet; an amount node needs next' });
    }
  });

const LeafSchema = z.object({ source: z.string().min(5), next: Id });

const PhaseSchema = z.object({
  title: z.string().min(3),
  start: Id,
  nodes: z.record(Id, NodeSchema),
  leaves: z.record(Id, LeafSchema),
});

export const PHASE_IDS = ['fase1', 'fase2', 'fase3'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export const RoutekaartSchema = z
  .object({ phases: z.object({ fase1: PhaseSchema, fase2: PhaseSchema, fase3: PhaseSchema }) })
  .superRefine((r, ctx) => {
    const nodes = new Set(PHASE_IDS.flatMap((p) => Object.keys(r.phases[p].nodes)));
    for (const phase of PHASE_IDS) {
      const { nodes: own, leaves, start } = r.phases[phase];
      if (!own[start]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['phases', phase, 'start'], message: `no node '${start}'` });
      const check = (target: string | undefined, path: (string | number)[]) => {
        if (target === undefined || target === 'ja' || target === 'nee') return;
        const ok = target.startsWith('leaf:') ? Boolean(leaves[target.slice(5)]) : nodes.has(target);
        if (!ok) ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: `'${target}' does not exist` });
      };
      for (const [id, n] of Object.entries(own)) {
        for (const key of ['ja', 'nee', 'weetNiet', 'next', 'orArrears'] as const) check(n[key], ['phases', phase, 'nodes', id, key]);
      }
      for (const [id, leaf] of Object.entries(leaves)) {
        if (leaf.next !== 'plan' && !nodes.has(leaf.next)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['phases', phase, 'leaves', id, 'next'], message: `'${leaf.next}' does not exist` });
      }
    }
  });

export type Routekaart = z.infer<typeof RoutekaartSchema>;
export type RoutekaartNode = z.infer<typeof NodeSchema>;

export const HulpEntrySchema = z.object({
  name: z.string().min(3),
  what: z.string().min(10),
  how: z.array(z.string().min(5)).min(1),
  bring: z.array(z.string().min(3)).min(1),
  phases: z.array(z.string().min(10)).optional(),
  warning: z.string().optional(),
  /** Where the text comes from: a seed file and lines, or an official page. */
  source: z.string().min(5),
});
export type HulpEntry = z.infer<typeof HulpEntrySchema>;
