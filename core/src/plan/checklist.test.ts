import { describe, expect, it } from 'vitest';
import type { KeyAction } from '../model/key-action.ts';
import { buildChecklist, dueDates, dueNowCount, endOfWeek } from './checklist.ts';

const at = '2026-01-01T00:00:00.000Z';
function action(id: string, fields: Partial<KeyAction> = {}): KeyAction {
  return {
    id,
    planId: 'p',
    createdAt: at,
    updatedAt: at,
    leverId: 'l',
    title: id,
    description: '',
    owner: '',
    importance: 3,
    difficulty: 3,
    status: 'todo',
    steps: [],
    plannedCost: 0,
    actualCost: 0,
    expectedRevenue: 0,
    personaIds: [],
    kpiIds: [],
    ...fields,
  };
}

describe('the checklist', () => {
  it('ends the week on Sunday', () => {
    expect(endOfWeek('2026-11-25')).toBe('2026-11-29'); // a Wednesday
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29'); // a Sunday
    expect(endOfWeek('2026-11-30')).toBe('2026-12-06'); // a Monday
  });

  it('splits open actions into overdue, today and this week, and leaves later ones out', () => {
    const open = [
      action('later', { deadline: '2026-12-20' }),
      action('week', { deadline: '2026-11-27' }),
      action('today', { deadline: '2026-11-25' }),
      action('late', { deadline: '2026-11-20' }),
      action('undated'),
    ];
    const list = buildChecklist(open, dueDates(open), '2026-11-25');
    expect(list.overdue.map((a) => a.id)).toEqual(['late']);
    expect(list.today.map((a) => a.id)).toEqual(['today']);
    expect(list.week.map((a) => a.id)).toEqual(['week']);
    expect(list.upcoming).toEqual([]);
    expect(dueNowCount(list)).toBe(2);
  });

  it('orders a section as prioritize does: important and easy first', () => {
    const open = [
      action('hard', { deadline: '2026-11-25', importance: 3, difficulty: 5 }),
      action('key', { deadline: '2026-11-25', importance: 5, difficulty: 1 }),
    ];
    expect(buildChecklist(open, dueDates(open), '2026-11-25').today.map((a) => a.id)).toEqual([
      'key',
      'hard',
    ]);
  });

  it('dates an associated action from its anchor through schedule', () => {
    const anchor = action('show', { startDate: '2026-11-30', durationDays: 2 });
    const follow = action('follow-up', { relativeTo: { actionId: 'show', offsetDays: -5 }, durationDays: 1 });
    expect(dueDates([follow], [anchor, follow]).get('follow-up')).toBe('2026-11-25');
  });

  it('shows the next actions when nothing is due this week', () => {
    const open = [action('b', { deadline: '2027-02-01' }), action('a', { deadline: '2027-01-10' })];
    expect(buildChecklist(open, dueDates(open), '2026-11-25').upcoming.map((a) => a.id)).toEqual(['a', 'b']);
  });
});
