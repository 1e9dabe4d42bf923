import { assign, setup } from 'xstate';
import type { PracticeCriterion } from '../language/practice';
import type { TechniqueClass } from '../language/techniques';
import { KEEP_CURRENT_HELP, personas, PERSONA_IDS } from '../content/personas';
import { REFERRAL_IDS } from '../referral/ids';
import { INITIAL_PRACTICE, practiceStep, type PracticeState } from '../practice/step';
import type { AnswerEvent, StateMeta } from './types';

/** After this many questions the practice ends with feedback, also without "klaar". */
export const MAX_PRACTICE_TURNS = 14;

/** The help the professional can pick for the client: the wegwijzer's list, or keeping the help there is. */
export const PRACTICE_REFERRALS = [...REFERRAL_IDS.filter((id) => id !== '113-zelfmoordpreventie'), KEEP_CURRENT_HELP];

export interface OefenenContext {
  persona: string | null;
  /** Varies the client's wording between sessions (set when the practice starts). */
  seed: number;
  practice: PracticeState;
  chosenReferral: string | null;
}

type PracticeEvent = { type: 'PRACTICE'; technique: TechniqueClass | null; topics: string[]; criteria: PracticeCriterion[]; finish: boolean };

const ALLIANCE = ['vertrouwen', 'richtingEnKader', 'binding', 'stroefheid'] as const;

function allianceStates() {
  return Object.fromEntries(
    ALLIANCE.map((factor, i) => [
      `alliantie_${factor}`,
      {
        meta: { ...(i === 0 ? { view: 'allianceIntro' } : {}), ask: `oefenen.alliantie.${factor}`, expect: 'freeText' },
        on: { TEXT: ALLIANCE[i + 1] ? `alliantie_${ALLIANCE[i + 1]}` : 'klaarMetReflectie', UNKNOWN: ALLIANCE[i + 1] ? `alliantie_${ALLIANCE[i + 1]}` : 'klaarMetReflectie' },
      },
    ]),
  );
}

/**
 * Practice mode: the professional picks a client, asks questions in their own words, and the simulated
 * client answers depending on the technique and the trust built so far. "klaar" (or the turn limit) gives
 * feedback, a question about which help fits, and an optional reflection on the working alliance.
 */
export const oefenenMachine = setup({
  types: {
    context: {} as OefenenContext,
    // XState's documented way to type a machine's input; the lint rule cannot see that the assertion types it.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    input: {} as { seed?: number },
    events: {} as AnswerEvent | PracticeEvent,
    output: {} as { ended: true },
  },
  guards: {
    isPersona: ({ event }) => event.type === 'CHOICE' && PERSONA_IDS.includes(event.id),
    isReferral: ({ event }) => event.type === 'CHOICE' && (PRACTICE_REFERRALS as readonly string[]).includes(event.id),
    wantsFeedback: ({ event }) => event.type === 'PRACTICE' && event.finish,
    lastTurn: ({ context }) => context.practice.turns + 1 >= MAX_PRACTICE_TURNS,
  },
  actions: {
    choosePersona: assign({ persona: ({ event }) => (event.type === 'CHOICE' ? event.id : null), practice: () => ({ ...INITIAL_PRACTICE }) }),
    chooseAnyPersona: assign({ persona: ({ context }) => PERSONA_IDS[context.seed % PERSONA_IDS.length], practice: () => ({ ...INITIAL_PRACTICE }) }),
    step: assign({
      practice: ({ context, event }) =>
        event.type === 'PRACTICE' && context.persona
          ? practiceStep(context.practice, event, Object.keys(personas[context.persona].truths))
          : context.practice,
    }),
    chooseReferral: assign({ chosenReferral: ({ event }) => (event.type === 'CHOICE' ? event.id : null) }),
  },
}).createMachine({
  id: 'oefenen',
  context: ({ input }) => ({ persona: null, seed: Math.floor((input?.seed ?? 0) * 1000), practice: { ...INITIAL_PRACTICE }, chosenReferral: null }),
  initial: 'kies',
  states: {
    kies: {
      meta: { ask: 'oefenen.kies', expect: 'choice', choices: PERSONA_IDS } satisfies StateMeta,
      // After two unreadable answers the core sends UNKNOWN: the bot picks a client, so practice never stalls here.
      on: { CHOICE: { guard: 'isPersona', target: 'start', actions: 'choosePersona' }, UNKNOWN: { target: 'start', actions: 'chooseAnyPersona' } },
    },
    start: {
      meta: { view: 'personaIntro', ask: 'oefenen.vraag', expect: 'practice' } satisfies StateMeta,
      on: {
        PRACTICE: [
          { guard: 'wantsFeedback', target: 'feedback' },
          { target: 'oefenen', actions: 'step' },
        ],
      },
    },
    oefenen: {
      meta: { view: 'practiceReply', ask: 'oefenen.vraag', expect: 'practice' } satisfies StateMeta,
      on: {
        PRACTICE: [
          { guard: 'wantsFeedback', target: 'feedback' },
          { guard: 'lastTurn', target: 'feedback', actions: 'step' },
          { target: 'oefenen', reenter: true, actions: 'step' },
        ],
      },
    },
    feedback: {
      meta: { view: 'practiceFeedback', ask: 'oefenen.welkeHulp', expect: 'choice', choices: PRACTICE_REFERRALS } satisfies StateMeta,
      on: { CHOICE: { guard: 'isReferral', target: 'vergelijking', actions: 'chooseReferral' }, UNKNOWN: 'vergelijking' },
    },
    vergelijking: {
      meta: { view: 'practiceVergelijking', ask: 'oefenen.alliantie.aanbod', expect: 'yesNo' } satisfies StateMeta,
      on: { YES: 'alliantie_vertrouwen', NO: 'klaar', UNKNOWN: 'klaar' },
    },
    ...allianceStates(),
    klaarMetReflectie: { type: 'final', meta: { view: 'allianceSlot' } satisfies StateMeta },
    klaar: { type: 'final', meta: { view: 'practiceEinde' } satisfies StateMeta },
  },
  output: () => ({ ended: true as const }),
});
