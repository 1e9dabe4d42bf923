import { assign, setup } from 'xstate';
import { content, type PhaseId } from '../content';
import { swears, type Facts, type OtherNumber } from '../language';
import type { ChecklistItem } from '../referral/ids';
import { DERIVED } from './derived';
import { confirmKey, knownAnswer, mergeFacts } from './gesprekFacts';
import { checklistStates, gedaan, reflectionStates, routekaartStates, SIGNALS, skipIfKnown, zesMaanden, type Signal } from './gesprekStates';
import type { AnswerEvent, StateMeta } from './types';
import { afterPlan, phoneQuestion } from './terugbellenStates';

export { SIGNALS, type Signal } from './gesprekStates';
/* eslint-disable @typescript-eslint/no-unsafe-assignment -- the generated state configs (gesprekStates.ts) are `any` on purpose */

/** The longest stretch of a person's own words kept to mirror back. */
const ECHO_MAX = 200;

/** Answers the vague: a short text without anything the bot can use gets "Hoe bedoel je dat precies?". */
const VAGUE_WORDS = 5;

export interface GesprekContext {
  /** Routekaart answers by node id; null is "weet ik niet". */
  answers: Record<string, boolean | null>;
  debtTotal?: number | null;
  urgent: boolean;
  declined: boolean;
  checklist: ChecklistItem[];
  signals: Signal[];
  /** The routekaart's leaves reached, per phase, in order (a phase can pass more than one). */
  phaseOutcomes: Partial<Record<PhaseId, string[]>>;
  /** The person's own words, kept only to say them back (bewust maken, activeren, the call-back summary). */
  echo: { zesMaanden?: string; eigenStap?: string; naam?: string; telefoon?: string };
  /** Whether the gemeente takes call-back requests (from the conversation's start). */
  handoverAvailable: boolean;
  /** The call-back request, only with explicit consent: a name or nickname, a Dutch number, a moment. */
  contact: { name?: string; phone?: string; moment?: CallMoment };
  /** What the person said about their situation in any message (read by src/language/facts.ts); answers later questions. */
  facts: Facts;
  /** Lines said to confirm an answer given earlier, by content key, in order (the runner says each new one once). */
  confirmed: string[];
}

export const CALL_MOMENTS = ['ochtend', 'middag', 'eindVanDeDag', 'maaktNietUit'] as const;
export type CallMoment = (typeof CALL_MOMENTS)[number];

/** The longest name or nickname passed on. */
const NAME_MAX = 40;

const INITIAL_CONTEXT: GesprekContext = {
  answers: {},
  urgent: false,
  declined: false,
  checklist: [],
  signals: [],
  phaseOutcomes: {},
  echo: {},
  handoverAvailable: false,
  contact: {},
  facts: {},
  confirmed: [],
};

const answerOf = (e: AnswerEvent): boolean | null => (e.type === 'YES' ? true : e.type === 'NO' ? false : null);

export const gesprekMachine = setup({
  types: {
    context: {} as GesprekContext,
    // XState's documented way to type a machine's input; the lint rule cannot see that the assertion types it.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    input: {} as { handover?: boolean; facts?: Facts } | undefined,
    events: {} as AnswerEvent,
    output: {} as { ended: true },
  },
  guards: {
    isChoice: ({ event }, params: { id: string }) => event.type === 'CHOICE' && event.id === params.id,
    isSignal: ({ event }) => event.type === 'CHOICE' && (SIGNALS as readonly string[]).includes(event.id),
    isSignalWithReason: ({ event }) => event.type === 'CHOICE' && event.because === true && (SIGNALS as readonly string[]).includes(event.id),
    said: ({ event }) => event.type === 'TEXT',
    /** A short answer that says nothing the bot can use: worth one "Hoe bedoel je dat precies?". */
    /** A message with a swear word is heard, but never said back ("Je zegt: …"). */
    swears: ({ event }) => event.type === 'TEXT' && swears(event.text),
    vague: ({ event }) => event.type === 'TEXT' && !Object.keys(event.facts ?? {}).length && event.text.trim().split(/\s+/).length <= VAGUE_WORDS,
    knownAs: ({ context }, params: { node: string; answer: boolean }) => knownAnswer(context.facts, params.node) === params.answer,
    derived: ({ context }, params: { name: keyof typeof DERIVED }) => DERIVED[params.name](context.answers),
    hasArrears: ({ context }) => context.answers.achterstanden === true,
    handoverAvailable: ({ context }) => context.handoverAvailable,
    isShortName: ({ event }) => event.type === 'TEXT' && event.text.length <= NAME_MAX && /\p{L}/u.test(event.text),
    isMoment: ({ event }) => event.type === 'CHOICE' && (CALL_MOMENTS as readonly string[]).includes(event.id),
    /** A name when the number is known already (given after the plan, before the name was asked). */
    nameWithNumber: ({ context, event }) => event.type === 'TEXT' && event.text.length <= NAME_MAX && /\p{L}/u.test(event.text) && context.contact.phone !== undefined,
    isOtherNumber: ({ event }, params: { why: OtherNumber }) => event.type === 'OTHER_NUMBER' && event.why === params.why,
  },
  actions: {
    recordAnswer: assign({ answers: ({ context, event }, params: { node: string }) => ({ ...context.answers, [params.node]: answerOf(event) }) }),
    recordValue: assign({ answers: ({ context }, params: { node: string; value: boolean | null }) => ({ ...context.answers, [params.node]: params.value }) }),
    addFacts: assign({ facts: ({ context, event }) => (event.type === 'FACTS' || event.type === 'TEXT' ? mergeFacts(context.facts, event.facts ?? {}) : context.facts) }),
    // Each line once: "Je zei al dat je nu geen inkomen hebt." is said at the first question it answers, not again.
    confirmKnown: assign({
      confirmed: ({ context }, params: { node: string; answer: boolean }) => {
        const key = confirmKey(params.node, params.answer, context.facts);
        return context.confirmed.includes(key) ? context.confirmed : [...context.confirmed, key];
      },
    }),
    recordDebtTotal: assign({ debtTotal: ({ event }) => (event.type === 'AMOUNT' ? event.euros : null) }),
    recordOutcome: assign({ phaseOutcomes: ({ context }, params: { phase: PhaseId; leaf: string }) => ({ ...context.phaseOutcomes, [params.phase]: [...(context.phaseOutcomes[params.phase] ?? []), params.leaf] }) }),
    addToChecklist: assign({ checklist: ({ context }, params: { item: ChecklistItem }) => (context.checklist.includes(params.item) ? context.checklist : [...context.checklist, params.item]) }),
    recordSignal: assign({ signals: ({ context, event }) => (event.type === 'CHOICE' ? [...context.signals, event.id as Signal] : context.signals) }),
    markUrgent: assign({ urgent: true }),
    markDeclined: assign({ declined: true }),
    echoZesMaanden: assign({ echo: ({ context, event }) => ({ ...context.echo, zesMaanden: event.type === 'TEXT' ? event.text.slice(0, ECHO_MAX) : undefined }) }),
    rememberName: assign({
      contact: ({ context, event }) => ({ ...context.contact, name: event.type === 'TEXT' ? event.text.trim() : undefined }),
      echo: ({ context, event }) => ({ ...context.echo, naam: event.type === 'TEXT' ? event.text.trim() : undefined }),
    }),
    rememberPhone: assign({
      contact: ({ context, event }) => ({ ...context.contact, phone: event.type === 'PHONE' ? event.e164 : undefined }),
      echo: ({ context, event }) => ({ ...context.echo, telefoon: event.type === 'PHONE' ? event.display : undefined }),
    }),
    rememberMoment: assign({ contact: ({ context, event }) => ({ ...context.contact, moment: event.type === 'CHOICE' ? (event.id as CallMoment) : undefined }) }),
    anyMoment: assign({ contact: ({ context }) => ({ ...context.contact, moment: 'maaktNietUit' as const }) }),
    forgetContact: assign({ contact: {}, echo: ({ context }) => ({ ...context.echo, naam: undefined, telefoon: undefined }) }),
    echoEigenStap: assign({ echo: ({ context, event }) => ({ ...context.echo, eigenStap: event.type === 'TEXT' ? event.text.slice(0, ECHO_MAX) : undefined }) }),
  },
}).createMachine({
  id: 'gesprek',
  context: ({ input }) => ({ ...INITIAL_CONTEXT, handoverAvailable: input?.handover === true, facts: input?.facts ?? {} }),
  initial: 'inKaart',
  // What any message says about the situation is kept; a question it answers is then skipped (see gesprekFacts.ts).
  on: { FACTS: { actions: 'addFacts' } },
  states: {
    // Bespreekbaar maken, in the wegwijzer's order.
    inKaart: {
      meta: { ask: 'gesprek.inKaart', expect: 'choice', choices: ['goed', 'lastig', 'slecht', 'nietPraten', 'meteen'], orText: true } satisfies StateMeta,
      on: {
        CHOICE: [
          { guard: { type: 'isChoice', params: { id: 'nietPraten' } }, target: 'respect' },
          { guard: { type: 'isChoice', params: { id: 'meteen' } }, target: 'urgentEerst' },
          { target: 'normaliseren' },
        ],
        UNKNOWN: 'normaliseren',
        TEXT: [{ guard: 'vague', target: 'doorvragen' }, { target: 'normaliseren' }],
      },
    },
    doorvragen: {
      meta: { ask: 'gesprek.doorvragen', expect: 'freeText' } satisfies StateMeta,
      on: { TEXT: 'normaliseren', UNKNOWN: 'normaliseren' },
    },
    normaliseren: {
      meta: { say: ['gesprek.normaliseren'], ask: 'gesprek.normaliseren.vraag', expect: 'yesNo' } satisfies StateMeta,
      on: { YES: 'urgent', NO: 'urgent', UNKNOWN: 'urgent' },
    },
    urgent: {
      meta: { ask: 'gesprek.urgent', expect: 'yesNo' } satisfies StateMeta,
      always: skipIfKnown('urgent', 'plan', 'waarnemen', (answer) => (answer ? [{ type: 'markUrgent' }] : [])),
      on: { YES: { target: 'plan', actions: 'markUrgent' }, NO: 'waarnemen', UNKNOWN: 'waarnemen' },
    },
    // Straight to the questions still asks the urgent question once; "weet ik niet" (post unopened) may be urgent: call today.
    urgentEerst: {
      meta: { ask: 'gesprek.urgent', expect: 'yesNo' } satisfies StateMeta,
      always: skipIfKnown('urgent', 'plan', 'vrijgekomen', (answer) => (answer ? [{ type: 'markUrgent' }] : [])),
      on: { YES: { target: 'plan', actions: 'markUrgent' }, NO: 'vrijgekomen', UNKNOWN: 'vrijgekomenNaTwijfel' },
    },
    vrijgekomenNaTwijfel: {
      meta: { say: ['gesprek.urgent.weetNiet'], ask: 'gesprek.vrijgekomen', expect: 'yesNo' } satisfies StateMeta,
      always: skipIfKnown('vrijgekomen', 'checkId', 'routekaart', () => []),
      on: { YES: 'checkId', NO: 'routekaart', UNKNOWN: 'routekaart' },
    },
    waarnemen: {
      meta: { ask: 'gesprek.waarnemen', expect: 'choice', choices: [...SIGNALS, 'geen'], orText: true } satisfies StateMeta,
      on: {
        CHOICE: [
          // Picked with its reason ("stress door die dealer"): "Wat maakt dat?" is answered; thanked, and on.
          { guard: 'isSignalWithReason', target: 'zesMaandenNaReflectie', actions: 'recordSignal' },
          ...SIGNALS.map((signal) => ({ guard: { type: 'isChoice' as const, params: { id: signal } }, target: `reflectie_${signal}`, actions: 'recordSignal' as const })),
          { target: 'zesMaanden' },
        ],
        // In their own words ("ja, van alles een beetje"): thanked, and on to the next question.
        TEXT: 'zesMaandenNaReflectie',
        UNKNOWN: 'zesMaanden',
      },
    },
    ...reflectionStates(),
    zesMaanden: zesMaanden([]),
    zesMaandenNaReflectie: zesMaanden(['gesprek.waarnemen.dank']),
    spiegel: {
      meta: { say: ['gesprek.bewust.spiegel'], ask: 'gesprek.bewust.magIk', expect: 'yesNo' } satisfies StateMeta,
      on: { YES: 'gedaanNaRisico', NO: 'gedaan', UNKNOWN: 'gedaan' },
    },
    magIk: {
      meta: { ask: 'gesprek.bewust.magIk', expect: 'yesNo' } satisfies StateMeta,
      on: { YES: 'gedaanNaRisico', NO: 'gedaan', UNKNOWN: 'gedaan' },
    },
    gedaan: gedaan(['gesprek.bewust.rust']),
    gedaanNaRisico: gedaan(['gesprek.bewust.risico', 'gesprek.bewust.rust']),
    nodig: {
      meta: { ask: 'gesprek.activeren.nodig', expect: 'freeText', facts: 'told' } satisfies StateMeta,
      on: { TEXT: { target: 'vrijgekomen', actions: 'echoEigenStap' }, UNKNOWN: 'vrijgekomen' },
    },
    respect: {
      meta: { say: ['gesprek.respect'], ask: 'gesprek.respect.verder', expect: 'choice', choices: ['verder', 'stoppen'] } satisfies StateMeta,
      on: {
        CHOICE: [{ guard: { type: 'isChoice', params: { id: 'verder' } }, target: 'normaliseren' }, { target: 'geweigerd', actions: 'markDeclined' }],
        UNKNOWN: { target: 'geweigerd', actions: 'markDeclined' },
      },
    },
    // The five basisvoorwaarden after release (handreiking re-integratie); schulden is the routekaart itself.
    vrijgekomen: {
      meta: { ask: 'gesprek.vrijgekomen', expect: 'yesNo' } satisfies StateMeta,
      always: skipIfKnown('vrijgekomen', 'checkId', 'routekaart', () => []),
      on: { YES: 'checkId', NO: 'routekaart', UNKNOWN: 'routekaart' },
    },
    ...checklistStates(),
    routekaart: {
      id: 'rk',
      initial: content.routekaart.phases.fase1.start,
      states: routekaartStates(),
    },
    // "Jouw plan"; where the gemeente takes call-back requests, followed by the offer of a call-back (warm handover).
    plan: { always: [{ guard: 'handoverAvailable', target: 'planMetTerugbellen' }, { target: 'planKlaar' }] },
    planKlaar: { type: 'final', meta: { view: 'plan' } satisfies StateMeta },
    geweigerd: { type: 'final', meta: { view: 'plan' } satisfies StateMeta },
    planMetTerugbellen: {
      meta: { view: 'plan', ask: 'terugbellen.aanbod', expect: 'yesNo', noFacts: true } satisfies StateMeta,
      on: { YES: 'naam', NO: 'geenTerugbellen', UNKNOWN: 'geenTerugbellen' },
    },
    naam: {
      meta: { ask: 'terugbellen.naam', expect: 'name', noFacts: true, keepAsking: true } satisfies StateMeta,
      on: {
        TEXT: [
          { guard: { type: 'nameWithNumber' }, target: 'moment', actions: 'rememberName' },
          { guard: 'isShortName', target: 'telefoon', actions: 'rememberName' },
        ],
        CHOICE: { target: 'geenTerugbellen', actions: 'forgetContact' },
        UNKNOWN: { target: 'geenTerugbellen', actions: 'forgetContact' },
      },
    },
    // The number: asked until the person gives one or says they rather not (there is nothing to fill in for them).
    telefoon: phoneQuestion('terugbellen.telefoon', []),
    telefoonDienstnummer: phoneQuestion('terugbellen.telefoon.eigen', ['terugbellen.telefoon.dienstnummer']),
    telefoonOnvolledig: phoneQuestion('terugbellen.telefoon.eigen', ['terugbellen.telefoon.onvolledig']),
    telefoonBuitenland: phoneQuestion('terugbellen.telefoon.eigen', ['terugbellen.telefoon.buitenland']),
    moment: {
      meta: { ask: 'terugbellen.moment', expect: 'choice', choices: CALL_MOMENTS, noFacts: true } satisfies StateMeta,
      on: { CHOICE: { guard: 'isMoment', target: 'bevestigen', actions: 'rememberMoment' }, UNKNOWN: { target: 'bevestigen', actions: 'anyMoment' } },
    },
    // Consent: the person sees exactly what goes where, and says yes to that.
    bevestigen: {
      meta: { view: 'terugbellenSamenvatting', ask: 'terugbellen.bevestigen', expect: 'yesNo', noFacts: true } satisfies StateMeta,
      on: { YES: 'verstuurd', NO: { target: 'nietVerstuurd', actions: 'forgetContact' }, UNKNOWN: { target: 'nietVerstuurd', actions: 'forgetContact' } },
    },
    verstuurd: { type: 'final', meta: { effect: 'handover', say: ['terugbellen.verstuurd'] } satisfies StateMeta },
    // No call-back (yet): the conversation is done, but "ik wil toch dat het wijkteam me belt" or a number takes it up again.
    nietVerstuurd: afterPlan('terugbellen.nietVerstuurd'),
    geenTerugbellen: afterPlan('terugbellen.geenProbleem'),
    zonderNummer: afterPlan('terugbellen.zonderNummer'),
  },
  output: () => ({ ended: true as const }),
});

