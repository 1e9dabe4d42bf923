import { assign, setup } from 'xstate';
import { LOOKUP_SECTIONS, type LookupSection } from '../content/wegwijzer';
import { answerStepper, startStepper, type StepperState } from './routekaartStepper';
import type { AnswerEvent, StateMeta } from './types';

export const LOOKUP_MENU = [...LOOKUP_SECTIONS, 'routekaart', 'klaar'] as const;

export interface WegwijzerContext {
  section: LookupSection | null;
  /** The professional's search words (no client data is asked here). */
  query: string | null;
  stepper: StepperState;
}

const menuMeta = (extra: Partial<StateMeta> = {}): StateMeta => ({ ...extra, ask: 'wegwijzer.menu', expect: 'choice', choices: LOOKUP_MENU, orText: true });

/**
 * The wegwijzer for a professional in a hurry: a section, the routekaart as a stepper, or free-text search
 * (anything typed at the menu is a search).
 */
export const wegwijzerMachine = setup({
  types: { context: {} as WegwijzerContext, events: {} as AnswerEvent, output: {} as { ended: true } },
  guards: {
    isSection: ({ event }) => event.type === 'CHOICE' && (LOOKUP_SECTIONS as readonly string[]).includes(event.id),
    isChoice: ({ event }, params: { id: string }) => event.type === 'CHOICE' && event.id === params.id,
    stepperDone: ({ context }) => context.stepper.node === null,
  },
  actions: {
    showSection: assign({ section: ({ event }) => (event.type === 'CHOICE' ? (event.id as LookupSection) : null) }),
    search: assign({ query: ({ event }) => (event.type === 'TEXT' ? event.text.slice(0, 200) : null) }),
    startStepper: assign({ stepper: () => startStepper() }),
    answerStepper: assign({ stepper: ({ context, event }) => answerStepper(context.stepper, event.type === 'YES' ? true : event.type === 'NO' ? false : null) }),
  },
}).createMachine({
  id: 'wegwijzer',
  context: { section: null, query: null, stepper: startStepper() },
  initial: 'menu',
  on: {
    CHOICE: [
      { guard: 'isSection', target: '.sectie', actions: 'showSection' },
      { guard: { type: 'isChoice', params: { id: 'routekaart' } }, target: '.stap', actions: 'startStepper' },
      { guard: { type: 'isChoice', params: { id: 'klaar' } }, target: '.klaar' },
    ],
    TEXT: { target: '.resultaten', actions: 'search' },
  },
  states: {
    menu: { meta: menuMeta() },
    sectie: { meta: menuMeta({ view: 'wegwijzerSectie' }) },
    resultaten: { meta: menuMeta({ view: 'wegwijzerZoeken' }) },
    stap: {
      meta: { view: 'routekaartStap', ask: 'wegwijzer.stap', expect: 'yesNo', orText: true } satisfies StateMeta,
      // After the last box the walk is done; otherwise the next box is shown.
      always: { guard: 'stepperDone', target: 'stapKlaar' },
      on: {
        TEXT: 'menu',
        YES: { target: 'stap', reenter: true, actions: 'answerStepper' },
        NO: { target: 'stap', reenter: true, actions: 'answerStepper' },
        UNKNOWN: { target: 'stap', reenter: true, actions: 'answerStepper' },
      },
    },
    stapKlaar: { meta: menuMeta({ view: 'routekaartStap' }) },
    klaar: { type: 'final', meta: { say: ['wegwijzer.klaar'] } satisfies StateMeta },
  },
  output: () => ({ ended: true as const }),
});
