import { assign, setup } from 'xstate';
import type { AnswerEvent, StateMeta } from './types';

/** The three ways into Geldgesprek, in button order. */
export const WAYS_IN = ['gesprek', 'oefenen', 'wegwijzer'] as const;
export type WayIn = (typeof WAYS_IN)[number];

function isWayIn(id: string): id is WayIn {
  return (WAYS_IN as readonly string[]).includes(id);
}

/** The welcome: the person picks a way in, and the machine ends with it as output. */
export const welcomeMachine = setup({
  types: {
    context: {} as { wayIn: WayIn | null },
    events: {} as AnswerEvent,
    output: {} as { wayIn: WayIn },
  },
  guards: {
    isWayIn: ({ event }) => event.type === 'CHOICE' && isWayIn(event.id),
  },
  actions: {
    rememberWayIn: assign({
      wayIn: ({ event }) => (event.type === 'CHOICE' && isWayIn(event.id) ? event.id : null),
    }),
  },
}).createMachine({
  id: 'welcome',
  context: { wayIn: null },
  initial: 'choosing',
  states: {
    choosing: {
      meta: { ask: 'welcome.wayIn', expect: 'choice', choices: WAYS_IN } satisfies StateMeta,
      on: {
        CHOICE: { guard: 'isWayIn', target: 'chosen', actions: 'rememberWayIn' },
      },
    },
    chosen: { type: 'final' },
  },
  output: ({ context }) => ({ wayIn: context.wayIn as WayIn }),
});
