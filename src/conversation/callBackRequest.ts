import type { CrisisType } from '../language';
import type { CallMoment, GesprekContext } from '../machines/gesprek';
import { adviceFor } from '../referral/advice';
import type { ReferralId } from '../referral/ids';

/**
 * What a call-back request sends: the help from the plan and the contact details. The consent screen shows
 * exactly this (views/terugbellen.ts) and the handover effect sends exactly this (effects.ts), so what the
 * person says yes to is what the wijkteam gets.
 */
export interface CallBackRequest {
  referrals: ReferralId[];
  contact: { name?: string; phone?: string; moment?: CallMoment };
}

/**
 * Help that would tell the wijkteam about a crisis, a risk of relapse or an addiction. The plan shows it to the
 * person; a call-back about money never carries it (issue 10: no crisis flag, no relapse-risk outcome).
 */
export const NEVER_SENT: ReadonlySet<ReferralId> = new Set<ReferralId>(['113-zelfmoordpreventie', 'reclassering', 'verslavingszorg']);

export function callBackRequest(context: GesprekContext, crises: readonly CrisisType[]): CallBackRequest {
  const { name, phone, moment } = context.contact;
  const referrals = adviceFor(context, crises)
    .referrals.map((r) => r.id)
    .filter((id) => !NEVER_SENT.has(id));
  return { referrals, contact: { name, phone, moment } };
}
