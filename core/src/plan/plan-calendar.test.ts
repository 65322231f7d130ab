import { describe, expect, it } from 'vitest';
import { buildExamplePlan } from '../examples/build.ts';
import { newId } from '../ids.ts';
import { planCalendar } from './plan-calendar.ts';
import { resolveSchedule } from './schedule-actions.ts';

const example = (lang: 'fr' | 'en') =>
  buildExamplePlan(lang, { today: '2026-11-30', now: '2026-11-30T10:00:00.000Z', newId });

describe('planCalendar', () => {
  it('holds every key date and every action the schedule places, in the plan’s language', () => {
    const plan = example('fr');
    const ics = planCalendar(plan, 'fr')!;
    const unfolded = ics.replace(/\r\n /g, '');
    const placed = resolveSchedule(plan.actions).dates.size;
    expect(placed).toBeGreaterThan(0);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(plan.keyDates.length + placed);
    expect(unfolded).toContain(`X-WR-CALNAME:${plan.plans[0]!.name.replace(/,/g, '\\,')}`);
    expect(unfolded).toContain('Statut\u00a0: ');
    expect(planCalendar(example('en'), 'en')).toContain('Status: ');
  });

  it('gives the same bytes for the same plan, and nothing without a plan', () => {
    const plan = example('en');
    expect(planCalendar(plan, 'en')).toBe(planCalendar(plan, 'en'));
    expect(planCalendar({ ...plan, plans: [] }, 'en')).toBeUndefined();
  });
});
