import { allocateBudget } from '../engine/allocate.ts';
import type { BudgetLine } from '../model/budget-line.ts';
import type { Idea } from '../model/idea.ts';
import type { KpiEntry } from '../model/kpi-entry.ts';
import type { Revenue } from '../model/revenue.ts';
import type { Review } from '../model/review.ts';
import { reviewReport } from '../plan/review-report.ts';
import type { ExampleContext, ExamplePlan } from './build.ts';
import { nthWeekday, planDate, TUESDAY } from './calendar.ts';
import { kpis as kpiSpecs, wins } from './data.ts';
import { measures } from './measures.ts';
import type { KpiKey, LeverKey } from './texts.ts';

type Calendar = { byKey: ReadonlyMap<string, string>; webinarDates: readonly string[]; showDate: string };

/** The lever each clipped idea was filed under, in the order of the texts' ideas. */
const ideaLevers: readonly (LeverKey | undefined)[] = ['seo', 'webinars', 'website'];

/**
 * What three months of work left in the plan: the revenue won (before today), the KPI values
 * measured, the spend recorded on the budget lines, the ideas waiting in the inbox, and the
 * review of the plan's second month, saved at its meeting with the KPIs as they stood then.
 */
export function liveRecords(
  ctx: ExampleContext,
  example: ExamplePlan,
  calendar: Calendar,
): Pick<ExamplePlan, 'revenues' | 'kpiEntries' | 'budgetLines' | 'ideas' | 'reviews'> {
  const { texts, period, today, now, planId } = ctx;
  const base = () => ({ id: ctx.newId(), createdAt: now, updatedAt: now, planId });

  const revenues = wins
    .map((win) => ({ win, date: planDate(period, win.at) }))
    .filter(({ date }) => date < today)
    .map(({ win, date }, i): Revenue => {
      const actionId = win.action === undefined ? undefined : calendar.byKey.get(win.action);
      return {
        ...base(),
        leverId: ctx.ids.levers[win.lever],
        ...(actionId === undefined ? {} : { actionId }),
        date,
        amount: win.amount,
        note: texts.life.revenueNote(texts.life.customers[i] ?? ''),
      };
    });

  const measureContext = { period, today, revenues, ...calendar };
  const kpiEntries = (Object.keys(kpiSpecs) as KpiKey[]).flatMap((key) => {
    const kpi = example.kpis.find((k) => k.id === ctx.ids.kpis[key]);
    if (!kpi) return [];
    return measures(kpi, kpiSpecs[key].measure, measureContext, `kpi:${key}`).map(
      ({ date, value }): KpiEntry => ({ ...base(), kpiId: kpi.id, value, date, source: 'manual', note: '' }),
    );
  });

  const ideas = texts.life.ideas.map((text, i): Idea => {
    const lever = ideaLevers[i];
    return {
      ...base(),
      ...text,
      tags: [...text.tags],
      metadata: {},
      figures: [],
      ...(lever === undefined ? {} : { leverId: ctx.ids.levers[lever] }),
      personaIds: [],
      status: 'inbox',
    };
  });

  const budgetLines = spendOnLines(example.budgetLines, example);

  const second = { start: planDate(period, [2, 1]), end: planDate(period, [2, 31]) };
  const third = period.months[2];
  const meeting = third ? nthWeekday(third, TUESDAY, 1) : second.end;
  const plan = example.plans[0];
  const reviews: Review[] = [];
  if (plan) {
    const report = reviewReport({ ...example, plan, kpiEntries, revenues, budgetLines }, second, meeting);
    const stamp = `${meeting}T16:00:00.000Z`;
    reviews.push({
      ...base(),
      createdAt: stamp,
      updatedAt: stamp,
      kind: 'monthly',
      period: second,
      kpiSnapshot: report.kpis.map((k) => ({
        kpiId: k.kpiId,
        target: k.target,
        status: k.status,
        ...(k.start === undefined ? {} : { start: k.start }),
        ...(k.end === undefined ? {} : { end: k.end }),
        ...(k.change === undefined ? {} : { change: k.change }),
      })),
      ...texts.life.review,
    });
  }
  return { revenues, kpiEntries, budgetLines, ideas, reviews };
}

/** Each lever's spend so far (its actions' actual cost) spread over its lines by their planned share. */
function spendOnLines(lines: readonly BudgetLine[], example: ExamplePlan): BudgetLine[] {
  const spent = new Map<string, number>();
  for (const action of example.actions) {
    spent.set(action.leverId, (spent.get(action.leverId) ?? 0) + action.actualCost);
  }
  const actual = new Map<string, number>();
  for (const [leverId, amount] of spent) {
    const own = lines.filter((l) => l.leverId === leverId && l.planned > 0);
    if (own.length === 0) continue;
    for (const part of allocateBudget(
      amount,
      own.map((l) => ({ id: l.id, weight: l.planned })),
    ))
      actual.set(part.id, part.amount);
  }
  return lines.map((line) => ({ ...line, actual: actual.get(line.id) ?? 0 }));
}
