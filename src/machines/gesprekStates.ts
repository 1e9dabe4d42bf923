import { content, PHASE_IDS, type ContentKey, type PhaseId, type RoutekaartNode } from '../content';
import type { ChecklistItem } from '../referral/ids';
import { FACT_NODES } from './gesprekFacts';
import type { StateMeta } from './types';

/**
 * The states of the money conversation made from data: the routekaart, the release checklist and the
 * reflections. They are typed loosely: XState's config types cannot follow them, so the machine-path tests check them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StateConfig = any;
/* eslint-disable @typescript-eslint/no-unsafe-assignment -- the generated state configs are `any` on purpose */

/** Signals from the wegwijzer's list the bot asks about, since it cannot see the person (waarnemen). */
export const SIGNALS = ['stress', 'slapen', 'post', 'afspraken', 'voorschot'] as const;
export type Signal = (typeof SIGNALS)[number];

const CHECKS: ReadonlyArray<{ state: string; item: ChecklistItem; ask: ContentKey; topic?: 'homeless' }> = [
  { state: 'checkId', item: 'id', ask: 'gesprek.check.id' },
  { state: 'checkOnderdak', item: 'onderdak', ask: 'gesprek.check.onderdak', topic: 'homeless' },
  { state: 'checkInkomen', item: 'inkomen', ask: 'gesprek.check.inkomen' },
  { state: 'checkZorg', item: 'zorg', ask: 'gesprek.check.zorg' },
];

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

type Action = { type: string; params?: Record<string, unknown> };

/**
 * A question already answered by what the person said earlier (their facts) is not asked: the bot confirms
 * it in one short line and goes on as if it was answered. `record` keeps the answer as the question's own would.
 */
export function skipIfKnown(node: string, yes: string, no: string, record: (answer: boolean) => Action[]): StateConfig[] {
  if (!FACT_NODES.includes(node)) return [];
  return [true, false].map((answer) => ({
    guard: { type: 'knownAs', params: { node, answer } },
    target: answer ? yes : no,
    actions: [...record(answer), { type: 'confirmKnown', params: { node, answer } }],
  }));
}

/** One state per routekaart node and leaf, generated from the routekaart in content (its ids and edges; never its words). */
export function routekaartStates(): Record<string, StateConfig> {
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

const recordValue = (node: string, value: boolean | null): Action => ({ type: 'recordValue', params: { node, value } });

function nodeState(id: string, node: RoutekaartNode, say: ContentKey[]): StateConfig {
  if (node.derived) {
    return { always: [{ guard: { type: 'derived', params: { name: node.derived } }, target: target(node.ja!) }, { target: target(node.nee!) }] };
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
  const unknownTarget = target(node.weetNiet === 'ja' ? node.ja! : node.weetNiet === 'nee' ? node.nee! : node.weetNiet!);
  const always = skipIfKnown(id, target(node.ja!), target(node.nee!), (answer) => [recordValue(id, answer)]);
  if (node.expect === 'choice') {
    // An either/or question: each option gives ja, nee or weet ik niet.
    const options = Object.entries(node.options ?? {});
    return {
      meta: { ...meta, choices: options.map(([o]) => o) },
      ...(always.length ? { always } : {}),
      on: {
        CHOICE: options.map(([o, option]) => {
          const value = option.answer === 'ja' ? true : option.answer === 'nee' ? false : null;
          return { guard: { type: 'isChoice', params: { id: o } }, target: value === true ? target(node.ja!) : value === false ? target(node.nee!) : unknownTarget, actions: recordValue(id, value) };
        }),
        UNKNOWN: { target: unknownTarget, actions: recordValue(id, null) },
      },
    };
  }
  const record = { type: 'recordAnswer', params: { node: id } } as const;
  return {
    meta,
    ...(always.length ? { always } : {}),
    on: {
      YES: { target: target(node.ja!), actions: record },
      NO: node.orArrears
        ? [{ guard: 'hasArrears', target: target(node.orArrears), actions: record }, { target: target(node.nee!), actions: record }]
        : { target: target(node.nee!), actions: record },
      UNKNOWN: { target: unknownTarget, actions: record },
    },
  };
}

/** The release checklist: one yes/no question per basisvoorwaarde; "nee" or "weet ik niet" puts it on the list. */
export function checklistStates(): Record<string, StateConfig> {
  return Object.fromEntries(
    CHECKS.map(({ state, item, ask, topic }, i) => {
      const next = CHECKS[i + 1] ? CHECKS[i + 1].state : 'routekaart';
      const add = { type: 'addToChecklist', params: { item } };
      const meta: StateMeta = { ...(i === 0 ? { say: ['gesprek.vrijgekomen.intro'] } : {}), ask, expect: 'yesNo', ...(topic ? { topic } : {}) };
      const always = skipIfKnown(state, next, next, (answer) => (answer ? [] : [add]));
      return [state, { meta, ...(always.length ? { always } : {}), on: { YES: next, NO: { target: next, actions: add }, UNKNOWN: { target: next, actions: add } } }];
    }),
  );
}

/** Waarnemen: after the person picks a signal, the bot reflects it and asks what is behind it. */
export function reflectionStates(): Record<string, StateConfig> {
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

export const zesMaanden = (say: ContentKey[]): StateConfig => ({
  meta: { ...(say.length ? { say } : {}), ask: 'gesprek.bewust.zesMaanden', expect: 'freeText', facts: 'told' } satisfies StateMeta,
  // Mirroring a few words back ("Je zegt: “mwah”") sounds like mocking: only a real answer is said back.
  on: { TEXT: [{ guard: 'vague', target: 'magIk' }, { guard: 'swears', target: 'magIk' }, { target: 'spiegel', actions: 'echoZesMaanden' }], UNKNOWN: 'magIk' },
});

export const gedaan = (say: ContentKey[]): StateConfig => ({
  meta: { say, ask: 'gesprek.activeren.gedaan', expect: 'freeText' } satisfies StateMeta,
  on: { TEXT: 'nodig', UNKNOWN: 'nodig' },
});
