import type { ContentKey } from '../content';
import type { StateMeta } from './types';

/* eslint-disable @typescript-eslint/no-explicit-any -- state configs made by a function are typed loosely, like gesprekStates.ts */

/**
 * The phone question of the call-back, asked until there is a number or the person says they rather not.
 * Digits that are no number to call (a service number, a number typed wrong or abroad) say why first,
 * then ask for the person's own number. The way out is a button ("Toch niet bellen") or "weet ik niet".
 */
export function phoneQuestion(ask: ContentKey, say: ContentKey[]): any {
  return {
    meta: { ...(say.length ? { say } : {}), ask, expect: 'phone', noFacts: true, keepAsking: true } satisfies StateMeta,
    on: {
      PHONE: { target: 'moment', actions: 'rememberPhone' },
      OTHER_NUMBER: [
        { guard: { type: 'isOtherNumber', params: { why: 'service' } }, target: 'telefoonDienstnummer' },
        { guard: { type: 'isOtherNumber', params: { why: 'foreign' } }, target: 'telefoonBuitenland' },
        { target: 'telefoonOnvolledig' },
      ],
      CHOICE: { target: 'zonderNummer', actions: 'forgetContact' },
      UNKNOWN: { target: 'zonderNummer', actions: 'forgetContact' },
    },
  };
}

/**
 * Where the conversation rests after the plan when no call-back was sent: it says its line and asks nothing.
 * "Ik wil toch dat het wijkteam me belt" leads back to the call-back questions, a phone number too (kept).
 */
export function afterPlan(say: ContentKey): any {
  return {
    meta: { say: [say], reopen: 'terugbellen.weerOpenen' } satisfies StateMeta,
    on: {
      CHOICE: { guard: { type: 'isChoice', params: { id: 'terugbellen' } }, target: 'naam' },
      PHONE: { target: 'naam', actions: 'rememberPhone' },
    },
  };
}
