import { MemoryPlanStore } from '../../src/plan/store';
import { newPlanToken, PLAN_TOKEN } from '../../src/plan/keptPlan';
import { toWinAnsi } from '../../src/plan/pdf';

const DAY_MS = 24 * 3600 * 1000;
const plan = (title = 'Jouw plan') => ({ title, sections: [{ title: 'Geldfit', lines: ['Bel 0800-8115.', '• Gratis'] }], madeAt: '2026-11-30T10:00:00.000Z' });

describe('a kept plan\'s token', () => {
  it('is 32 base64url characters from 24 random bytes (192 bits), different every time', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newPlanToken()));
    expect(tokens.size).toBe(1000);
    for (const t of tokens) expect(t).toMatch(PLAN_TOKEN);
    expect(Buffer.from([...tokens][0], 'base64url')).toHaveLength(24);
  });
});

describe('the kept plans in memory', () => {
  it('keeps a plan under its token until its time is up', async () => {
    let now = Date.parse('2026-11-30T10:00:00Z');
    const store = new MemoryPlanStore(30 * DAY_MS, () => now);
    const kept = await store.keep({ token: 'a'.repeat(32), conversation: 'conversation/webchat/1', plan: plan() });
    expect(kept.expiresAt).toBe('2026-12-30T10:00:00.000Z');
    expect(await store.get('a'.repeat(32))).toEqual(kept);
    expect(await store.get('b'.repeat(32))).toBeNull();
    now += 30 * DAY_MS - 1;
    expect(await store.get('a'.repeat(32))).not.toBeNull();
    now += 1;
    expect(await store.get('a'.repeat(32))).toBeNull();
  });

  it('keeping the same token again changes nothing but the time limit', async () => {
    let now = 0;
    const store = new MemoryPlanStore(DAY_MS, () => now);
    await store.keep({ token: 't'.repeat(32), conversation: 'c1', plan: plan() });
    now = 1000;
    const again = await store.keep({ token: 't'.repeat(32), conversation: 'c1', plan: plan() });
    expect(again.title).toBe('Jouw plan');
    expect(Date.parse(again.expiresAt)).toBe(1000 + DAY_MS);
  });

  it('forgets every plan of one conversation, and only those', async () => {
    const store = new MemoryPlanStore(DAY_MS);
    await store.keep({ token: '1'.repeat(32), conversation: 'c1', plan: plan() });
    await store.keep({ token: '2'.repeat(32), conversation: 'c1', plan: plan('Tweede') });
    await store.keep({ token: '3'.repeat(32), conversation: 'c2', plan: plan() });
    expect(await store.forget('c1')).toBe(2);
    expect(await store.get('1'.repeat(32))).toBeNull();
    expect(await store.get('2'.repeat(32))).toBeNull();
    expect(await store.get('3'.repeat(32))).not.toBeNull();
    expect(await store.forget('c1')).toBe(0);
  });

  it('holds at most its limit, dropping the oldest first', async () => {
    const store = new MemoryPlanStore(DAY_MS, Date.now, 2);
    for (const t of ['1', '2', '3']) await store.keep({ token: t.repeat(32), conversation: 'c', plan: plan() });
    expect(await store.get('1'.repeat(32))).toBeNull();
    expect(await store.get('3'.repeat(32))).not.toBeNull();
  });
});

describe('text for the PDF\'s standard font', () => {
  it('keeps Dutch letters, curly quotes, the euro sign and bullets; maps what the font lacks', () => {
    expect(toWinAnsi('Coöperatie, financiële “hulp” ‘x’ € 1.250,50 • – …')).toBe('Coöperatie, financiële “hulp” ‘x’ € 1.250,50 • – …');
    expect(toWinAnsi('Łódź ő 😀')).toBe('?ódz o ?');
    expect(toWinAnsi('a\u2060.b')).toBe('a.b');
  });
});
