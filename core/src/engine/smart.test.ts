import { describe, expect, it } from 'vitest';
import { PlanError } from '../errors.ts';
import { checkSmart, type SmartObjective, smartReasonKeys } from './smart.ts';

const today = '2026-01-15';
const revenueObjective: SmartObjective = {
  title: 'Raise revenue 30% in the next 6 months',
  metric: 'revenue',
  unit: '€',
  baseline: 1_000_000,
  target: 1_300_000,
  startDate: '2026-01-01',
  deadline: '2026-06-30',
  owner: 'Head of sales',
};

const reasons = (objective: SmartObjective, on = today) =>
  Object.fromEntries(Object.entries(checkSmart(objective, on).criteria).map(([k, v]) => [k, v.reason]));

describe('checkSmart', () => {
  it('finds "raise revenue 30% in the next 6 months" SMART when its figures, deadline and owner are set', () => {
    const result = checkSmart(revenueObjective, today);
    expect(result.smart).toBe(true);
    for (const criterion of Object.values(result.criteria)) expect(criterion).toEqual({ ok: true });
  });

  it('finds "sell more" not SMART, because it is vague, even with every figure set', () => {
    const result = checkSmart({ ...revenueObjective, title: 'sell more' }, today);
    expect(result.smart).toBe(false);
    expect(result.criteria.specific).toEqual({ ok: false, reason: 'smart.specific.vague' });
  });

  it.each([
    'sell more',
    'Vendre plus',
    'more leads',
    'Être plus visible',
    'Improve our visibility',
    'Augmenter le chiffre d’affaires',
  ])('finds "%s" vague in either language', (title) => {
    expect(reasons({ ...revenueObjective, title }).specific).toBe('smart.specific.vague');
  });

  it('never finds a title with a figure vague', () => {
    expect(checkSmart({ ...revenueObjective, title: 'Gagner 200 leads' }, today).criteria.specific.ok).toBe(
      true,
    );
  });

  it('asks for a few words and a metric before calling an objective specific', () => {
    expect(reasons({ ...revenueObjective, title: 'Webinar programme' }).specific).toBe(
      'smart.specific.tooShort',
    );
    const { metric: _, ...noMetric } = revenueObjective;
    expect(reasons(noMetric).specific).toBe('smart.specific.noMetric');
    expect(reasons(noMetric).measurable).toBe('smart.measurable.noMetric');
  });

  it('asks for a numeric target that differs from the baseline to call an objective measurable', () => {
    expect(reasons({ ...revenueObjective, target: undefined }).measurable).toBe('smart.measurable.noTarget');
    expect(reasons({ ...revenueObjective, target: Number.NaN }).measurable).toBe('smart.measurable.noTarget');
    expect(reasons({ ...revenueObjective, target: 1_000_000 }).measurable).toBe(
      'smart.measurable.targetEqualsBaseline',
    );
  });

  it('asks for a baseline and an owner to call an objective achievable', () => {
    expect(reasons({ ...revenueObjective, baseline: undefined }).achievable).toBe(
      'smart.achievable.noBaseline',
    );
    expect(reasons({ ...revenueObjective, owner: '  ' }).achievable).toBe('smart.achievable.noOwner');
  });

  it('finds more than tenfold growth, or a percentage above 100 %, unrealistic', () => {
    expect(reasons({ ...revenueObjective, target: 10_000_001 }).realistic).toBe('smart.realistic.tooSteep');
    expect(checkSmart({ ...revenueObjective, target: 10_000_000 }, today).criteria.realistic.ok).toBe(true);
    const conversion = {
      ...revenueObjective,
      metric: 'conversion rate',
      unit: '%',
      baseline: 4,
      target: 120,
    };
    expect(reasons(conversion).realistic).toBe('smart.realistic.percentOver100');
  });

  it('judges no multiple from zero or towards a falling target', () => {
    expect(checkSmart({ ...revenueObjective, baseline: 0 }, today).criteria.realistic.ok).toBe(true);
    expect(checkSmart({ ...revenueObjective, baseline: 500, target: 2 }, today).criteria.realistic.ok).toBe(
      true,
    );
    expect(reasons({ ...revenueObjective, baseline: undefined }).realistic).toBe('smart.realistic.noFigures');
  });

  it('asks for a real deadline, not before the start and not already past, to call it time-bound', () => {
    expect(reasons({ ...revenueObjective, deadline: undefined }).timeBound).toBe(
      'smart.timeBound.noDeadline',
    );
    expect(reasons({ ...revenueObjective, deadline: '2026-02-30' }).timeBound).toBe(
      'smart.timeBound.invalidDeadline',
    );
    expect(reasons({ ...revenueObjective, startDate: 'soon' }).timeBound).toBe(
      'smart.timeBound.invalidStartDate',
    );
    expect(reasons({ ...revenueObjective, startDate: '2026-07-01' }).timeBound).toBe(
      'smart.timeBound.startAfterDeadline',
    );
    expect(reasons(revenueObjective, '2026-07-01').timeBound).toBe('smart.timeBound.pastDeadline');
    expect(checkSmart(revenueObjective, '2026-06-30').criteria.timeBound.ok).toBe(true);
  });

  it('throws invalid-date naming "today" when today is not a date', () => {
    expect(() => checkSmart(revenueObjective, '15/01/2026')).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'today' }),
    );
    expect(() => checkSmart(revenueObjective, 'x')).toThrow(PlanError);
  });

  it('only ever gives reasons listed in smartReasonKeys, and lists each key once', () => {
    const drafts: SmartObjective[] = [
      { title: '' },
      { title: 'sell more', unit: '%', target: 150, deadline: '2020-01-01' },
      { ...revenueObjective, target: 1e9, startDate: '2027-01-01' },
    ];
    for (const draft of drafts) {
      for (const { reason } of Object.values(checkSmart(draft, today).criteria)) {
        if (reason !== undefined) expect(smartReasonKeys).toContain(reason);
      }
    }
    expect(new Set(smartReasonKeys).size).toBe(smartReasonKeys.length);
  });
});
