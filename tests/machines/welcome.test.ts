import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { WAYS_IN, welcomeMachine } from '../../src/machines/welcome';
import type { AnswerEvent } from '../../src/machines/types';

/** Every event a person's answer can become, with the values that matter for this machine. */
const EVENTS: AnswerEvent[] = [
  ...WAYS_IN.map((id) => ({ type: 'CHOICE', id }) as const),
  { type: 'CHOICE', id: 'iets-anders' },
  { type: 'YES' },
  { type: 'NO' },
  { type: 'UNKNOWN' },
  { type: 'TEXT', text: 'hoi' },
];

describe('welcome machine', () => {
  const paths = getSimplePaths(welcomeMachine, { events: EVENTS });

  it('has exactly one path to the end per way in', () => {
    const ends = paths.filter((p) => p.state.status === 'done');
    expect(ends.map((p) => p.state.output?.wayIn).sort()).toEqual(
      [...WAYS_IN].sort(),
    );
  });

  it('walks every shortest path and ends with the way in that was chosen', () => {
    for (const path of getShortestPaths(welcomeMachine, { events: EVENTS })) {
      const actor = createActor(welcomeMachine).start();
      for (const step of path.steps) actor.send(step.event);
      const snapshot = actor.getSnapshot();
      const chosen = path.steps.map((s) => s.event).find((e) => e.type === 'CHOICE' && (WAYS_IN as readonly string[]).includes(e.id));
      if (chosen && chosen.type === 'CHOICE') expect(snapshot.output).toEqual({ wayIn: chosen.id });
      else expect(snapshot.status).toBe('active');
    }
  });

  it('ignores answers that are not a way in, and keeps asking', () => {
    const actor = createActor(welcomeMachine).start();
    for (const event of EVENTS.filter((e) => e.type !== 'CHOICE' || !(WAYS_IN as readonly string[]).includes(e.id))) {
      expect(actor.getSnapshot().can(event)).toBe(false);
    }
    expect(actor.getSnapshot().value).toBe('choosing');
  });

  it('survives a JSON round trip of its snapshot mid-way', () => {
    const actor = createActor(welcomeMachine).start();
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(welcomeMachine, { snapshot: stored }).start();
    restored.send({ type: 'CHOICE', id: 'wegwijzer' });
    expect(restored.getSnapshot().output).toEqual({ wayIn: 'wegwijzer' });
  });
});
