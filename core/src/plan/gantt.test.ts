import { describe, expect, it } from 'vitest';
import type { PlanErrorCode } from '../errors.ts';
import { action } from './action.test-support.ts';
import { buildExamplePlan } from './examples.ts';
import { type GanttInput, ganttLayout } from './gantt.ts';

const march = { start: '2027-03-01', end: '2027-03-31' };
const input = (fields: Partial<GanttInput>): GanttInput => ({
  actions: [],
  levers: [{ id: 'lever' }],
  keyDates: [],
  range: march,
  laneBy: 'lever',
  today: '2027-03-10',
  locale: 'en-GB',
  ...fields,
});
const planError = (code: PlanErrorCode, field: string) =>
  expect.objectContaining({ name: 'PlanError', code, field });
const dated = (id: string, startDate: string, deadline: string, fields = {}) =>
  action(id, { startDate, deadline, ...fields });

describe('ganttLayout', () => {
  it('draws each action from its start to the end of its due day, as shares of the range', () => {
    const layout = ganttLayout(input({ actions: [dated('a', '2027-03-11', '2027-03-20')] }));
    expect(layout.days).toBe(31);
    const [bar] = layout.lanes[0]!.bars;
    expect(bar).toMatchObject({ actionId: 'a', start: '2027-03-11', end: '2027-03-20', cutStart: false });
    expect(bar!.left).toBeCloseTo(10 / 31, 12);
    expect(bar!.width).toBeCloseTo(10 / 31, 12);
  });

  it('cuts bars at the range’s edges and counts what falls outside or has no date', () => {
    const layout = ganttLayout(
      input({
        actions: [
          dated('before', '2027-02-20', '2027-03-05'),
          dated('after', '2027-03-30', '2027-04-10'),
          dated('april', '2027-04-02', '2027-04-03'),
          action('undated'),
        ],
      }),
    );
    const [before, after] = layout.lanes[0]!.bars;
    expect(before).toMatchObject({ actionId: 'before', left: 0, cutStart: true, cutEnd: false });
    expect(before!.width).toBeCloseTo(5 / 31, 12);
    expect(after).toMatchObject({ actionId: 'after', cutEnd: true, labelEnd: true });
    expect(after!.left + after!.width).toBe(1);
    expect(layout.outside).toBe(1);
    expect(layout.unplaced).toBe(1);
  });

  it('hangs associated actions under their anchor, from the key date they belong to', () => {
    const show = dated('show', '2027-03-25', '2027-03-26', { keyDateId: 'kd' });
    const invite = dated('invite', '2027-03-04', '2027-03-06', {
      relativeTo: { actionId: 'show', offsetDays: -21 },
    });
    const remind = dated('remind', '2027-03-18', '2027-03-18', {
      relativeTo: { actionId: 'show', offsetDays: -7 },
    });
    const recall = dated('recall', '2027-03-19', '2027-03-19', {
      relativeTo: { actionId: 'remind', offsetDays: 1 },
    });
    const early = dated('early', '2027-03-02', '2027-03-03');
    const layout = ganttLayout(
      input({ actions: [recall, remind, show, invite, early], keyDates: [{ id: 'kd', date: '2027-03-25' }] }),
    );
    const bars = layout.lanes[0]!.bars;
    expect(bars.map((b) => [b.actionId, b.depth])).toEqual([
      ['early', 0],
      ['show', 0],
      ['invite', 1],
      ['remind', 1],
      ['recall', 2],
    ]);
    const keyDate = layout.keyDates[0]!;
    expect(keyDate.at).toBeCloseTo(24 / 31, 12);
    expect(bars.find((b) => b.actionId === 'remind')).toMatchObject({ anchorId: 'show', hangAt: keyDate.at });
    expect(bars.find((b) => b.actionId === 'show')?.anchorId).toBeUndefined();
    // An anchor without a key date: the associated action hangs from the anchor's start.
    expect(bars.find((b) => b.actionId === 'recall')?.hangAt).toBeCloseTo(17 / 31, 12);
  });

  it('puts lanes by lever in the levers’ order, actions of a lever gone last', () => {
    const layout = ganttLayout(
      input({
        levers: [{ id: 'seo' }, { id: 'events' }, { id: 'idle' }],
        actions: [
          dated('a', '2027-03-01', '2027-03-02', { leverId: 'events' }),
          dated('b', '2027-03-01', '2027-03-02', { leverId: 'gone' }),
          dated('c', '2027-03-03', '2027-03-04', { leverId: 'seo' }),
        ],
      }),
    );
    expect(layout.lanes.map((l) => [l.key, l.bars.map((b) => b.actionId)])).toEqual([
      ['seo', ['c']],
      ['events', ['a']],
      ['', ['b']],
    ]);
  });

  it('puts lanes by owner in alphabetical order, actions with no owner last; an anchor in another lane still hangs', () => {
    const show = dated('show', '2027-03-16', '2027-03-16', { owner: 'Zoé' });
    const follow = dated('follow', '2027-03-18', '2027-03-19', {
      owner: ' Ana ',
      relativeTo: { actionId: 'show', offsetDays: 2 },
    });
    const layout = ganttLayout(
      input({
        laneBy: 'owner',
        locale: 'fr-FR',
        actions: [show, follow, dated('x', '2027-03-01', '2027-03-01')],
      }),
    );
    expect(layout.lanes.map((l) => l.key)).toEqual(['Ana', 'Zoé', '']);
    expect(layout.lanes[0]!.bars[0]).toMatchObject({ actionId: 'follow', depth: 0, anchorId: 'show' });
    expect(layout.lanes[0]!.bars[0]!.hangAt).toBeCloseTo(15 / 31, 12);
  });

  it('marks today in the middle of its day, only inside the range', () => {
    expect(ganttLayout(input({})).today).toBeCloseTo(9.5 / 31, 12);
    expect(ganttLayout(input({ today: '2027-04-01' })).today).toBeUndefined();
  });

  it('marks months over a quarter and Mondays over a month', () => {
    const quarter = ganttLayout(input({ range: { start: '2027-01-01', end: '2027-03-31' } }));
    expect(quarter.ticks.map((t) => t.date)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01']);
    expect(quarter.ticks[1]!.at).toBeCloseTo(31 / 90, 12);
    const month = ganttLayout(input({}));
    expect(month.ticks.map((t) => t.date)).toEqual([
      '2027-03-01',
      '2027-03-08',
      '2027-03-15',
      '2027-03-22',
      '2027-03-29',
    ]);
    const mid = ganttLayout(input({ range: { start: '2026-11-25', end: '2027-02-10' } }));
    expect(mid.ticks.map((t) => t.date)).toEqual(['2026-12-01', '2027-01-01', '2027-02-01']);
  });

  it('refuses a range that is not one', () => {
    expect(() => ganttLayout(input({ range: { start: '2027-03-31', end: '2027-03-01' } }))).toThrow(
      planError('invalid-range', 'range.end'),
    );
    expect(() => ganttLayout(input({ range: { start: '2027-02-30', end: '2027-03-01' } }))).toThrow(
      planError('invalid-date', 'range.start'),
    );
  });

  it('shows every action of the example plan over its period, associated ones under their anchor', () => {
    const plan = buildExamplePlan('en', {
      today: '2026-09-01',
      newId: idMaker(),
      now: '2026-09-01T00:00:00.000Z',
    });
    const layout = ganttLayout(
      input({
        actions: plan.actions,
        levers: plan.levers,
        keyDates: plan.keyDates,
        range: plan.plans[0]!.period,
      }),
    );
    const bars = layout.lanes.flatMap((l) => l.bars);
    expect(bars.map((b) => b.actionId).sort()).toEqual(plan.actions.map((a) => a.id).sort());
    expect(layout.outside + layout.unplaced).toBe(0);
    for (const a of plan.actions.filter((x) => x.relativeTo)) {
      const b = bars.find((x) => x.actionId === a.id)!;
      expect(b.anchorId).toBe(a.relativeTo!.actionId);
      expect(b.hangAt).toBeDefined();
    }
    const { start, end } = plan.plans[0]!.period;
    expect(layout.keyDates).toHaveLength(
      plan.keyDates.filter((k) => k.date >= start && k.date <= end).length,
    );
  });
});

function idMaker() {
  let n = 0;
  return () => `id-${++n}`;
}
