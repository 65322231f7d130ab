import {
  type BenchmarkFunnelId,
  benchmarkFunnels,
  CUSTOMERS_STAGE_ID,
  deriveObjectives,
  type FunnelStage,
  type Kpi,
  type Objective,
  type Plan,
} from '@jalon/core';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format.ts';
import { intlLocale, type Lang } from '../../i18n/locale.ts';
import { planTexts } from './plan-texts.ts';

/** What every new plan starts from (step 1 of the method): the revenue goal and the funnel. */
export interface PlanBasics {
  name: string;
  start: string;
  end: string;
  currency: string;
  revenueGoal: number; // cents
  averageDealValue: number; // cents
  benchmarkId: BenchmarkFunnelId;
  stages: FunnelStage[];
  owner: string;
}

export interface Ids {
  newId: () => string;
  now: string;
}

export interface Foundation {
  plan: Plan;
  business: Objective;
  objectives: Objective[];
  kpis: { revenue: Kpi; leads: Kpi | undefined; all: Kpi[] };
}

/** A benchmark's stages at their default rates, labelled in `lang`. */
export function benchmarkPlanStages(id: BenchmarkFunnelId, lang: Lang): FunnelStage[] {
  const funnel = benchmarkFunnels.find((f) => f.id === id) ?? benchmarkFunnels[0];
  return (funnel?.stages ?? []).map((s) => ({
    id: s.id,
    label: planTexts[lang].stages[s.id] ?? s.id,
    conversionRate: s.default,
    source: 'benchmark',
  }));
}

/**
 * The plan record, its SMART business objective, the intermediate objectives core derives from it
 * through the reverse funnel, and the two KPIs every plan measures first (new revenue, leads).
 */
export function buildFoundation(basics: PlanBasics, lang: Lang, { newId, now }: Ids): Foundation {
  const texts = planTexts[lang];
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
    locale: intlLocale(lang),
    revenueGoal: basics.revenueGoal,
    averageDealValue: basics.averageDealValue,
    stages: basics.stages,
    benchmarkId: basics.benchmarkId,
    budget: 0,
  };
  const derived = deriveObjectives(plan, { customersLabel: texts.customers });
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
      formatMoney(basics.revenueGoal, basics.currency, lang),
      formatDate(period.end, lang),
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
  const intermediate = derived.objectives.map(
    (o): Objective => ({
      ...base(),
      title: texts.intermediate(formatNumber(o.target, lang), o.label),
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
  // Leads are the stage a marketer counts first; the benchmark funnels call it lead or inquiry.
  const leadObjective = intermediate.find((o) => o.stageId === 'lead' || o.stageId === 'inquiry');
  const leadsKpi: Kpi | undefined =
    leadObjective && leadObjective.stageId !== CUSTOMERS_STAGE_ID
      ? {
          ...base(),
          name: texts.kpis.leads,
          unit: 'number',
          direction: 'increase',
          baseline: 0,
          target: leadObjective.target ?? 1,
          startDate: period.start,
          deadline: period.end,
          frequency: 'weekly',
          objectiveId: leadObjective.id,
          description: '',
        }
      : undefined;
  if (leadObjective && leadsKpi) leadObjective.kpiIds = [leadsKpi.id];
  return {
    plan,
    business,
    objectives: [business, ...intermediate],
    kpis: { revenue: revenueKpi, leads: leadsKpi, all: leadsKpi ? [revenueKpi, leadsKpi] : [revenueKpi] },
  };
}
