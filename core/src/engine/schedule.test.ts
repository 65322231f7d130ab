import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../dates.ts';
import { type SchedulableAction, type ScheduledAction, schedule } from './schedule.ts';

const byId = (rows: ScheduledAction[]) => new Map(rows.map((r) => [r.id, r]));
const code = (c: string, field: string) => expect.objectContaining({ code: c, field });

/** A random acyclic plan: action i is dated or placed relative to an earlier one, then shuffled. */
const dagArb = fc
  .array(
    fc.record(
      {
        anchor: fc.option(fc.nat(), { nil: undefined }),
        day: fc.integer({ min: 0, max: 720 }),
        offsetDays: fc.integer({ min: -60, max: 60 }),
        durationDays: fc.integer({ min: 1, max: 20 }),
      },
      { requiredKeys: ['anchor', 'day', 'offsetDays'] },
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((specs) =>
    specs.map((s, i): SchedulableAction => {
      const base = { id: `a${i}`, ...(s.durationDays === undefined ? {} : { durationDays: s.durationDays }) };
      if (i === 0 || s.anchor === undefined) return { ...base, date: addDays('2026-01-01', s.day) };
      return { ...base, relativeTo: { id: `a${s.anchor % i}`, offsetDays: s.offsetDays } };
    }),
  )
  .chain((actions) => fc.shuffledSubarray(actions, { minLength: actions.length }));

/** A random plan holding a cycle of `length` actions (1 is an action anchored on itself). */
const cyclicArb = fc
  .record({
    length: fc.integer({ min: 1, max: 12 }),
    others: fc.array(fc.option(fc.nat(), { nil: undefined }), { maxLength: 20 }),
  })
  .map(({ length, others }) => {
    const total = length + others.length;
    const ring = Array.from(
      { length },
      (_, i): SchedulableAction => ({
        id: `c${i}`,
        relativeTo: { id: `c${(i + 1) % length}`, offsetDays: 2 },
      }),
    );
    const rest = others.map(
      (anchor, i): SchedulableAction =>
        anchor === undefined
          ? { id: `o${i}`, date: '2026-03-01' }
          : { id: `o${i}`, relativeTo: { id: idAt(anchor % total, length), offsetDays: -1 } },
    );
    return [...ring, ...rest];
  })
  .chain((actions) => fc.shuffledSubarray(actions, { minLength: actions.length }));
const idAt = (index: number, ringLength: number) =>
  index < ringLength ? `c${index}` : `o${index - ringLength}`;

describe('schedule', () => {
  it('places invitations 14 and 7 days before each of six webinars and a follow-up the day after', () => {
    const webinars = ['2026-02-12', '2026-03-19', '2026-04-16', '2026-06-11', '2026-09-17', '2026-11-19'];
    const actions = webinars.flatMap((date, n): SchedulableAction[] => [
      { id: `webinar-${n}`, date, durationDays: 1 },
      { id: `invite-${n}`, relativeTo: { id: `webinar-${n}`, offsetDays: -14 } },
      { id: `reminder-${n}`, relativeTo: { id: `webinar-${n}`, offsetDays: -7 } },
      { id: `follow-up-${n}`, relativeTo: { id: `webinar-${n}`, offsetDays: 1 }, durationDays: 3 },
    ]);
    const rows = byId(schedule(actions));
    expect(rows.get('invite-0')).toEqual({ id: 'invite-0', start: '2026-01-29', end: '2026-01-29' });
    expect(rows.get('reminder-0')).toEqual({ id: 'reminder-0', start: '2026-02-05', end: '2026-02-05' });
    expect(rows.get('follow-up-0')).toEqual({ id: 'follow-up-0', start: '2026-02-13', end: '2026-02-15' });
    webinars.forEach((date, n) => {
      expect(rows.get(`invite-${n}`)?.start).toBe(addDays(date, -14));
      expect(rows.get(`reminder-${n}`)?.start).toBe(addDays(date, -7));
      expect(rows.get(`follow-up-${n}`)?.start).toBe(addDays(date, 1));
    });
  });

  it('returns rows in input order, resolving chains whose anchors come later in the list', () => {
    const actions: SchedulableAction[] = [
      { id: 'thank-you', relativeTo: { id: 'follow-up', offsetDays: 2 } },
      { id: 'follow-up', relativeTo: { id: 'chat-plugin', offsetDays: 30 }, durationDays: 5 },
      { id: 'chat-plugin', date: '2026-01-05', durationDays: 10 },
    ];
    expect(schedule(actions)).toEqual([
      { id: 'thank-you', start: '2026-02-06', end: '2026-02-06' },
      { id: 'follow-up', start: '2026-02-04', end: '2026-02-08' },
      { id: 'chat-plugin', start: '2026-01-05', end: '2026-01-14' },
    ]);
  });

  it('lets relativeTo win over a stale stored date', () => {
    const rows = schedule([
      { id: 'event', date: '2026-05-20' },
      { id: 'invite', date: '2025-01-01', relativeTo: { id: 'event', offsetDays: -14 } },
    ]);
    expect(rows[1]?.start).toBe('2026-05-06');
  });

  it('throws on an action it cannot place, an unknown anchor, a bad duration or offset, or a repeated id', () => {
    expect(() => schedule([{ id: 'a', date: '2026-01-01' }, { id: 'b' }])).toThrow(
      code('invalid-date', 'actions[1].date'),
    );
    expect(() => schedule([{ id: 'a', date: '2026-02-30' }])).toThrow(
      code('invalid-date', 'actions[0].date'),
    );
    expect(() => schedule([{ id: 'a', relativeTo: { id: 'ghost', offsetDays: 1 } }])).toThrow(
      code('unknown-anchor', 'actions[0].relativeTo.id'),
    );
    for (const durationDays of [0, -2, 1.5, Number.POSITIVE_INFINITY]) {
      expect(() => schedule([{ id: 'a', date: '2026-01-01', durationDays }])).toThrow(
        code('invalid-number', 'actions[0].durationDays'),
      );
    }
    expect(() =>
      schedule([
        { id: 'a', date: '2026-01-01' },
        { id: 'b', relativeTo: { id: 'a', offsetDays: 0.5 } },
      ]),
    ).toThrow(code('invalid-number', 'actions[1].relativeTo.offsetDays'));
    expect(() =>
      schedule([
        { id: 'a', date: '2026-01-01' },
        { id: 'a', date: '2026-01-02' },
      ]),
    ).toThrow(code('duplicate-id', 'actions[1].id'));
  });

  it('throws schedule-cycle, naming the first action of the cycle, on a loop or a self-anchor', () => {
    expect(() => schedule([{ id: 'a', relativeTo: { id: 'a', offsetDays: 1 } }])).toThrow(
      code('schedule-cycle', 'actions[0].relativeTo.id'),
    );
    const loop: SchedulableAction[] = [
      { id: 'x', date: '2026-01-01' },
      { id: 'b', relativeTo: { id: 'c', offsetDays: 1 } },
      { id: 'c', relativeTo: { id: 'd', offsetDays: 1 } },
      { id: 'd', relativeTo: { id: 'b', offsetDays: 1 } },
      { id: 'e', relativeTo: { id: 'd', offsetDays: 1 } },
    ];
    expect(() => schedule(loop)).toThrow(code('schedule-cycle', 'actions[1].relativeTo.id'));
    expect(() => schedule(loop)).toThrow(/b → c → d → b/);
  });

  it('throws invalid-range when an offset or a duration leaves the calendar', () => {
    const anchor = { id: 'a', date: '2026-01-01' };
    expect(() => schedule([anchor, { id: 'b', relativeTo: { id: 'a', offsetDays: 5_000_000 } }])).toThrow(
      code('invalid-range', 'actions[1].relativeTo.offsetDays'),
    );
    expect(() => schedule([{ ...anchor, durationDays: 3_000_000 }])).toThrow(
      code('invalid-range', 'actions[0].durationDays'),
    );
  });

  it('resolves a chain of 10 000 actions, listed either way round, without overflowing the stack', () => {
    const chain: SchedulableAction[] = [{ id: 'n0', date: '2026-01-01' }];
    for (let i = 1; i < 10_000; i++)
      chain.push({ id: `n${i}`, relativeTo: { id: `n${i - 1}`, offsetDays: 1 } });
    expect(schedule(chain).at(-1)?.start).toBe(addDays('2026-01-01', 9_999));
    expect(schedule([...chain].reverse())[0]?.start).toBe(addDays('2026-01-01', 9_999));
    const ring = chain.map((a, i) =>
      i === 0 ? { id: a.id, relativeTo: { id: 'n9999', offsetDays: 1 } } : a,
    );
    expect(() => schedule(ring.reverse())).toThrow(expect.objectContaining({ code: 'schedule-cycle' }));
  });

  it('starts every relative action exactly offsetDays after its anchor and lasts its duration', () => {
    fc.assert(
      fc.property(dagArb, (actions) => {
        const rows = byId(schedule(actions));
        for (const action of actions) {
          const row = rows.get(action.id) as ScheduledAction;
          expect(daysBetween(row.start, row.end) + 1).toBe(action.durationDays ?? 1);
          if (action.relativeTo === undefined) expect(row.start).toBe(action.date);
          else {
            const anchor = rows.get(action.relativeTo.id) as ScheduledAction;
            expect(daysBetween(anchor.start, row.start)).toBe(action.relativeTo.offsetDays);
          }
        }
      }),
    );
  });

  it('throws schedule-cycle on any plan that holds a cycle', () => {
    fc.assert(
      fc.property(cyclicArb, (actions) => {
        expect(() => schedule(actions)).toThrow(expect.objectContaining({ code: 'schedule-cycle' }));
      }),
    );
  });
});
