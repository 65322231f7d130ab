import { toDayNumber } from '@jalon/core';

/** Geometry of the small KPI charts: pure, so that the scaling is tested without a DOM. */

export type Point = { date: string; value: number };
export type Box = { width: number; height: number; top: number; right: number; bottom: number; left: number };

export type ChartGeometry = {
  /** Entries inside the dated span, in date order, placed in the box. */
  points: (Point & { x: number; y: number })[];
  /** SVG polyline `points` attribute ("x,y x,y"). */
  line: string;
  targetY: number;
  /** Value range of the y axis after padding, for the axis labels. */
  min: number;
  max: number;
  /** x of the span's first and last day. */
  left: number;
  right: number;
};

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps everything to the middle. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/**
 * The y range that shows every value and the target with a little air, so a point never sits on
 * the frame; a flat series gets a range around its one value.
 */
export function valueRange(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { min: 0, max: 1 };
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    const spread = Math.abs(min) * 0.1 || 1;
    return { min: min - spread, max: max + spread };
  }
  const pad = (max - min) * 0.08;
  min -= pad;
  max += pad;
  // A series of non-negative values keeps zero as its floor rather than dipping below it.
  if (Math.min(...finite) >= 0 && min < 0) min = 0;
  return { min, max };
}

/** Rounded to a tenth of a pixel: smaller steps do not show and make the markup noisy. */
const px = (v: number) => Math.round(v * 10) / 10;

export function chartGeometry(input: {
  entries: readonly Point[];
  target: number;
  baseline?: number;
  from: string;
  to: string;
  box: Box;
}): ChartGeometry {
  const { box } = input;
  const first = toDayNumber(input.from, 'from');
  const last = Math.max(first, toDayNumber(input.to, 'to'));
  const inSpan = input.entries
    .filter((e) => {
      const day = toDayNumber(e.date, 'entries.date');
      return day >= first && day <= last && Number.isFinite(e.value);
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const range = valueRange([
    ...inSpan.map((e) => e.value),
    input.target,
    ...(input.baseline === undefined ? [] : [input.baseline]),
  ]);
  const left = box.left;
  const right = box.width - box.right;
  const x = linearScale(first, last, left, right);
  const y = linearScale(range.min, range.max, box.height - box.bottom, box.top);
  const points = inSpan.map((e) => ({
    ...e,
    x: px(x(toDayNumber(e.date, 'entries.date'))),
    y: px(y(e.value)),
  }));
  return {
    points,
    line: points.map((p) => `${p.x},${p.y}`).join(' '),
    targetY: px(y(input.target)),
    min: range.min,
    max: range.max,
    left: px(left),
    right: px(right),
  };
}
