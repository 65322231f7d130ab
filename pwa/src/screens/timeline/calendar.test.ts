import { describe, expect, it } from 'vitest';
import {
  eventsByDay,
  monthGrid,
  monthsOf,
  periodRange,
  shiftPeriod,
  type TimelineEvent,
} from './calendar.ts';

describe('periods', () => {
  it('finds the month and the quarter of a day', () => {
    expect(periodRange('2028-02-15', 'month')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodRange('2027-05-20', 'quarter')).toEqual({ start: '2027-04-01', end: '2027-06-30' });
    expect(periodRange('2027-12-31', 'quarter')).toEqual({ start: '2027-10-01', end: '2027-12-31' });
  });

  it('moves by months and quarters across years', () => {
    expect(shiftPeriod('2027-01-20', 'month', -1)).toBe('2026-12-01');
    expect(shiftPeriod('2027-11-02', 'quarter', 1)).toBe('2028-01-01');
    expect(shiftPeriod('2027-02-10', 'quarter', -1)).toBe('2026-10-01');
  });

  it('lists the months of a quarter', () => {
    expect(monthsOf({ start: '2027-04-01', end: '2027-06-30' })).toEqual([
      '2027-04-01',
      '2027-05-01',
      '2027-06-01',
    ]);
  });
});

describe('monthGrid', () => {
  it('starts weeks on Monday and pads with empty days', () => {
    const grid = monthGrid('2027-03-01'); // 1 March 2027 is a Monday
    expect(grid[0]?.[0]).toBe('2027-03-01');
    expect(grid.every((week) => week.length === 7)).toBe(true);
    expect(grid.flat().filter(Boolean)).toHaveLength(31);
    const feb = monthGrid('2026-02-01'); // a Sunday
    expect(feb[0]?.slice(0, 7)).toEqual([null, null, null, null, null, null, '2026-02-01']);
  });
});

describe('eventsByDay', () => {
  const event = (id: string, start: string, end: string): TimelineEvent => ({
    id,
    kind: 'action',
    title: id,
    start,
    end,
    tag: 'todo',
  });
  const range = { start: '2027-03-01', end: '2027-03-31' };

  it('shows a one-day event once and a longer one where it starts and where it is due', () => {
    const { days, ongoing } = eventsByDay(
      [event('show', '2027-03-16', '2027-03-16'), event('campaign', '2027-03-02', '2027-03-20')],
      range,
    );
    expect([...days.keys()]).toEqual(['2027-03-02', '2027-03-16', '2027-03-20']);
    expect(days.get('2027-03-02')?.[0]).toMatchObject({ mark: 'start' });
    expect(days.get('2027-03-20')?.[0]).toMatchObject({ mark: 'end' });
    expect(ongoing).toEqual([]);
  });

  it('keeps events outside the range out, and those spanning it as ongoing', () => {
    const { days, ongoing } = eventsByDay(
      [
        event('before', '2027-02-01', '2027-02-10'),
        event('long', '2027-01-05', '2027-06-30'),
        event('tail', '2027-02-20', '2027-03-05'),
      ],
      range,
    );
    expect(ongoing.map((e) => e.id)).toEqual(['long']);
    expect([...days.keys()]).toEqual(['2027-03-05']);
  });
});
