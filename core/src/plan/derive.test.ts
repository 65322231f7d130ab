import { describe, expect, it } from 'vitest';
import { reverseFunnel } from '../engine/funnel.ts';
import { PlanError } from '../errors.ts';
import type { FunnelStage } from '../model/plan.ts';
import { deriveObjectives } from './derive.ts';

const stage = (id: string, conversionRate: number, label = id.toUpperCase()): FunnelStage => ({
  id,
  label,
  conversionRate,
  source: 'benchmark',
});

const plan = {
  revenueGoal: 21 * 1_000_000, // 21 deals of 10 000.00
  averageDealValue: 1_000_000,
  stages: [stage('lead', 0.5, 'Leads'), stage('mql', 0.4, 'MQL'), stage('sql', 0.35, 'SQL')],
  period: { start: '2026-01-01', end: '2026-06-30' },
};

describe('deriveObjectives', () => {
  it('gives one objective per stage, top first, then one for the new customers', () => {
    const { customers, objectives } = deriveObjectives(plan);
    expect(customers).toBe(21);
    expect(objectives.map((o) => o.stageId)).toEqual(['lead', 'mql', 'sql', 'customers']);
  });

  it('takes its targets from the reverse funnel, so 21 customers at 35 % need 60 SQL, not 61', () => {
    const { objectives } = deriveObjectives(plan);
    const funnel = reverseFunnel({
      goal: { revenue: plan.revenueGoal, averageDealValue: plan.averageDealValue },
      stages: plan.stages,
    });
    expect(objectives.map((o) => o.target)).toEqual([...funnel.stages.map((s) => s.count), 21]);
    expect(objectives[2]?.target).toBe(60);
    expect(objectives.map((o) => o.target)).toEqual([300, 150, 60, 21]);
  });

  it('names each objective and its metric after the stage label', () => {
    const [lead] = deriveObjectives(plan).objectives;
    expect(lead).toMatchObject({ label: 'Leads', metric: 'Leads' });
  });

  it('labels the customers objective with a message key unless given a label', () => {
    expect(deriveObjectives(plan).objectives.at(-1)).toMatchObject({
      label: 'customers',
      metric: 'customers',
    });
    const labelled = deriveObjectives(plan, { customersLabel: 'Nouveaux clients' }).objectives.at(-1);
    expect(labelled).toMatchObject({ label: 'Nouveaux clients', metric: 'Nouveaux clients' });
  });

  it('falls back on the stage id when a stage has no label', () => {
    const { objectives } = deriveObjectives({ ...plan, stages: [stage('visitor', 0.04, '')] });
    expect(objectives[0]).toMatchObject({ label: 'visitor', metric: 'visitor' });
  });

  it('sets every objective over the whole plan period', () => {
    for (const objective of deriveObjectives(plan).objectives) {
      expect(objective).toMatchObject({ startDate: '2026-01-01', deadline: '2026-06-30' });
    }
  });

  it('counts a part of a deal as a whole customer', () => {
    const { customers } = deriveObjectives({ ...plan, revenueGoal: 21 * 1_000_000 + 1 });
    expect(customers).toBe(22);
  });

  it('asks for nobody when the revenue goal is zero', () => {
    const { objectives } = deriveObjectives({ ...plan, revenueGoal: 0 });
    expect(objectives.map((o) => o.target)).toEqual([0, 0, 0, 0]);
  });

  it('returns plain data with no ids', () => {
    for (const objective of deriveObjectives(plan).objectives) expect(objective).not.toHaveProperty('id');
  });

  it('refuses a stage called "customers", which would clash with the customers objective', () => {
    const clash = () => deriveObjectives({ ...plan, stages: [stage('lead', 0.5), stage('customers', 0.5)] });
    expect(clash).toThrow(PlanError);
    expect(clash).toThrow(expect.objectContaining({ code: 'duplicate-id', field: 'stages[1].id' }));
  });

  it('passes the funnel errors on: a rate above 1 throws invalid-rate', () => {
    const bad = () => deriveObjectives({ ...plan, stages: [stage('lead', 1.5)] });
    expect(bad).toThrow(expect.objectContaining({ code: 'invalid-rate', field: 'stages[0].conversionRate' }));
  });

  it('passes the funnel errors on: a zero deal value throws invalid-money', () => {
    const bad = () => deriveObjectives({ ...plan, averageDealValue: 0 });
    expect(bad).toThrow(expect.objectContaining({ code: 'invalid-money', field: 'goal.averageDealValue' }));
  });
});
