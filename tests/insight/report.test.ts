import { insightEffects, insightBefore, stepOf } from '../../src/conversation/insightEvents';
import { protect, toCsv } from '../../src/insight/report';
import { MemoryCountStore } from '../../src/insight/store';
import { isoWeek, weeksBetween, weekStart } from '../../src/insight/week';
import { InsightService } from '../../src/insight/service';

describe('ISO weeks', () => {
  it('names weeks as ISO 8601 does, across year ends', () => {
    expect(isoWeek(Date.parse('2026-01-01T12:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(Date.parse('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(Date.parse('2024-12-30T12:00:00Z'))).toBe('2025-W01');
    expect(new Date(weekStart('2026-W10')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(weekStart('2025-W53')).toBeNaN();
    expect(weeksBetween('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weeksBetween('2026-W05', '2026-W04')).toBeNull();
  });
});

describe('suppression', () => {
  const weekly = (rows: Record<string, Record<string, number>>) => new Map(Object.entries(rows));

  it('shows 1 to 4 as "<5", and 0 and 5 and up as they are', () => {
    const t = protect(weekly({ '2026-W01': { gesprekken: 12, metPlan: 7, 'uitval:welkom': 3, 'uitval:fase1': 2, 'crisis:hunger': 1, recentVrij: 6 } }), 5);
    expect(t.total).toMatchObject({ gesprekken: 12, metPlan: 7, 'uitval:welkom': '<5', 'uitval:fase1': '<5', 'crisis:hunger': '<5', recentVrij: 6, terugbellen: 0 });
  });

  it('hides the complement when a total would give a small count away', () => {
    // 12 = 9 with a plan + 3 that stopped at welkom: 9 would reveal the 3.
    const t = protect(weekly({ '2026-W01': { gesprekken: 12, metPlan: 9, 'uitval:welkom': 3 } }), 5);
    expect(t.total).toMatchObject({ gesprekken: 12, metPlan: 'verborgen', 'uitval:welkom': '<5' });
    // 10 conversations, 8 recently released: the 2 others would follow from the total.
    expect(protect(weekly({ '2026-W01': { gesprekken: 10, recentVrij: 8 } }), 5).total.recentVrij).toBe('verborgen');
  });

  it('hides another week when one small week would follow from the range total', () => {
    const t = protect(weekly({ '2026-W01': { 'crisis:hunger': 2 }, '2026-W02': { 'crisis:hunger': 6 }, '2026-W03': { 'crisis:hunger': 9 } }), 5);
    expect(t.weeks.map((w) => w.values['crisis:hunger'])).toEqual(['<5', 'verborgen', 9]);
    expect(t.total['crisis:hunger']).toBe(17);
    expect(toCsv(t).split('\r\n')[1]).toBe('2026-W01,0,0,0,0,<5');
  });

  it('never goes below 5, whatever the setting says', async () => {
    const store = new MemoryCountStore();
    await store.apply('k', 'dorpsveen', isoWeek(Date.now()), { gesprekken: 4 });
    const service = new InsightService({ store, scopes: new Map([['dorpsveen', { id: 'dorpsveen', name: 'Dorpsveen', gemeenten: ['dorpsveen'], keyEnv: 'K' }]]), env: { K: 'sleutel-sleutel-sleutel' }, minCount: 2 });
    const answer = await service.figures('dorpsveen', 'Bearer sleutel-sleutel-sleutel');
    expect(answer.status === 200 && answer.report.gesprekken).toBe('<5');
  });
});

describe('what a turn counts', () => {
  it('counts a start once, and moves the last step reached (no conversation id in the events)', () => {
    const record: Parameters<typeof insightEffects>[1] = { gemeente: 'dorpsveen' };
    const first = insightEffects(insightBefore(record), record, [], 'conv-key', Date.parse('2026-03-04T10:00:00Z'));
    expect(first).toEqual([{ kind: 'count', key: expect.any(String) as string, gemeente: 'dorpsveen', week: '2026-W10', events: { gesprekken: 1 } }]);
    record.flow = { flow: 'welkom', version: 'v', snapshot: { status: 'active', value: 'choosing', context: {} } };
    const second = insightEffects(insightBefore(record), record, [], 'conv-key', Date.parse('2026-03-20T10:00:00Z'));
    expect(second[0]).toMatchObject({ week: '2026-W10', events: { 'uitval:welkom': 1 } });
    record.flow = { flow: 'gesprek', version: 'v', snapshot: { status: 'active', value: { routekaart: 'inkomen' }, context: { phaseOutcomes: {} } } };
    const third = insightEffects(insightBefore(record), record, [], 'conv-key', Date.now());
    expect(third[0]).toMatchObject({ events: { 'uitval:welkom': -1, 'uitval:fase1': 1 } });
    expect(new Set([first[0].key, second[0].key, third[0].key]).size).toBe(3);
    expect(JSON.stringify([first, second, third])).not.toContain('conv-key');
    expect(insightEffects(insightBefore(record), record, [], 'conv-key', Date.now())).toEqual([]);
    expect(stepOf(record.flow)).toBe('fase1');
  });
});
