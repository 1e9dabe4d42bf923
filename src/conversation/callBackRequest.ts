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

export function callBackRequest(context: GesprekContext, crises: readonly CrisisType[]): CallBackRequest {
  const { name, phone, moment } = context.contact;
  return { referrals: adviceFor(context, crises).referrals.map((r) => r.id), contact: { name, phone, moment } };
}
