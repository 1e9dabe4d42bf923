import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** How many days a kept plan stays by default (`PLAN_KEEP_DAYS` in src/config.ts overrides it). */
export const DEFAULT_PLAN_KEEP_DAYS = 30;

/** A kept plan's address: 24 random bytes (192 bits) as base64url, 32 characters. Nothing in it can be guessed. */
export const PLAN_TOKEN = /^[A-Za-z0-9_-]{32}$/;

export function newPlanToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Where a kept plan is, from the bot's public address (no trailing slash). */
export function planPath(token: string): string {
  return `/plan/${token}`;
}

/** One titled block of the plan, as the card shows it. */
export const SectionSchema = z.object({
  title: z.string(),
  lines: z.array(z.string()),
  typed: z.boolean().optional(),
});

/** What the card shows: its title and its sections. Nothing else about the person. */
export const PlanContentSchema = z.object({
  title: z.string(),
  sections: z.array(SectionSchema),
});
export type PlanContent = z.infer<typeof PlanContentSchema>;

/** A plan as it is kept: the card's content, the moment it was kept, and until when. */
export const KeptPlanSchema = PlanContentSchema.extend({
  madeAt: z.string().datetime(),
  expiresAt: z.string().datetime(),
});
export type KeptPlan = z.infer<typeof KeptPlanSchema>;
