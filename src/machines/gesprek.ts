import { assign, setup } from 'xstate';
import { content, PHASE_IDS, type ContentKey, type PhaseId, type RoutekaartNode } from '../content';
import type { ChecklistItem } from '../referral/ids';
import type { AnswerEvent, StateMeta } from './types';

/** Signals from the wegwijzer's list the bot asks about, since it cannot see the person (waarnemen). */
export const SIGNALS = ['stress', 'slapen', 'post', 'afspraken', 'voorschot'] as const;
export type Signal = (typeof SIGNALS)[number];

const CHECKS: ReadonlyArray<{ state: string; item: ChecklistItem; ask: ContentKey }> = [
  { state: 'checkId', item: 'id', ask: 'gesprek.check.id' },
  { state: 'checkOnderdak', item: 'onderdak', ask: 'gesprek.check.onderdak' },
  { state: 'checkInkomen', item: 'inkomen', ask: 'gesprek.check.inkomen' },
  { state: 'checkZorg', item: 'zorg', ask: 'gesprek.check.zorg' },
];

/**
 * A generated state's config. The states made from data (routekaart, checklist, reflections) are typed loosely:
 * XState's config types cannot follow them, so the machine-path tests check them instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type StateConfig = any;
/* eslint-disable @typescript-eslint/no-unsafe-assignment -- the generated state configs above are `any` on purpose */

/** The longest stretch of a person's own words kept to mirror back. */
const ECHO_MAX = 200;

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
};

const answerOf = (e: AnswerEvent): boolean | null => (e.type === 'YES' ? true : e.type === 'NO' ? false : null);

/** Where the routekaart's targets live in the machine. */
const nodeRef = (id: string) => `#rk.${id}`;
const leafRef = (id: string) => `#rk.leaf_${id}`;
function target(t: string): string {
  if (t === 'plan') return '#gesprek.plan';
  return t.startsWith('leaf:') ? leafRef(t.slice(5)) : nodeRef(t);
}

const PHASE_INTRO: Record<PhaseId, ContentKey> = {
  fase1: 'gesprek.routekaart.intro',
  fase2: 'gesprek.fase2.intro',
  fase3: 'gesprek.fase3.intro',
};

/** One state per routekaart node and leaf, generated from the routekaart in content (its ids and edges; never its words). */
function routekaartStates(): Record<string, StateConfig> {
  const states: Record<string, StateConfig> = {};
  for (const phase of PHASE_IDS) {
    const { nodes, leaves, start } = content.routekaart.phases[phase];
    for (const [id, node] of Object.entries<RoutekaartNode>(nodes)) {
      states[id] = nodeState(id, node, id === start ? [PHASE_INTRO[phase]] : []);
    }
    for (const [id, leaf] of Object.entries(leaves)) {
      states[`leaf_${id}`] = {
        entry: { type: 'recordOutcome', params: { phase, leaf: id } },
        always: { target: target(leaf.next) },
      };
    }
  }
  return states;
}

function nodeState(id: string, node: RoutekaartNode, say: ContentKey[]): StateConfig {
  if (node.derived) {
    return { always: [{ guard: node.derived, target: target(node.ja!) }, { target: target(node.nee!) }] };
  }
  const meta: StateMeta = { ...(say.length ? { say } : {}), ask: `routekaart.${id}`, expect: node.expect };
  if (node.expect === 'amount') {
    return {
      meta,
      on: {
        AMOUNT: { target: target(node.next!), actions: 'recordDebtTotal' },
        UNKNOWN: { target: target(node.next!), actions: 'recordDebtTotal' },
      },
    };
  }
  const unknownTarget = node.weetNiet === 'ja' ? node.ja! : node.weetNiet === 'nee' ? node.nee! : node.weetNiet!;
  const record = { type: 'recordAnswer', params: { node: id } } as const;
  return {
    meta,
    on: {
      YES: { target: target(node.ja!), actions: record },
      NO: node.orArrears
        ? [{ guard: 'hasArrears', target: target(node.orArrears), actions: record }, { target: target(node.nee!), actions: record }]
        : { target: target(node.nee!), actions: record },
      UNKNOWN: { target: target(unknownTarget), actions: record },
    },
  };
}

/** The release checklist: one yes/no question per basisvoorwaarde; "nee" or "weet ik niet" puts it on the list. */
function checklistStates(): Record<string, StateConfig> {
  return Object.fromEntries(
    CHECKS.map(({ state, item, ask }, i) => {
      const next = CHECKS[i + 1] ? CHECKS[i + 1].state : 'routekaart';
      const meta: StateMeta = { ...(i === 0 ? { say: ['gesprek.vrijgekomen.intro'] } : {}), ask, expect: 'yesNo' };
      return [state, { meta, on: { YES: next, NO: { target: next, actions: { type: 'addToChecklist', params: { item } } }, UNKNOWN: { target: next, actions: { type: 'addToChecklist', params: { item } } } } }];
    }),
  );
}

/** Waarnemen: after the person picks a signal, the bot reflects it and asks what is behind it. */
function reflectionStates(): Record<string, StateConfig> {
  return Object.fromEntries(
    SIGNALS.map((signal) => [
      `reflectie_${signal}`,
      {
        meta: { ask: `gesprek.waarnemen.${signal}` as ContentKey, expect: 'freeText' } satisfies StateMeta,
        on: { TEXT: 'zesMaandenNaReflectie', UNKNOWN: 'zesMaandenNaReflectie' },
      },
    ]),
  );
}

const zesMaanden = (say: ContentKey[]): StateConfig => ({
  meta: { ...(say.length ? { say } : {}), ask: 'gesprek.bewust.zesMaanden', expect: 'freeText' } satisfies StateMeta,
  on: { TEXT: { target: 'spiegel', actions: 'echoZesMaanden' }, UNKNOWN: 'magIk' },
});

const gedaan = (say: ContentKey[]): StateConfig => ({
  meta: { say, ask: 'gesprek.activeren.gedaan', expect: 'freeText' } satisfies StateMeta,
  on: { TEXT: 'nodig', UNKNOWN: 'nodig' },
});

export const gesprekMachine = setup({
  types: {
    context: {} as GesprekContext,
    // XState's documented way to type a machine's input; the lint rule cannot see that the assertion types it.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    input: {} as { handover?: boolean } | undefined,
    events: {} as AnswerEvent,
    output: {} as { ended: true },
  },
  guards: {
    isChoice: ({ event }, params: { id: string }) => event.type === 'CHOICE' && event.id === params.id,
    isSignal: ({ event }) => event.type === 'CHOICE' && (SIGNALS as readonly string[]).includes(event.id),
    said: ({ event }) => event.type === 'TEXT',
    hasArrears: ({ context }) => context.answers.achterstanden === true,
    handoverAvailable: ({ context }) => context.handoverAvailable,
    isShortName: ({ event }) => event.type === 'TEXT' && event.text.length <= NAME_MAX && /\p{L}/u.test(event.text),
    isMoment: ({ event }) => event.type === 'CHOICE' && (CALL_MOMENTS as readonly string[]).includes(event.id),
    /** Fase 3 'Heeft de cliënt begeleiding nodig?', decided from Fase 1 and 2 (see routekaart.json). */
    needsGuidance: ({ context }) => {
      const a = context.answers;
      return (
        a.schulden === true || a.schulden === null || a.achterstanden === true || a.overzicht === false || a.overzicht === null ||
        a.duidelijk === false || a.duidelijk === null || a.inkomen === false || a.zelfredzaam === false || a.zelfredzaam === null
      );
    },
  },
  actions: {
    recordAnswer: assign({ answers: ({ context, event }, params: { node: string }) => ({ ...context.answers, [params.node]: answerOf(event) }) }),
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
  context: ({ input }) => ({ ...INITIAL_CONTEXT, handoverAvailable: input?.handover === true }),
  initial: 'inKaart',
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
        TEXT: 'doorvragen',
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
      on: { YES: { target: 'plan', actions: 'markUrgent' }, NO: 'waarnemen', UNKNOWN: 'waarnemen' },
    },
    // Straight to the questions still asks the urgent question once; "weet ik niet" (post unopened) may be urgent: call today.
    urgentEerst: {
      meta: { ask: 'gesprek.urgent', expect: 'yesNo' } satisfies StateMeta,
      on: { YES: { target: 'plan', actions: 'markUrgent' }, NO: 'vrijgekomen', UNKNOWN: 'vrijgekomenNaTwijfel' },
    },
    vrijgekomenNaTwijfel: {
      meta: { say: ['gesprek.urgent.weetNiet'], ask: 'gesprek.vrijgekomen', expect: 'yesNo' } satisfies StateMeta,
      on: { YES: 'checkId', NO: 'routekaart', UNKNOWN: 'routekaart' },
    },
    waarnemen: {
      meta: { ask: 'gesprek.waarnemen', expect: 'choice', choices: [...SIGNALS, 'geen'] } satisfies StateMeta,
      on: {
        CHOICE: [
          ...SIGNALS.map((signal) => ({ guard: { type: 'isChoice' as const, params: { id: signal } }, target: `reflectie_${signal}`, actions: 'recordSignal' as const })),
          { target: 'zesMaanden' },
        ],
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
      meta: { ask: 'gesprek.activeren.nodig', expect: 'freeText' } satisfies StateMeta,
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
      meta: { view: 'plan', ask: 'terugbellen.aanbod', expect: 'yesNo' } satisfies StateMeta,
      on: { YES: 'naam', NO: 'geenTerugbellen', UNKNOWN: 'geenTerugbellen' },
    },
    naam: {
      meta: { ask: 'terugbellen.naam', expect: 'freeText' } satisfies StateMeta,
      on: { TEXT: { guard: 'isShortName', target: 'telefoon', actions: 'rememberName' } },
    },
    telefoon: {
      meta: { ask: 'terugbellen.telefoon', expect: 'phone' } satisfies StateMeta,
      on: { PHONE: { target: 'moment', actions: 'rememberPhone' }, UNKNOWN: { target: 'zonderNummer', actions: 'forgetContact' } },
    },
    moment: {
      meta: { ask: 'terugbellen.moment', expect: 'choice', choices: CALL_MOMENTS } satisfies StateMeta,
      on: { CHOICE: { guard: 'isMoment', target: 'bevestigen', actions: 'rememberMoment' }, UNKNOWN: { target: 'bevestigen', actions: 'anyMoment' } },
    },
    // Consent: the person sees exactly what goes where, and says yes to that.
    bevestigen: {
      meta: { view: 'terugbellenSamenvatting', ask: 'terugbellen.bevestigen', expect: 'yesNo' } satisfies StateMeta,
      on: { YES: 'verstuurd', NO: { target: 'nietVerstuurd', actions: 'forgetContact' }, UNKNOWN: { target: 'nietVerstuurd', actions: 'forgetContact' } },
    },
    verstuurd: { type: 'final', meta: { effect: 'handover', say: ['terugbellen.verstuurd'] } satisfies StateMeta },
    nietVerstuurd: { type: 'final', meta: { say: ['terugbellen.nietVerstuurd'] } satisfies StateMeta },
    geenTerugbellen: { type: 'final', meta: { say: ['terugbellen.geenProbleem'] } satisfies StateMeta },
    zonderNummer: { type: 'final', meta: { say: ['terugbellen.zonderNummer'] } satisfies StateMeta },
  },
  output: () => ({ ended: true as const }),
});

