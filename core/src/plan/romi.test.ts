import { describe, expect, it } from 'vitest';
import { keyActionSchema } from '../model/key-action.ts';
import { revenueSchema } from '../model/revenue.ts';
import { actionReturns, countsToward, leverReturns, romiFigures } from './romi.ts';

const now = '2026-01-01T08:00:00.000Z';
const own = { createdAt: now, updatedAt: now, planId: 'plan' };
const action = (id: string, extra: object = {}) =>
  keyActionSchema.parse({ id, ...own, leverId: 'events', title: id, deadline: '2026-03-17', ...extra });
const after = (id: string, anchor: string, offsetDays: number, extra: object = {}) =>
  action(id, { relativeTo: { actionId: anchor, offsetDays }, ...extra });
const won = (id: string, amount: number, extra: object = {}) =>
  revenueSchema.parse({ id, ...own, leverId: 'events', date: '2026-03-31', amount, ...extra });

// A trade show with its invitations (which prepare it), a reminder placed after the invitations,
// and a follow-up; the show costs 33 000, the invitations 3 500, the follow-up 1 000.
const show = action('show', { plannedCost: 33_000, actualCost: 34_000, expectedRevenue: 60_000 });
const invitations = after('invitations', 'show', -21, { plannedCost: 3_500, actualCost: 3_200 });
const reminder = after('reminder', 'invitations', 14, { plannedCost: 0 });
const followUp = after('follow-up', 'show', 2, { plannedCost: 1_000, actualCost: 800 });
const audit = action('audit', { leverId: 'seo', plannedCost: 4_000, actualCost: 4_000 });
const actions = [show, invitations, reminder, followUp, audit];

describe('countsToward', () => {
  it('sends each associated action to the root of its chain, and leaves the rest on themselves', () => {
    expect(Object.fromEntries(countsToward(actions))).toEqual({
      show: 'show',
      invitations: 'show',
      reminder: 'show',
      'follow-up': 'show',
      audit: 'audit',
    });
  });

  it('stops where an anchor is missing, and leaves a cycle counting for itself', () => {
    const orphan = after('orphan', 'gone', 3);
    const a = after('a', 'b', 1);
    const b = after('b', 'a', -1);
    const hanging = after('hanging', 'orphan', 1);
    expect(Object.fromEntries(countsToward([orphan, a, b, hanging]))).toEqual({
      orphan: 'orphan',
      a: 'a',
      b: 'b',
      hanging: 'orphan',
    });
  });
});

describe('actionReturns', () => {
  const returns = actionReturns(actions, [won('r1', 72_000, { actionId: 'show' })], 0.8);
  const of = (id: string) => returns.find((r) => r.actionId === id);

  it('counts a preparatory action toward the event it prepares, with no ROMI of its own', () => {
    expect(of('invitations')).toEqual({ actionId: 'invitations', countsToward: 'show', members: [] });
    expect(of('reminder')?.countsToward).toBe('show');
    expect(of('follow-up')?.countsToward).toBe('show');
  });

  it("puts the event's preparation and follow-up into its expected and realised ROMI", () => {
    expect(of('show')?.members).toEqual(['show', 'invitations', 'reminder', 'follow-up']);
    expect(of('show')?.expected).toEqual(romiFigures(60_000, 37_500, 0.8));
    expect(of('show')?.expected?.romi).toBeCloseTo((48_000 - 37_500) / 37_500);
    expect(of('show')?.realised).toEqual(romiFigures(72_000, 38_000, 0.8));
    expect(of('show')?.realised?.romi).toBeCloseTo((57_600 - 38_000) / 38_000);
  });

  it('gives an action that spent and won nothing no ratio, and one that spent without revenue −100 %', () => {
    expect(of('audit')?.realised).toEqual({ revenue: 0, spend: 4_000, romi: -1 });
    const free = actionReturns([action('free', { expectedRevenue: 1_000 })], [])[0];
    expect(free?.expected).toEqual({ revenue: 1_000, spend: 0 });
    expect(free?.realised).toEqual({ revenue: 0, spend: 0 });
  });

  it('credits revenue recorded against a follow-up to its event, and leaves out revenue after `upTo`', () => {
    const revenues = [
      won('r1', 24_000, { actionId: 'follow-up', date: '2026-03-25' }),
      won('r2', 12_000, { actionId: 'show', date: '2026-04-10' }),
      won('r3', 99_000, { date: '2026-03-20' }), // the lever's, no action
    ];
    const march = actionReturns(actions, revenues, undefined, '2026-03-31');
    expect(march.find((r) => r.actionId === 'show')?.realised?.revenue).toBe(24_000);
    const all = actionReturns(actions, revenues);
    expect(all.find((r) => r.actionId === 'show')?.realised?.revenue).toBe(36_000);
  });

  it('leaves the planned cost of a cancelled member out of the expected ROMI, and keeps what it spent', () => {
    const cancelled = { ...followUp, status: 'cancelled' as const };
    const show2 = actionReturns([show, invitations, reminder, cancelled], [])[0];
    expect(show2?.expected?.spend).toBe(36_500);
    expect(show2?.realised?.spend).toBe(38_000);
  });
});

describe('leverReturns', () => {
  it('divides the revenue recorded for the lever by the actual cost of its actions begun by then', () => {
    const later = action('later', { startDate: '2026-05-01', deadline: '2026-05-30', actualCost: 5_000 });
    const revenues = [won('r1', 40_000, { date: '2026-03-20' }), won('r2', 9_000, { date: '2026-05-02' })];
    const [events] = leverReturns(['events'], [...actions, later], revenues, undefined, '2026-03-31');
    expect(events?.realised).toEqual({ revenue: 40_000, spend: 38_000, romi: 2_000 / 38_000 });
    expect(events?.expected).toEqual({ revenue: 60_000, spend: 37_500, romi: 22_500 / 37_500 });
    const [whole] = leverReturns(['events'], [...actions, later], revenues);
    expect(whole?.realised).toMatchObject({ revenue: 49_000, spend: 43_000 });
  });
});
