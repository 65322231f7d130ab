import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { kpiStatus } from '../engine/kpi-status.ts';
import { buildExamplePlan, type ExampleLanguage, type ExamplePlan } from './build.ts';
import { weekdayOf } from './calendar.ts';

const built = new Map<string, ExamplePlan>();
/** Each plan is built once and shared by the tests below. */
const build = (lang: ExampleLanguage, today: string): ExamplePlan => {
  const key = `${lang} ${today}`;
  const cached = built.get(key);
  if (cached) return cached;
  let n = 0;
  const plan = buildExamplePlan(lang, { today, now: `${today}T08:00:00.000Z`, newId: () => `ex-${++n}` });
  built.set(key, plan);
  return plan;
};
const sundayOf = (day: string) => addDays(day, (7 - weekdayOf(day)) % 7);
/** Every fifth day of two years, so every weekday and every day of the month comes up. */
const days = Array.from({ length: 146 }, (_, i) => addDays('2026-01-01', i * 5));

describe.each<ExampleLanguage>(['fr', 'en'])('the %s example plan, on whatever day it is made', (lang) => {
  it('has actions done, three late, and some due today or this week', () => {
    for (const today of days) {
      const { actions } = build(lang, today);
      const open = actions.filter((a) => a.status !== 'done' && a.status !== 'cancelled');
      const late = open.filter((a) => (a.deadline ?? '') < today);
      const due = open.filter((a) => (a.deadline ?? '') >= today && (a.deadline ?? '') <= sundayOf(today));
      expect(actions.filter((a) => a.status === 'done').length, today).toBeGreaterThan(15);
      expect(late, today).toHaveLength(3);
      expect(new Set(late.map((a) => a.owner)).size, today).toBe(3);
      expect(due.length, today).toBeGreaterThanOrEqual(2);
      for (const a of actions.filter((a) => a.status === 'done')) {
        expect(a.doneOn && a.doneOn < today && a.doneOn >= (a.startDate ?? ''), a.title).toBe(true);
      }
    }
  });

  it('has a key date this month, and one still ahead', () => {
    for (const today of days) {
      const { keyDates } = build(lang, today);
      expect(
        keyDates.some((d) => d.date.slice(0, 7) === today.slice(0, 7)),
        today,
      ).toBe(true);
      expect(
        keyDates.some((d) => d.date >= today),
        today,
      ).toBe(true);
    }
  });

  it('has KPIs measured, some on pace and some behind, none without a measure', () => {
    for (const today of days) {
      const plan = build(lang, today);
      const statuses = plan.kpis.map(
        (kpi) =>
          kpiStatus({ ...kpi, entries: plan.kpiEntries.filter((e) => e.kpiId === kpi.id) }, today).status,
      );
      expect(statuses, today).not.toContain('no-data');
      expect(statuses, today).toContain('on-track');
      expect(
        statuses.some((s) => s === 'at-risk' || s === 'off-track'),
        today,
      ).toBe(true);
    }
  });

  it('has money spent and revenue won, both below what the plan allows', () => {
    for (const today of days) {
      const plan = build(lang, today);
      const spent = plan.actions.reduce((sum, a) => sum + a.actualCost, 0);
      const won = plan.revenues.reduce((sum, r) => sum + r.amount, 0);
      expect(spent, today).toBeGreaterThan(0);
      expect(spent, today).toBeLessThan(plan.plans[0]?.budget ?? 0);
      expect(won, today).toBeGreaterThan(0);
      expect(won, today).toBeLessThan(plan.plans[0]?.revenueGoal ?? 0);
    }
  });
});
