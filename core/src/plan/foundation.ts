import { type BenchmarkFunnelId, benchmarkFunnels, benchmarkStageLabel } from '../engine/benchmarks.ts';
import type { Language } from '../language.ts';
import type { Kpi } from '../model/kpi.ts';
import type { Objective } from '../model/objective.ts';
import type { FunnelStage, Plan } from '../model/plan.ts';
import { CUSTOMERS_STAGE_ID, deriveObjectives } from './derive.ts';
import { foundationTexts } from './foundation-texts.ts';

/** What every new plan starts from (step 1 of the method): the revenue goal and the funnel. */
export type PlanBasics = {
  name: string;
  start: string;
  end: string;
  currency: string;
  revenueGoal: number; // cents
  averageDealValue: number; // cents
  benchmarkId: BenchmarkFunnelId;
  stages: FunnelStage[];
  owner: string;
};

export type RecordIds = { newId: () => string; now: string };

export type Foundation = {
  plan: Plan;
  business: Objective;
  objectives: Objective[];
  kpis: { revenue: Kpi; leads: Kpi | undefined; all: Kpi[] };
};

/** The locale a new plan records, and its texts are formatted in. */
export const planLocales: Readonly<Record<Language, string>> = { fr: 'fr-FR', en: 'en-GB' };

export const formatPlanMoney = (cents: number, currency: string, lang: Language): string =>
  new Intl.NumberFormat(planLocales[lang], { style: 'currency', currency }).format(cents / 100);

export const formatPlanDate = (
  iso: string,
  lang: Language,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string =>
  new Intl.DateTimeFormat(planLocales[lang], { timeZone: 'UTC', ...options }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** A benchmark's stages at their default rates, labelled in `lang`. */
export function benchmarkPlanStages(id: BenchmarkFunnelId, lang: Language): FunnelStage[] {
  const funnel = benchmarkFunnels.find((f) => f.id === id) ?? benchmarkFunnels[0];
  return (funnel?.stages ?? []).map((s) => ({
    id: s.id,
    label: benchmarkStageLabel(s.id, lang) ?? s.id,
    conversionRate: s.default,
    source: 'benchmark',
  }));
}

/**
 * The plan record, its SMART business objective, the intermediate objectives core derives from it
 * through the reverse funnel, and the two KPIs every plan measures first (new revenue, and the
 * stage a marketer counts first: leads or their like).
 */
export function buildFoundation(basics: PlanBasics, lang: Language, { newId, now }: RecordIds): Foundation {
  const texts = foundationTexts[lang];
  const planId = newId();
  const base = () => ({ id: newId(), planId, createdAt: now, updatedAt: now });
  const period = { start: basics.start, end: basics.end };
  const plan: Plan = {
    id: planId,
    createdAt: now,
    updatedAt: now,
    name: basics.name,
    description: '',
    period,
    currency: basics.currency,
    locale: planLocales[lang],
    revenueGoal: basics.revenueGoal,
    averageDealValue: basics.averageDealValue,
    stages: basics.stages,
    benchmarkId: basics.benchmarkId,
    budget: 0,
  };
  const customersLabel = benchmarkStageLabel(CUSTOMERS_STAGE_ID, lang) ?? CUSTOMERS_STAGE_ID;
  const derived = deriveObjectives(plan, { customersLabel });
  const revenueKpi: Kpi = {
    ...base(),
    name: texts.kpis.revenue,
    unit: 'currency',
    direction: 'increase',
    baseline: 0,
    target: basics.revenueGoal,
    startDate: period.start,
    deadline: period.end,
    frequency: 'weekly',
    description: '',
  };
  const business: Objective = {
    ...base(),
    title: texts.business.title(
      formatPlanMoney(basics.revenueGoal, basics.currency, lang),
      formatPlanDate(period.end, lang),
    ),
    description: texts.business.description,
    kind: 'business',
    metric: texts.business.metric,
    unit: 'currency',
    baseline: 0,
    target: basics.revenueGoal,
    startDate: period.start,
    deadline: period.end,
    owner: basics.owner,
    kpiIds: [revenueKpi.id],
  };
  revenueKpi.objectiveId = business.id;
  const counts = new Intl.NumberFormat(planLocales[lang]);
  const intermediate = derived.objectives.map(
    (o): Objective => ({
      ...base(),
      title: texts.intermediate(counts.format(o.target), o.label),
      description: texts.intermediateDescription,
      kind: 'intermediate',
      metric: o.metric,
      unit: 'number',
      baseline: 0,
      target: o.target,
      startDate: o.startDate,
      deadline: o.deadline,
      owner: basics.owner,
      parentId: business.id,
      stageId: o.stageId,
      kpiIds: [],
    }),
  );
  // The stage counted first: leads, inquiries in the demand waterfall, carts in a shop.
  const first = intermediate.find((o) => ['lead', 'inquiry', 'cart'].includes(o.stageId ?? ''));
  const leadsKpi: Kpi | undefined = first
    ? {
        ...base(),
        name: first.stageId === 'cart' ? (first.metric ?? texts.kpis.leads) : texts.kpis.leads,
        unit: 'number',
        direction: 'increase',
        baseline: 0,
        target: first.target ?? 1,
        startDate: period.start,
        deadline: period.end,
        frequency: 'weekly',
        objectiveId: first.id,
        description: '',
      }
    : undefined;
  if (first && leadsKpi) first.kpiIds = [leadsKpi.id];
  return {
    plan,
    business,
    objectives: [business, ...intermediate],
    kpis: { revenue: revenueKpi, leads: leadsKpi, all: leadsKpi ? [revenueKpi, leadsKpi] : [revenueKpi] },
  };
}
