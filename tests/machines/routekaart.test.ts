import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { content } from '../../src/content';
import { gesprekMachine, type GesprekContext } from '../../src/machines/gesprek';
import type { AnswerEvent } from '../../src/machines/types';

type Snap = SnapshotFrom<typeof gesprekMachine>;
type Answers = GesprekContext['answers'];

/** Yes, no, don't know, an amount, and the either/or question about income (a job, or neither). */
const ANSWERS: AnswerEvent[] = [
  { type: 'YES' }, { type: 'NO' }, { type: 'UNKNOWN' }, { type: 'AMOUNT', euros: 4000, approximate: true },
  { type: 'CHOICE', id: 'baan' }, { type: 'CHOICE', id: 'anders' },
];

/** Drives the machine with events from the start, and returns its snapshot. */
function after(events: AnswerEvent[]): Snap {
  const actor = createActor(gesprekMachine, { input: {} }).start();
  for (const e of events) actor.send(e);
  return actor.getSnapshot();
}

/** Straight to the routekaart: "Ik wil meteen naar de vragen", nothing urgent, not recently released. */
const TO_ROUTEKAART: AnswerEvent[] = [{ type: 'CHOICE', id: 'meteen' }, { type: 'NO' }, { type: 'NO' }];

/** "Weet ik niet" follows the branch that routekaart.json names for each node; the table is written in ja/nee. */
function effective(node: string, answer: boolean | null | undefined): boolean | undefined {
  if (answer !== null) return answer;
  const spec = Object.values(content.routekaart.phases).flatMap((p) => Object.entries(p.nodes)).find(([id]) => id === node)?.[1];
  return spec?.weetNiet === 'ja' ? true : spec?.weetNiet === 'nee' ? false : undefined;
}

/**
 * The leaves of each phase, written from the wegwijzer's flowcharts (see routekaart.json for the
 * connections that had to be chosen), as a function of the answers.
 */
const TABLE = {
  fase1(a: Answers): string[] {
    const x = (n: string) => effective(n, a[n]);
    if (x('inkomen') === false) return ['geenInkomen'];
    const overzicht = () => (x('overzicht') ? ['naarFase2'] : ['naarFase2Zonderoverzicht']);
    if (x('formeel')) return x('stabiel') ? overzicht() : ['inkomenVergaren'];
    if (x('familie')) return x('vrijwillig') && x('dragen') ? overzicht() : ['onafhankelijkheid'];
    if (!x('illegaal')) return ['inkomenVergaren'];
    return x('zicht') ? ['inkomenVergaren'] : ['inBeeldInkomsten'];
  },
  fase2(a: Answers): string[] {
    const x = (n: string) => effective(n, a[n]);
    const first = x('duidelijk') ? [] : ['inBeeldSituatie'];
    // The CJIB and informal debts are asked of everyone (issue 13); any debt or arrears leads to the risk question.
    const problems = a.schulden === true || a.schulden === null || x('achterstanden') === true || a.cjib === true || a.informeel === true;
    if (!problems) return [...first, x('verleden') ? 'monitorLevensdomeinen' : 'geenOndersteuning'];
    const risk = x('risico') ? ['andereLevensdomeinen'] : [];
    return [...first, ...risk, x('zelfredzaam') ? 'wensenFase3' : 'noodzaakFase3'];
  },
  fase3(a: Answers, needs: boolean): string[] {
    const x = (n: string) => effective(n, a[n]);
    if (x('begeleiding')) return ['monitorOndersteuning'];
    if (!needs) return ['monitorSituatie'];
    return x('wil') ? ['passendeOndersteuning'] : ['noodzaakBespreken'];
  },
};

/**
 * Every path from a snapshot until the conversation leaves the phase (next phase's first question, or the
 * plan). The serialised state holds the answers, so the graph is a tree: each state's shortest path is its
 * only path, and the shortest paths are all the paths (getSimplePaths finds the same, 100 times slower).
 */
function phasePaths(from: Snap, done: (s: Snap) => boolean) {
  return getShortestPaths(gesprekMachine, {
    fromState: from,
    events: (s: Snap) => ANSWERS.filter((e) => s.can(e)),
    stopWhen: done,
    serializeState: (s) => JSON.stringify([s.value, s.context.answers, s.context.debtTotal ?? 'none']),
  });
}

const inPhase2Start = (s: Snap) => s.matches({ routekaart: content.routekaart.phases.fase2.start });
const inPhase3Start = (s: Snap) => s.matches({ routekaart: content.routekaart.phases.fase3.start });

describe('routekaart Fase 1 - Inkomsten', () => {
  const paths = phasePaths(after(TO_ROUTEKAART), inPhase2Start).filter((p) => inPhase2Start(p.state));

  it('has a path to every leaf of the source', () => {
    const reached = new Set(paths.flatMap((p) => p.state.context.phaseOutcomes.fase1 ?? []));
    expect([...reached].sort()).toEqual(Object.keys(content.routekaart.phases.fase1.leaves).sort());
  });

  it('ends every path in the leaf the source gives for its answers, and goes on to Fase 2', () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const { answers, phaseOutcomes } = path.state.context;
      expect({ answers, leaves: phaseOutcomes.fase1 }).toEqual({ answers, leaves: TABLE.fase1(answers) });
    }
  });
});

describe('routekaart Fase 2 - Financiële situatie', () => {
  const start = after([...TO_ROUTEKAART, { type: 'NO' }]);
  const paths = phasePaths(start, inPhase3Start).filter((p) => inPhase3Start(p.state));

  it('starts after Fase 1 with the source\'s first question', () => {
    expect(inPhase2Start(start)).toBe(true);
  });

  it('has a path to every leaf of the source', () => {
    const reached = new Set(paths.flatMap((p) => p.state.context.phaseOutcomes.fase2 ?? []));
    expect([...reached].sort()).toEqual(Object.keys(content.routekaart.phases.fase2.leaves).sort());
  });

  it('ends every path in the leaves the source gives for its answers', () => {
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const { answers, phaseOutcomes } = path.state.context;
      expect({ answers, leaves: phaseOutcomes.fase2 }).toEqual({ answers, leaves: TABLE.fase2(answers) });
    }
  });

  it('asks the debt total only when there are (or may be) debts, and never demands a number', () => {
    for (const path of paths) {
      const asked = path.steps.some((s) => s.event.type === 'AMOUNT');
      if (asked) expect(path.state.context.answers.schulden).toBe(true);
    }
    const unknownTotal = paths.find((p) => p.state.context.answers.schulden === true && p.state.context.debtTotal === null);
    expect(unknownTotal).toBeDefined();
  });
});

describe('routekaart Fase 3 - Financiële begeleiding', () => {
  const done = (s: Snap) => s.status === 'done';
  // Two ways into Fase 3: one where help is needed (no income), one where it is not (stable income, overview, no debts).
  const needing = after([...TO_ROUTEKAART, { type: 'NO' }, { type: 'YES' }, { type: 'NO' }, { type: 'NO' }, { type: 'NO' }, { type: 'NO' }, { type: 'NO' }]);
  const notNeeding = after([...TO_ROUTEKAART, { type: 'YES' }, { type: 'CHOICE', id: 'baan' }, { type: 'YES' }, { type: 'YES' }, { type: 'YES' }, { type: 'NO' }, { type: 'NO' }, { type: 'NO' }, { type: 'NO' }, { type: 'NO' }]);

  it.each([
    ['help is needed', needing, true],
    ['help is not needed', notNeeding, false],
  ])('when %s, every path ends in the source\'s leaf and then the plan', (_label, start, needs) => {
    expect(inPhase3Start(start)).toBe(true);
    const paths = phasePaths(start, done).filter((p) => done(p.state));
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      const { answers, phaseOutcomes } = path.state.context;
      expect({ answers, leaves: phaseOutcomes.fase3 }).toEqual({ answers, leaves: TABLE.fase3(answers, needs) });
      expect(path.state.value).toBe('planKlaar');
    }
  });

  it('reaches every leaf of the source', () => {
    const reached = new Set(
      [needing, notNeeding].flatMap((s) => phasePaths(s, done).flatMap((p) => p.state.context.phaseOutcomes.fase3 ?? [])),
    );
    expect([...reached].sort()).toEqual(Object.keys(content.routekaart.phases.fase3.leaves).sort());
  });
});

describe('the call-back after the plan (warm handover)', () => {
  const withHandover = (events: AnswerEvent[]) => {
    const actor = createActor(gesprekMachine, { input: { handover: true } }).start();
    for (const e of events) actor.send(e);
    return actor.getSnapshot();
  };
  const toPlan: AnswerEvent[] = [{ type: 'CHOICE', id: 'lastig' }, { type: 'YES' }, { type: 'YES' }];

  it('is offered only where the gemeente takes call-backs', () => {
    expect(after(toPlan).value).toBe('planKlaar');
    expect(withHandover(toPlan).value).toBe('planMetTerugbellen');
  });

  it('asks a name, a number and a moment, and sends only after a yes to the summary', () => {
    const s = withHandover([...toPlan, { type: 'YES' }, { type: 'TEXT', text: 'Sam' }, { type: 'PHONE', e164: '+31612345678', display: '06-12345678' }, { type: 'CHOICE', id: 'middag' }]);
    expect(s.value).toBe('bevestigen');
    expect(s.context.contact).toEqual({ name: 'Sam', phone: '+31612345678', moment: 'middag' });
    const sent = withHandover([...toPlan, { type: 'YES' }, { type: 'TEXT', text: 'Sam' }, { type: 'PHONE', e164: '+31612345678', display: '06-12345678' }, { type: 'CHOICE', id: 'middag' }, { type: 'YES' }]);
    expect(sent.value).toBe('verstuurd');
  });

  it('forgets the contact details when the person says no at the summary', () => {
    const s = withHandover([...toPlan, { type: 'YES' }, { type: 'TEXT', text: 'Sam' }, { type: 'PHONE', e164: '+31612345678', display: '06-12345678' }, { type: 'CHOICE', id: 'middag' }, { type: 'NO' }]);
    expect(s.value).toBe('nietVerstuurd');
    expect(s.context.contact).toEqual({});
  });

  it('refuses a "name" that is a whole story', () => {
    const s = withHandover([...toPlan, { type: 'YES' }, { type: 'TEXT', text: 'x'.repeat(41) }]);
    expect(s.value).toBe('naam');
  });
});

describe('the gesprek machine around the routekaart', () => {
  it('survives a JSON round trip of its snapshot in the middle of the routekaart', () => {
    const actor = createActor(gesprekMachine, { input: {} }).start();
    for (const e of [...TO_ROUTEKAART, { type: 'YES' } as const]) actor.send(e);
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(gesprekMachine, { snapshot: stored, input: {} }).start();
    restored.send({ type: 'CHOICE', id: 'uitkering' });
    expect(restored.getSnapshot().context.answers).toEqual({ inkomen: true, formeel: true });
  });

  it('goes straight to the plan for an urgent situation', () => {
    const s = after([{ type: 'CHOICE', id: 'lastig' }, { type: 'YES' }, { type: 'YES' }]);
    expect(s.value).toBe('planKlaar');
    expect(s.context.urgent).toBe(true);
  });

  it('respects someone who does not want to talk', () => {
    const s = after([{ type: 'CHOICE', id: 'nietPraten' }, { type: 'CHOICE', id: 'stoppen' }]);
    expect(s.value).toBe('geweigerd');
    expect(s.context.declined).toBe(true);
  });

  it('follows free text at the open question with "hoe bedoel je dat precies?" (doorvragen)', () => {
    expect(after([{ type: 'TEXT', text: 'alles is zo duur' }]).value).toBe('doorvragen');
  });
});
