import { RedisBacked, timed } from '../redisClient';
import { KeptPlanSchema, type KeptPlan } from './keptPlan';
import { conversationHash, keptPlanOf, type KeepRequest, type PlanStore } from './store';

/**
 * Kept plans in Redis, so any instance serves the page and a restart loses nothing:
 * `<prefix>plan:token:<token>` holds the plan (JSON) and `<prefix>plan:owner:<hash>` the tokens of one
 * conversation (its state key hashed); both expire after `ttlMs`.
 */
export class RedisPlanStore extends RedisBacked implements PlanStore {
  readonly kind = 'redis' as const;

  constructor(
    url: string,
    prefix: string,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {
    super(url, `${prefix}plan:`);
  }

  async keep(request: KeepRequest): Promise<KeptPlan> {
    const plan = keptPlanOf(request, this.ttlMs, this.now());
    const owner = this.key(`owner:${conversationHash(request.conversation)}`);
    await timed(
      this.client
        .multi()
        .set(this.key(`token:${request.token}`), JSON.stringify(plan), { PX: this.ttlMs })
        .sAdd(owner, request.token)
        .pExpire(owner, this.ttlMs)
        .exec(),
    );
    return plan;
  }

  async get(token: string): Promise<KeptPlan | null> {
    const json = await timed(this.client.get(this.key(`token:${token}`)));
    if (json === null) return null;
    const parsed = KeptPlanSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  }

  async forget(conversation: string): Promise<number> {
    const owner = this.key(`owner:${conversationHash(conversation)}`);
    const tokens = await timed(this.client.sMembers(owner));
    const removed = tokens.length > 0 ? Number(await timed(this.client.del(tokens.map((t) => this.key(`token:${t}`))))) : 0;
    await timed(this.client.del(owner));
    return removed;
  }
}
