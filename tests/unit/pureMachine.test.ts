import { assign, createActor, setup, type AnyMachineSnapshot, type EventObject } from 'xstate';
import { FLOW_IDS, flows } from '../../src/conversation/flows';
import { PureMachine } from '../../src/conversation/pureMachine';
import { TECHNIQUE_CLASSES } from '../../src/language/techniques';
import type { AnswerEvent, StateMeta } from '../../src/machines/types';

/** Events any question can get, plus the buttons of the question asked now. */
function candidates(snapshot: AnyMachineSnapshot): AnswerEvent[] {
  const metas = Object.values(snapshot.getMeta() as Record<string, StateMeta>);
  const choices = metas.flatMap((m) => m.choices ?? []);
  return [
    { type: 'YES' },
    { type: 'NO' },
    { type: 'UNKNOWN' },
    { type: 'TEXT', text: 'ik weet het niet goed' },
    { type: 'TEXT', text: 'Sam' },
    { type: 'AMOUNT', euros: 1200, approximate: true },
    { type: 'PHONE', e164: '+31612345678', display: '06 12345678' },
    { type: 'FACTS', facts: { income: 'geen' } },
    { type: 'OPENING', way: 'gesprek', facts: {} },
    { type: 'PRACTICE', technique: TECHNIQUE_CLASSES[0], topics: [], criteria: [], finish: false },
    { type: 'PRACTICE', technique: TECHNIQUE_CLASSES[0], topics: [], criteria: [], finish: true },
    ...choices.map((id) => ({ type: 'CHOICE', id }) as const),
  ];
}

/** A small seeded random, so a failing walk can be run again. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const stored = (pure: PureMachine, snapshot: AnyMachineSnapshot) => JSON.stringify(pure.persisted(snapshot));

describe('PureMachine', () => {
  it.each(FLOW_IDS)('walks the %s machine exactly as an actor does, restored from storage at every step', (id) => {
    const { machine, pure } = flows[id];
    const input = id === 'gesprek' ? { handover: true, facts: {} } : id === 'oefenen' ? { seed: 0.3 } : undefined;
    let steps = 0;
    for (let walk = 0; walk < 40; walk++) {
      const random = seeded(walk + 1);
      const actor = createActor(machine, { input });
      actor.start();
      let snapshot = pure.initial(input);
      let walked = 0;
      expect(stored(pure, snapshot)).toBe(stored(pure, actor.getSnapshot() as AnyMachineSnapshot));
      while (snapshot.status === 'active' && walked < 300) {
        const accepted = candidates(snapshot).filter((e) => snapshot.can(e));
        if (accepted.length === 0) break;
        const event = accepted[Math.floor(random() * accepted.length)];
        actor.send(event);
        snapshot = pure.next(pure.restore(JSON.parse(stored(pure, snapshot)) as never), [event]);
        // The same stored state; the order of keys may differ after a trip through JSON.
        expect(JSON.parse(stored(pure, snapshot))).toEqual(JSON.parse(stored(pure, actor.getSnapshot() as AnyMachineSnapshot)));
        expect(snapshot.output).toEqual((actor.getSnapshot() as AnyMachineSnapshot).output);
        steps++;
        walked++;
      }
    }
    expect(steps).toBeGreaterThan(40);
  });

  it('ignores events after the machine is done, as an actor does', () => {
    const { pure } = flows.welkom;
    const done = pure.next(pure.initial(undefined), [{ type: 'CHOICE', id: 'gesprek' }]);
    expect(done.status).toBe('done');
    expect(pure.next(done, [{ type: 'CHOICE', id: 'oefenen' }])).toBe(done);
  });

  it('refuses a machine whose action has a side effect, instead of skipping the effect', () => {
    const effect = jest.fn();
    const machine = setup({ types: { events: {} as EventObject }, actions: { effect, count: assign({}) } }).createMachine({
      initial: 'a',
      states: { a: { on: { GO: { target: 'b', actions: ['count', 'effect'] } } }, b: {} },
    });
    const pure = new PureMachine(machine);
    expect(() => pure.next(pure.initial(undefined), [{ type: 'GO' }])).toThrow(/side effect \('effect'\)/);
    expect(effect).not.toHaveBeenCalled();
  });
});
