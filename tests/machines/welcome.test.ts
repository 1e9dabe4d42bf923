import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { WAYS_IN, welcomeMachine } from '../../src/machines/welcome';
import type { AnswerEvent } from '../../src/machines/types';

/** Every event a person's answer can become, with the values that matter for this machine. */
const EVENTS: AnswerEvent[] = [
  ...WAYS_IN.map((id) => ({ type: 'CHOICE', id }) as const),
  { type: 'CHOICE', id: 'iets-anders' },
  { type: 'OPENING', way: 'greeting', facts: {} },
  { type: 'OPENING', way: 'unclear', facts: {} },
  { type: 'OPENING', way: 'gesprek', facts: { released: true } },
  { type: 'UNKNOWN' },
  { type: 'YES' },
  { type: 'TEXT', text: 'hoi' },
];

describe('welcome machine', () => {
  it('reaches the end with every way in, picked or typed, from every state', () => {
    const paths = getShortestPaths(welcomeMachine, { events: EVENTS });
    const ends = paths.filter((p) => p.state.status === 'done');
    expect(new Set(ends.map((p) => p.state.output?.wayIn))).toEqual(new Set(WAYS_IN));
  });

  it('greets a greeting back, and asks one short question for words that point no way', () => {
    const actor = createActor(welcomeMachine).start();
    actor.send({ type: 'OPENING', way: 'greeting', facts: {} });
    expect(actor.getSnapshot().value).toBe('greeted');
    actor.send({ type: 'OPENING', way: 'unclear', facts: {} });
    expect(actor.getSnapshot().value).toBe('clarify');
    // Still no way: the money conversation, so the question never loops.
    actor.send({ type: 'UNKNOWN' });
    expect(actor.getSnapshot().value).toBe('chosen');
    expect(actor.getSnapshot().output).toEqual({ wayIn: 'gesprek', facts: {}, query: null });
  });

  it('ignores events that are not about the way in', () => {
    const actor = createActor(welcomeMachine).start();
    for (const event of [{ type: 'YES' }, { type: 'TEXT', text: 'hoi' }, { type: 'CHOICE', id: 'iets-anders' }] as AnswerEvent[]) {
      expect(actor.getSnapshot().can(event)).toBe(false);
    }
  });

  it('carries what a typed opening said into the way in', () => {
    const actor = createActor(welcomeMachine).start();
    actor.send({ type: 'OPENING', way: 'gesprek', facts: { released: true, cjib: true } });
    expect(actor.getSnapshot().output).toEqual({ wayIn: 'gesprek', facts: { released: true, cjib: true }, query: null });
  });

  it('survives a JSON round trip of its snapshot mid-way', () => {
    const actor = createActor(welcomeMachine).start();
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(welcomeMachine, { snapshot: stored }).start();
    restored.send({ type: 'CHOICE', id: 'wegwijzer' });
    expect(restored.getSnapshot().output).toEqual({ wayIn: 'wegwijzer', facts: {}, query: null });
  });
  it('carries a lookup asked as a question into the way in, to be searched at once', () => {
    const actor = createActor(welcomeMachine).start();
    actor.send({ type: 'OPENING', way: 'wegwijzer', facts: {}, query: 'wat is een briefadres' });
    expect(actor.getSnapshot().output).toEqual({ wayIn: 'wegwijzer', facts: {}, query: 'wat is een briefadres' });
  });
});
