import { ConversationCore } from '../../src/conversation/core';
import { OwnRecords } from '../../src/conversation/ownRecords';
import type { Reply } from '../../src/conversation/reply';

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('OwnRecords: a record read back exactly as this process returned it', () => {
  it('is known only when it is the same to the character, for the same conversation', () => {
    const own = new OwnRecords();
    own.remember('a', { run: 1, flow: { flow: 'welkom' } });
    expect(own.isOwn('a', roundTrip({ run: 1, flow: { flow: 'welkom' } }))).toBe(true);
    expect(own.isOwn('a', { run: 2, flow: { flow: 'welkom' } })).toBe(false);
    expect(own.isOwn('b', { run: 1, flow: { flow: 'welkom' } })).toBe(false);
    own.remember('a', null);
    expect(own.isOwn('a', { run: 1, flow: { flow: 'welkom' } })).toBe(false);
  });

  it('forgets the oldest conversation when full', () => {
    const own = new OwnRecords(2);
    own.remember('a', { run: 1 });
    own.remember('b', { run: 1 });
    own.remember('c', { run: 1 });
    expect([own.isOwn('a', { run: 1 }), own.isOwn('b', { run: 1 }), own.isOwn('c', { run: 1 })]).toEqual([false, true, true]);
  });
});

describe('the core checks every stored record it did not return itself', () => {
  const opened = { kind: 'opened' as const, channelId: 'test', conversationId: 'own-1' };
  const says = (replies: Reply[]) => replies.map((r) => ('text' in r ? String(r.text) : r.type)).join(' | ');
  const OPTIONS = { ttlDays: 30, planLink: (token: string) => `https://plan.test/${token}` };
  const RESTARTED = 'Ik ben net vernieuwd';

  it('a record changed in storage (another writer, or tampered) is checked and, when invalid, restarts kindly', async () => {
    const core = new ConversationCore(OPTIONS);
    const first = await core.turn(undefined, opened);
    const stored = roundTrip(first.record) as Record<string, unknown>;
    // Read back as written: taken as it is, the flow goes on (no "version changed").
    const again = await core.turn(roundTrip(first.record), opened);
    expect(says(again.replies)).not.toContain(RESTARTED);
    // The same conversation's record, changed by someone else into something this version cannot read.
    const broken = await core.turn({ ...stored, run: -1 }, opened);
    expect(says(broken.replies)).toContain(RESTARTED);
    const fresh = new ConversationCore(OPTIONS);
    expect(says(broken.replies)).toBe(says((await fresh.turn({ ...stored, run: -1 }, opened)).replies));
  });
});
