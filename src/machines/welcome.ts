import { assign, setup } from 'xstate';
import type { ContentKey } from '../content';
import type { Facts } from '../language';
import type { AnswerEvent, StateMeta } from './types';

/** The three ways into Geldgesprek, in button order. */
export const WAYS_IN = ['gesprek', 'oefenen', 'wegwijzer'] as const;
export type WayIn = (typeof WAYS_IN)[number];

function isWayIn(id: string): id is WayIn {
  return (WAYS_IN as readonly string[]).includes(id);
}

/** What a way in, picked or typed, leads to: the choice, or what the typed opening asked for. */
function wayOf(event: AnswerEvent): string | null {
  if (event.type === 'CHOICE') return event.id;
  if (event.type === 'OPENING') return event.way;
  return null;
}

const isWay = (way: string) => ({ event }: { event: AnswerEvent }) => wayOf(event) === way;

/** The same answers work at every moment of the welcome: a way in ends it; a greeting or unclear words get a short question. */
const OPENING_READ = [
  { guard: 'isWayIn', target: '#welcome.chosen', actions: 'rememberWayIn' },
  { guard: 'isGreeting', target: '#welcome.greeted' },
  { guard: 'isThanks', target: '#welcome.thanked' },
] as const;
const ON = {
  CHOICE: { guard: 'isWayIn', target: '#welcome.chosen', actions: 'rememberWayIn' },
  OPENING: [...OPENING_READ, { target: '#welcome.clarify' }],
  UNKNOWN: '#welcome.clarify',
} as const;

/** After the short question, words that still point no way start the money conversation: most people come for that, and no question loops. */
const ON_AGAIN = {
  ...ON,
  OPENING: [...OPENING_READ, { target: '#welcome.chosen', actions: 'chooseMoneyTalk' }],
  UNKNOWN: { target: '#welcome.chosen', actions: 'chooseMoneyTalk' },
} as const;

/** Every state of the welcome asks one question and reads the same answers. */
const asking = (ask: ContentKey, on: typeof ON | typeof ON_AGAIN = ON) => ({ meta: { ask, expect: 'opening' } satisfies StateMeta, on });

/**
 * The welcome: the person picks a way in or types what they come for, and the machine ends with the way in
 * (and, for money talk, what the first message already said; for a lookup or practice, its words) as output.
 */
export const welcomeMachine = setup({
  types: {
    context: {} as { wayIn: WayIn | null; facts: Facts; query: string | null },
    events: {} as AnswerEvent,
    output: {} as { wayIn: WayIn; facts: Facts; query: string | null },
  },
  guards: {
    isWayIn: ({ event }) => {
      const way = wayOf(event);
      return way !== null && isWayIn(way);
    },
    isGreeting: isWay('greeting'),
    isThanks: isWay('thanks'),
  },
  actions: {
    chooseMoneyTalk: assign({ wayIn: 'gesprek' as WayIn }),
    rememberWayIn: assign({
      wayIn: ({ event }) => {
        const way = wayOf(event);
        return way !== null && isWayIn(way) ? way : null;
      },
      facts: ({ event }) => (event.type === 'OPENING' ? event.facts : {}),
      query: ({ event }) => (event.type === 'OPENING' ? (event.query ?? null) : null),
    }),
  },
}).createMachine({
  id: 'welcome',
  context: { wayIn: null, facts: {}, query: null },
  initial: 'choosing',
  states: {
    choosing: asking('welcome.wayIn'),
    // "hallo": a greeting back, and the three ways.
    greeted: asking('welcome.greetBack'),
    // "bedankt", "doei" (often after the plan): a kind word back, and the ways in for whoever wants more.
    thanked: asking('welcome.thanks'),
    // Words that point no way: one short question with the three buttons, never "Sorry".
    clarify: asking('welcome.clarify', ON_AGAIN),
    chosen: { type: 'final' },
  },
  output: ({ context }) => ({ wayIn: context.wayIn as WayIn, facts: context.facts, query: context.query }),
});
