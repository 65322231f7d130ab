import { describe, expect, it } from 'vitest';
import { inboxPlan, planSchema } from '../index.ts';

describe('inboxPlan', () => {
  it('is a valid plan for the calendar year, on sector rates marked as such', () => {
    const plan = inboxPlan('Boîte à idées', 'fr-FR', '2026-05-04');
    const parsed = planSchema.safeParse({
      ...plan,
      id: 'p1',
      createdAt: '2026-05-04T08:00:00.000Z',
      updatedAt: '2026-05-04T08:00:00.000Z',
    });
    expect(parsed.success).toBe(true);
    expect(plan).toMatchObject({
      period: { start: '2026-01-01', end: '2026-12-31' },
      currency: 'EUR',
      revenueGoal: 0,
    });
    expect(plan.stages.every((s) => s.source === 'benchmark')).toBe(true);
  });

  it("takes the currency of the user's region", () => {
    expect(inboxPlan('Idea inbox', 'en-US', '2026-05-04').currency).toBe('USD');
    expect(inboxPlan('Idea inbox', 'en-GB', '2026-05-04').currency).toBe('GBP');
    expect(inboxPlan('Idea inbox', 'not-a-locale-at-all', '2026-05-04').currency).toBe('EUR');
  });
});
