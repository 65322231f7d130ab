import { addDays, daysBetween } from '../dates.ts';
import type { Kpi } from '../model/kpi.ts';
import type { Revenue } from '../model/revenue.ts';
import { type ExamplePeriod, planDate, weekdayOf } from './calendar.ts';
import { EURO, type Measure } from './data.ts';
import { seeded, spread } from './random.ts';

/** What a KPI's measures are made from, besides the KPI itself. */
export type MeasureContext = {
  period: ExamplePeriod;
  today: string;
  webinarDates: readonly string[];
  showDate: string;
  revenues: readonly Revenue[];
};

type Dated = { date: string; value: number };

/**
 * The values a KPI was measured at since the plan began, every one dated before `today`, with
 * seeded noise (`key` names the seed): the same plan for the same day, and a spread of statuses
 * — some KPIs ahead of their pace, some behind.
 */
export function measures(kpi: Kpi, measure: Measure, ctx: MeasureContext, key: string): Dated[] {
  const random = seeded(key);
  const { period, today } = ctx;
  const span = daysBetween(period.start, period.end) + 1;
  const elapsed = (date: string) => (daysBetween(period.start, date) + 1) / span;
  const way = kpi.target - kpi.baseline;
  const round = (value: number) =>
    kpi.unit === 'percent'
      ? Math.round(value * 10) / 10
      : kpi.unit === 'currency'
        ? Math.round(value / EURO) * EURO
        : Math.round(value);
  switch (measure.kind) {
    case 'level': {
      const dates = measure.cadence === 'monthly' ? monthEnds(period, today) : mondays(period.start, today);
      return dates.map((date) => ({
        date,
        value: round(
          kpi.baseline +
            way * Math.min(1.15, measure.pace * elapsed(date)) +
            way * measure.noise * spread(random),
        ),
      }));
    }
    case 'to-date': {
      const from = measure.from ? planDate(period, measure.from) : period.start;
      const weeks = (daysBetween(from, period.end) + 1) / 7;
      const step = (way / weeks) * measure.pace;
      let total = kpi.baseline;
      return mondays(from, today).map((date) => {
        total += Math.max(0, step * (1 + measure.noise * spread(random)));
        return { date, value: round(total) };
      });
    }
    case 'webinars': {
      let total = kpi.baseline;
      return ctx.webinarDates.flatMap((date, i) => {
        total += measure.perWebinar[i] ?? 0;
        const counted = addDays(date, 1);
        return counted < today ? [{ date: counted, value: total }] : [];
      });
    }
    case 'show': {
      const counted = addDays(ctx.showDate, 2);
      return counted < today ? [{ date: counted, value: measure.value }] : [];
    }
    default: {
      const of = measure.of;
      return mondays(period.start, today).map((date) => {
        const won = ctx.revenues.filter((r) => r.date < date);
        return {
          date,
          value: of === 'revenue' ? won.reduce((sum, r) => sum + r.amount, 0) : won.length,
        };
      });
    }
  }
}

/** The last day of each month of the plan that has ended before `today`. */
function monthEnds(period: ExamplePeriod, today: string): string[] {
  return period.months.map((_, i) => planDate(period, [i + 1, 31])).filter((date) => date < today);
}

/** Every Monday from `from` (itself if a Monday) to the day before `today`. */
function mondays(from: string, today: string): string[] {
  const dates: string[] = [];
  for (let date = addDays(from, (8 - weekdayOf(from)) % 7); date < today; date = addDays(date, 7)) {
    dates.push(date);
  }
  return dates;
}
