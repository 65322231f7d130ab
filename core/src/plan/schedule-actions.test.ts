import { describe, expect, it } from 'vitest';
import { action } from './action.test-support.ts';
import { resolveSchedule, staleDates, toSchedulable } from './schedule-actions.ts';

describe('toSchedulable', () => {
  it('maps the stored fields onto what schedule reads', () => {
    expect(
      toSchedulable(
        action('invite', {
          startDate: '2026-03-03',
          deadline: '2026-03-05',
          relativeTo: { actionId: 'webinar', offsetDays: -14 },
        }),
      ),
    ).toEqual({
      id: 'invite',
      date: '2026-03-03',
      durationDays: 3,
      relativeTo: { id: 'webinar', offsetDays: -14 },
    });
  });

  it('keeps a stored duration and falls back on the deadline for the date', () => {
    expect(toSchedulable(action('a', { deadline: '2026-01-31', durationDays: 2 }))).toEqual({
      id: 'a',
      date: '2026-01-31',
      durationDays: 2,
    });
    expect(toSchedulable(action('b'))).toEqual({ id: 'b' });
  });
});

describe('resolveSchedule', () => {
  it('places associated actions before and after their anchor', () => {
    const { dates, unplaced } = resolveSchedule([
      action('webinar', { startDate: '2026-03-26' }),
      action('invite', { relativeTo: { actionId: 'webinar', offsetDays: -14 }, durationDays: 3 }),
      action('follow', { relativeTo: { actionId: 'webinar', offsetDays: 1 } }),
    ]);
    expect(unplaced.size).toBe(0);
    expect(dates.get('invite')).toEqual({ id: 'invite', start: '2026-03-12', end: '2026-03-14' });
    expect(dates.get('follow')).toEqual({ id: 'follow', start: '2026-03-27', end: '2026-03-27' });
  });

  it('sets aside undated actions and those that hang on them, and schedules the rest', () => {
    const { dates, unplaced } = resolveSchedule([
      action('idea'),
      action('after-idea', { relativeTo: { actionId: 'idea', offsetDays: 2 } }),
      action('after-that', { relativeTo: { actionId: 'after-idea', offsetDays: 2 } }),
      action('dated', { deadline: '2026-02-01' }),
    ]);
    expect([...dates.keys()]).toEqual(['dated']);
    expect(unplaced).toEqual(
      new Map([
        ['idea', 'no-date'],
        ['after-idea', 'unknown-anchor'],
        ['after-that', 'unknown-anchor'],
      ]),
    );
  });

  it('survives a cycle', () => {
    const { dates, unplaced } = resolveSchedule([
      action('a', { relativeTo: { actionId: 'b', offsetDays: 1 } }),
      action('b', { relativeTo: { actionId: 'a', offsetDays: 1 } }),
      action('c', { startDate: '2026-05-05' }),
    ]);
    expect(dates.has('c')).toBe(true);
    expect(unplaced.get('a')).toBe('schedule-cycle');
    expect(dates.has('a')).toBe(false);
  });
});

describe('staleDates', () => {
  it('lists associated actions whose stored dates lag behind their moved anchor', () => {
    const actions = [
      action('webinar', { startDate: '2026-03-27' }),
      action('invite', {
        startDate: '2026-03-12',
        deadline: '2026-03-12',
        relativeTo: { actionId: 'webinar', offsetDays: -14 },
      }),
      action('follow', {
        startDate: '2026-03-28',
        deadline: '2026-03-28',
        relativeTo: { actionId: 'webinar', offsetDays: 1 },
      }),
    ];
    expect(staleDates(actions, resolveSchedule(actions))).toEqual([
      { id: 'invite', startDate: '2026-03-13', deadline: '2026-03-13' },
    ]);
  });
});
