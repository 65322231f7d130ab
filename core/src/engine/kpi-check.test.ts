import { describe, expect, it } from 'vitest';
import { checkFigureForKpi, checkKpiValue, parseMetric } from '../index.ts';

const costPerLead = { unit: 'currency', baseline: 13_300, target: 10_600 } as const;
const leads = { unit: 'number', baseline: 0, target: 600 } as const;
const openRate = { unit: 'percent', baseline: 18, target: 28 } as const;

describe('checkKpiValue', () => {
  it('asks about a value ten times the last one, or more', () => {
    expect(checkKpiValue(435_000, costPerLead, 2_800)).toEqual([
      { code: 'ten-times', against: 'last', reference: 2_800 },
    ]);
    expect(checkKpiValue(28_000, costPerLead, 2_800)).toEqual([
      { code: 'ten-times', against: 'last', reference: 2_800 },
    ]);
    expect(checkKpiValue(27_999, costPerLead, 2_800)).toEqual([]);
  });

  it('asks about a value a tenth of the last one, or less', () => {
    expect(checkKpiValue(280, costPerLead, 2_800)).toEqual([
      { code: 'a-tenth', against: 'last', reference: 2_800 },
    ]);
    expect(checkKpiValue(281, costPerLead, 2_800)).toEqual([]);
  });

  it('compares with the baseline, then the target, when there is no last value', () => {
    expect(checkKpiValue(435_000, costPerLead)).toEqual([
      { code: 'ten-times', against: 'baseline', reference: 13_300 },
    ]);
    expect(checkKpiValue(45_000, leads)).toEqual([{ code: 'ten-times', against: 'target', reference: 600 }]);
    expect(checkKpiValue(450, leads)).toEqual([]);
    expect(checkKpiValue(5, { unit: 'number', baseline: 0, target: 0 })).toEqual([]);
  });

  it('compares sizes, whatever the sign, and has nothing to say about zero', () => {
    expect(checkKpiValue(-30, openRate, 2)).toEqual([{ code: 'ten-times', against: 'last', reference: 2 }]);
    expect(checkKpiValue(0, openRate, 20)).toEqual([]);
    expect(checkKpiValue(25, openRate, 0)).toEqual([]);
  });
});

describe('checkFigureForKpi', () => {
  it('converts a clipped figure and asks when it is out of scale', () => {
    const figure = parseMetric('4 350 €', 'fr');
    if (!figure) throw new Error('unread');
    expect(checkFigureForKpi(figure, costPerLead, 'EUR', 2_800)).toEqual({
      ok: true,
      value: 435_000,
      warnings: [{ code: 'ten-times', against: 'last', reference: 2_800 }],
    });
    expect(
      checkFigureForKpi({ value: 31.5, kind: 'currency', currency: 'EUR' }, costPerLead, 'EUR', 2_800),
    ).toEqual({
      ok: true,
      value: 3_150,
      warnings: [],
    });
  });

  it('refuses money on a percent KPI with its code, before any size check', () => {
    expect(
      checkFigureForKpi({ value: 4_350, kind: 'currency', currency: 'EUR' }, openRate, 'EUR', 20),
    ).toEqual({
      ok: false,
      error: 'money-on-percent',
    });
    expect(checkFigureForKpi({ value: 12, kind: 'percent' }, costPerLead, 'EUR')).toEqual({
      ok: false,
      error: 'percent-on-money',
    });
  });
});
