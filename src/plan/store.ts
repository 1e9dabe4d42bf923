import { createHash } from 'node:crypto';
import type { KeptPlan, PlanContent } from './keptPlan';

/** What the "Bewaar mijn plan" effect asks the store to keep. */
export interface KeepRequest {
  token: string;
  /** The conversation's state key: only its hash is kept, so "verwijder mijn gegevens" finds the plans. */
  conversation: string;
  plan: PlanContent & { madeAt: string };
}

/**
 * Kept plans, each under its random token, for `ttlMs`. Keeping the same token again stores the same plan
 * again with a fresh time limit, so running one effect twice changes nothing. `forget` removes every plan
 * of a conversation ("verwijder mijn gegevens").
 */
export interface PlanStore {
  readonly kind: 'memory' | 'redis';
  readonly ttlMs: number;
  keep(request: KeepRequest): Promise<KeptPlan>;
  /** The plan, or null when it is unknown, expired or forgotten. */
  get(token: string): Promise<KeptPlan | null>;
  /** Removes every plan kept for the conversation; returns how many there were. */
  forget(conversation: string): Promise<number>;
  close(): Promise<void>;
}

/** The conversation as the store knows it: a hash of its state key, never the key itself. */
export function conversationHash(conversation: string): string {
  return createHash('sha256').update(`plan\u0000${conversation}`).digest('hex').slice(0, 32);
}

export function keptPlanOf(request: KeepRequest, ttlMs: number, now: number): KeptPlan {
  return { title: request.plan.title, sections: request.plan.sections, madeAt: request.plan.madeAt, expiresAt: new Date(now + ttlMs).toISOString() };
}

interface Entry {
  plan: KeptPlan;
  owner: string;
  expiresAt: number;
}

/** Kept plans in this process's memory: gone after a restart; at most `maxPlans`, the oldest dropped first. */
export class MemoryPlanStore implements PlanStore {
  readonly kind = 'memory' as const;
  /** Map order is oldest kept first. */
  private readonly plans = new Map<string, Entry>();

  constructor(
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxPlans = 10_000,
  ) {}

  keep(request: KeepRequest): Promise<KeptPlan> {
    const now = this.now();
    const plan = keptPlanOf(request, this.ttlMs, now);
    this.plans.delete(request.token);
    this.plans.set(request.token, { plan, owner: conversationHash(request.conversation), expiresAt: now + this.ttlMs });
    for (const token of this.plans.keys()) {
      if (this.plans.size <= this.maxPlans) break;
      this.plans.delete(token);
    }
    return Promise.resolve(plan);
  }

  get(token: string): Promise<KeptPlan | null> {
    const entry = this.plans.get(token);
    if (!entry) return Promise.resolve(null);
    if (entry.expiresAt <= this.now()) {
      this.plans.delete(token);
      return Promise.resolve(null);
    }
    return Promise.resolve(entry.plan);
  }

  forget(conversation: string): Promise<number> {
    const owner = conversationHash(conversation);
    let removed = 0;
    for (const [token, entry] of this.plans) {
      if (entry.owner !== owner) continue;
      this.plans.delete(token);
      removed++;
    }
    return Promise.resolve(removed);
  }

  close(): Promise<void> {
    this.plans.clear();
    return Promise.resolve();
  }
}
