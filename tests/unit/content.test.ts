import { content, isContentKey, textEntry, fill } from '../../src/content';
import { TextsSchema } from '../../src/content/schema';
import { choicesOf, renderQuestion } from '../../src/conversation/render';
import { findInterrupt } from '../../src/conversation/interrupts';
import { flows } from '../../src/conversation/flows';
import type { StateMeta } from '../../src/machines/types';
import type { AnyStateNode } from 'xstate';

function allStateNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allStateNodes)];
}

describe('content used by the machines', () => {
  const metas = Object.values(flows).flatMap((flow) =>
    allStateNodes(flow.machine.root).map((node) => ({ id: `${flow.id}:${node.id}`, meta: node.meta as StateMeta | undefined })),
  );

  it('every key a state says or asks exists in the content', () => {
    for (const { id, meta } of metas) {
      for (const key of [...(meta?.say ?? []), ...(meta?.ask ? [meta.ask] : [])]) {
        expect({ state: id, key, exists: isContentKey(key) }).toEqual({ state: id, key, exists: true });
      }
    }
  });

  it('every asking state names its answer kind, and every choice it offers has a button title', () => {
    for (const { meta } of metas) {
      if (!meta?.ask) continue;
      expect(meta.expect).toBeDefined();
      const question = { key: meta.ask, expect: meta.expect!, choices: meta.choices };
      // Every choice the question offers has a button title (choicesOf throws when one has none).
      expect(choicesOf(question).every((choice) => choice.title.trim().length > 0)).toBe(true);
      // A practice question has no text of its own: the simulated client's answer is the prompt.
      if (meta.expect !== 'practice') expect(renderQuestion(question).length).toBeGreaterThan(0);
    }
  });

  it('explains its jargon in a few words', () => {
    expect(content.hulp.beschermingsbewind.what).toMatch(/Iemand anders regelt een tijd je geld/);
    expect(content.texts['routekaart.cjib'].say.join(' ')).toContain('organisatie die boetes ophaalt');
    expect(content.hulp.schuldhulpverlening.what).toContain('kijkt samen met je naar je schulden');
  });

  it('is plain: sentences of at most 20 words, and on average at most 15', () => {
    const hulp = Object.values(content.hulp).flatMap((h) => [h.what, ...h.how, ...h.bring, ...(h.phases ?? []), ...(h.warning ? [h.warning] : [])]);
    const sentences = [...Object.values(content.texts).flatMap((entry) => entry.say), ...hulp]
      .flatMap((line) => line.split(/(?<=[.!?])\s+/))
      .filter((s) => s.trim() !== '');
    const lengths = sentences.map((s) => s.split(/\s+/).length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(20);
    expect(lengths.reduce((a, b) => a + b, 0) / lengths.length).toBeLessThanOrEqual(15);
  });

  it('speaks with "je", never "u"', () => {
    const hulp = Object.values(content.hulp).flatMap((h) => [h.name, h.what, ...h.how, ...h.bring, ...(h.phases ?? [])]);
    const all = [...Object.values(content.texts).flatMap((e) => e.say), ...hulp].join(' ');
    expect(all).not.toMatch(/\b(u|uw|U|Uw)\b/);
  });

  it('no button title is an interrupt word or a crisis signal, so pressing it always answers the question', () => {
    for (const [key, entry] of Object.entries(content.texts)) {
      for (const [id, choice] of Object.entries(entry.choices ?? {})) {
        expect({ key, id, interrupt: findInterrupt(choice.title) }).toEqual({ key, id, interrupt: null });
      }
    }
  });

  it('rejects a malformed content file with the field and the reason', () => {
    const bad = TextsSchema.safeParse({ 'welcome.greeting': { say: [] } });
    expect(bad.success).toBe(false);
    expect(bad.success ? '' : bad.error.issues[0].path.join('.')).toBe('welcome.greeting.say');
  });

  it('fills placeholders and refuses to render a missing one', () => {
    expect(fill(textEntry('interrupt.stop').say[1], { ttlDays: 30 })).toContain('30 dagen');
    expect(() => fill('{ttlDays}', {})).toThrow('ttlDays');
  });
});
