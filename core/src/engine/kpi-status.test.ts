import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { type KpiInput, kpiStatus } from './kpi-status.ts';

// The chat-plugin KPI from the design: site conversion 4 % → 5 % over January to April (120 days).
const conversion: KpiInput = {
  baseline: 4,
  target: 5,
  startDate: '2026-01-01',
  deadline: '2026-05-01',
  entries: [],
};
const code = (c: string, field: string) => expect.objectContaining({ code: c, field });

describe('kpiStatus', () => {
  it('reports no-data, with the expected share, before any entry', () => {
    expect(kpiStatus(conversion, '2026-01-31')).toEqual({ progress: 0, expected: 0.25, status: 'no-data' });
  });

  it('takes the entry with the latest date, the last one on a tie, wherever it sits in the list', () => {
    const entries = [
      { date: '2026-03-01', value: 4.6 },
      { date: '2026-03-02', value: 4.4 },
      { date: '2026-02-01', value: 4.9 },
      { date: '2026-03-02', value: 4.5 },
    ];
    expect(kpiStatus({ ...conversion, entries }, '2026-03-02').latest).toBe(4.5);
  });

  it('measures progress towards a falling target too: baseline 10, target 5, latest 7 is 0.6', () => {
    const kpi = { ...conversion, baseline: 10, target: 5, entries: [{ date: '2026-02-01', value: 7 }] };
    expect(kpiStatus(kpi, '2026-02-01').progress).toBeCloseTo(0.6, 15);
  });

  it('reports achieved, on-track, at-risk and off-track against the elapsed share of the period', () => {
    const at = (value: number) =>
      kpiStatus({ ...conversion, entries: [{ date: '2026-03-02', value }] }, '2026-03-02');
    // 60 of 120 days: expected 0.5, so at-risk from 0.375 of the way.
    expect(at(5.2)).toMatchObject({ status: 'achieved', expected: 0.5 });
    expect(at(4.5).status).toBe('on-track');
    expect(at(4.4).status).toBe('at-risk');
    expect(at(4.375).status).toBe('at-risk');
    expect(at(4.3).status).toBe('off-track');
    expect(at(3.9).status).toBe('off-track');
  });

  it('expects nothing on the start date and everything from the deadline on', () => {
    const kpi = { ...conversion, entries: [{ date: '2025-12-31', value: 4 }] };
    expect(kpiStatus(kpi, '2025-12-01')).toMatchObject({ expected: 0, status: 'on-track' });
    expect(kpiStatus(kpi, '2026-01-01').expected).toBe(0);
    expect(kpiStatus(kpi, '2026-05-01').expected).toBe(1);
    expect(kpiStatus(kpi, '2027-01-01')).toMatchObject({ expected: 1, status: 'off-track' });
    const oneDay = { ...kpi, deadline: '2026-01-01' };
    expect(kpiStatus(oneDay, '2025-12-31').expected).toBe(0);
    expect(kpiStatus(oneDay, '2026-01-01').expected).toBe(1);
  });

  it('does not let float noise flip on-track to at-risk: 0.3 of 0.4 on day 30 of 40 is on track', () => {
    const kpi = { baseline: 0, target: 0.4, startDate: '2026-01-01', deadline: '2026-02-10' };
    const result = kpiStatus({ ...kpi, entries: [{ date: '2026-01-31', value: 0.3 }] }, '2026-01-31');
    expect(result.progress).toBeLessThan(0.75); // 0.7499999999999999
    expect(result).toMatchObject({ expected: 0.75, status: 'on-track' });
  });

  it('keeps progress finite for figures near the largest double', () => {
    const kpi = {
      ...conversion,
      baseline: -1e308,
      target: 1e308,
      entries: [{ date: '2026-01-02', value: 0 }],
    };
    expect(kpiStatus(kpi, '2026-01-02').progress).toBe(0.5);
  });

  it('throws invalid-range when the target equals the baseline or the deadline precedes the start', () => {
    expect(() => kpiStatus({ ...conversion, target: 4 }, '2026-01-02')).toThrow(
      code('invalid-range', 'kpi.target'),
    );
    expect(() => kpiStatus({ ...conversion, deadline: '2025-12-31' }, '2026-01-02')).toThrow(
      code('invalid-range', 'kpi.deadline'),
    );
  });

  it('throws invalid-number on a non-finite figure and invalid-date on a bad date, naming the field', () => {
    expect(() => kpiStatus({ ...conversion, baseline: Number.NaN }, '2026-01-02')).toThrow(
      code('invalid-number', 'kpi.baseline'),
    );
    const entries = [
      { date: '2026-01-05', value: 4.1 },
      { date: '2026-01-06', value: Number.POSITIVE_INFINITY },
    ];
    expect(() => kpiStatus({ ...conversion, entries }, '2026-01-07')).toThrow(
      code('invalid-number', 'kpi.entries[1].value'),
    );
    expect(() =>
      kpiStatus({ ...conversion, entries: [{ date: '2026-1-5', value: 4 }] }, '2026-01-07'),
    ).toThrow(code('invalid-date', 'kpi.entries[0].date'));
    expect(() => kpiStatus({ ...conversion, startDate: '' }, '2026-01-07')).toThrow(
      code('invalid-date', 'kpi.startDate'),
    );
    expect(() => kpiStatus(conversion, '07/01/2026')).toThrow(code('invalid-date', 'today'));
  });

  it('gives the same status to a rising KPI and its mirror image falling towards the mirrored target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: 0, max: 150 }),
        (baseline, gain, latest, day) => {
          const today = addDays('2026-01-01', day);
          const entries = [{ date: '2026-01-01', value: latest }];
          const up = kpiStatus({ ...conversion, baseline, target: baseline + gain, entries }, today);
          const mirrored = entries.map((e) => ({ ...e, value: -e.value }));
          const down = kpiStatus(
            { ...conversion, baseline: -baseline, target: -baseline - gain, entries: mirrored },
            today,
          );
          expect(down.status).toBe(up.status);
        },
      ),
    );
  });
});
