import type { KpiUnit } from '../model/kpi.ts';
import type { KpiKey, LeverKey, ObjectiveKey, OwnerKey, PersonaKey, StageKey } from './texts.ts';

/**
 * The figures of the example plans, shared by both languages: a B2B software company that sold
 * 1 200 000 € over the last six months and aims at +30 % over the next six. Money in cents.
 */

export const EURO = 100;

export const economy = {
  currency: 'EUR',
  baselineRevenue: 1_200_000 * EURO,
  /** New revenue to win: 30 % of the baseline. */
  revenueGoal: 360_000 * EURO,
  /** A yearly subscription. */
  averageDealValue: 12_000 * EURO,
  economics: {
    averageRevenuePerAccount: 1_000 * EURO, // per month: 12 000 € a year
    grossMargin: 0.8,
    monthlyChurn: 0.02,
    /** Last year's marketing cost per new customer; the objectives method budgets on it. */
    cac: 5_000 * EURO,
    targetLtvToCac: 3,
  },
  benchmarkId: 'b2b-saas-inbound',
} as const;

/** The plan's own rates, replacing the benchmark midpoints where the company has measured them. */
export const ownRates: Partial<Record<StageKey, number>> = {
  visitor: 0.04, // the site's conversion rate, 4 %
  opportunity: 0.25, // win rate of last year's opportunities
};

export const objectiveOwners: Record<ObjectiveKey, OwnerKey> = {
  business: 'marketing',
  visitor: 'marketing',
  lead: 'marketing',
  mql: 'marketing',
  sql: 'sales',
  opportunity: 'sales',
  customers: 'sales',
};

type KpiSpec = {
  unit: KpiUnit;
  direction: 'increase' | 'decrease';
  baseline: number;
  /** A number, or the stage whose derived count is the target. */
  target: number | 'customers' | StageKey;
  objective?: ObjectiveKey;
  lever?: LeverKey;
};

export const kpis: Record<KpiKey, KpiSpec> = {
  newRevenue: {
    unit: 'currency',
    direction: 'increase',
    baseline: 0,
    target: economy.revenueGoal,
    objective: 'business',
  },
  newCustomers: {
    unit: 'number',
    direction: 'increase',
    baseline: 0,
    target: 'customers',
    objective: 'customers',
  },
  sqls: { unit: 'number', direction: 'increase', baseline: 0, target: 'sql', objective: 'sql' },
  organicTraffic: {
    unit: 'number',
    direction: 'increase',
    baseline: 3_000,
    target: 4_500,
    objective: 'visitor',
    lever: 'seo',
  },
  costPerLead: {
    unit: 'currency',
    direction: 'decrease',
    baseline: 133 * EURO,
    target: 106 * EURO,
    lever: 'sea',
  },
  openRate: { unit: 'percent', direction: 'increase', baseline: 18, target: 28, lever: 'emailing' },
  showLeads: { unit: 'number', direction: 'increase', baseline: 0, target: 80, lever: 'events' },
  registrants: { unit: 'number', direction: 'increase', baseline: 0, target: 600, lever: 'webinars' },
  conversionRate: { unit: 'percent', direction: 'increase', baseline: 4, target: 5, lever: 'website' },
  chatConversations: { unit: 'number', direction: 'increase', baseline: 0, target: 600, lever: 'website' },
  websiteLeads: {
    unit: 'number',
    direction: 'increase',
    baseline: 240,
    target: 320,
    objective: 'lead',
    lever: 'website',
  },
};

/** Days before `today` each persona was last reviewed (the CEO persona is added by this plan). */
export const personaReviewedDaysAgo: Record<PersonaKey, number> = { ops: 60, finance: 120, ceo: 0 };
