import { describe, expect, it } from 'vitest';
import { chartGeometry, linearScale, valueRange } from './chart-scale.ts';

const box = { width: 200, height: 100, top: 10, right: 10, bottom: 10, left: 10 };

describe('linearScale', () => {
  it('maps the ends of the domain onto the ends of the range, inverted or not', () => {
    const y = linearScale(0, 50, 90, 10);
    expect(y(0)).toBe(90);
    expect(y(50)).toBe(10);
    expect(y(25)).toBe(50);
  });

  it('puts everything in the middle when the domain has no width', () => {
    expect(linearScale(3, 3, 0, 100)(3)).toBe(50);
  });
});

describe('valueRange', () => {
  it('adds air around the values', () => {
    const { min, max } = valueRange([10, 20]);
    expect(min).toBeLessThan(10);
    expect(max).toBeGreaterThan(20);
  });

  it('keeps zero as the floor of non-negative values', () => {
    expect(valueRange([0, 100]).min).toBe(0);
  });

  it('opens a range around a flat series, zero included', () => {
    expect(valueRange([5, 5])).toEqual({ min: 4.5, max: 5.5 });
    expect(valueRange([0])).toEqual({ min: -1, max: 1 });
    expect(valueRange([])).toEqual({ min: 0, max: 1 });
  });
});

describe('chartGeometry', () => {
  it('places entries by date across the span and by value up the box', () => {
    const g = chartGeometry({
      entries: [
        { date: '2026-01-31', value: 100 },
        { date: '2026-01-01', value: 0 },
      ],
      target: 100,
      from: '2026-01-01',
      to: '2026-01-31',
      box,
    });
    expect(g.points.map((p) => p.date)).toEqual(['2026-01-01', '2026-01-31']);
    expect(g.points[0]).toMatchObject({ x: 10, y: 90 });
    expect(g.points[1]?.x).toBe(190);
    expect(g.points[1]?.y).toBeGreaterThan(10); // air above the highest value
    expect(g.targetY).toBe(g.points[1]?.y);
    expect(g.line).toBe(`10,90 190,${g.points[1]?.y}`);
  });

  it('leaves out entries outside the span and keeps the target in view', () => {
    const g = chartGeometry({
      entries: [
        { date: '2025-12-31', value: 1 },
        { date: '2026-01-10', value: 5 },
      ],
      target: 50,
      from: '2026-01-01',
      to: '2026-01-31',
      box,
    });
    expect(g.points).toHaveLength(1);
    expect(g.max).toBeGreaterThanOrEqual(50);
    expect(g.targetY).toBeGreaterThanOrEqual(box.top);
  });

  it('draws a falling target below the baseline', () => {
    const g = chartGeometry({
      entries: [],
      target: 106,
      baseline: 133,
      from: '2026-01-01',
      to: '2026-06-30',
      box,
    });
    expect(g.line).toBe('');
    expect(g.min).toBeLessThan(106);
    expect(g.max).toBeGreaterThan(133);
  });
});
