import type { RowTables, SyncRow } from '@jalon/core';

/**
 * A plan of `size` records as stored rows, mostly KPI entries and actions (the tables that grow),
 * stamped by `device`. Deterministic, so two runs measure the same data.
 */
export function generatePlan(size: number, device: string, idPrefix = ''): RowTables {
  const at = '2026-01-05T08:00:00.000Z';
  let counter = 0;
  const stamp = () =>
    `2026-01-05T08:00:00.000Z-${(counter++ % 0xffff).toString(16).padStart(4, '0')}-${device}`;
  const base = (id: string) => ({ id, planId: 'plan', createdAt: at, updatedAt: at, _c: stamp() });
  const tables = Object.fromEntries(
    [
      'plans',
      'objectives',
      'personas',
      'levers',
      'actions',
      'keyDates',
      'kpis',
      'kpiEntries',
      'ideas',
      'reviews',
      'budgetLines',
      'revenues',
    ].map((t) => [t, [] as SyncRow[]]),
  ) as RowTables;
  const { planId: _, ...planBase } = base('plan');
  tables.plans.push({
    ...planBase,
    name: 'Bench plan',
    description: '',
    period: { start: '2026-01-01', end: '2026-06-30' },
    currency: 'EUR',
    locale: 'fr-FR',
    revenueGoal: 36_000_000,
    averageDealValue: 1_200_000,
    stages: [{ id: 'sql', label: 'SQL', conversionRate: 0.35, source: 'own' }],
    budget: 0,
  } as unknown as SyncRow);
  for (let i = 0; i < 20; i++) {
    tables.levers.push({
      ...base(`lever-${i}`),
      name: `Lever ${i}`,
      channel: 'seo',
      decision: 'continue',
      lastPeriod: { figures: [], verdict: '', cause: 'unknown' },
      objectiveIds: [],
      kpiIds: [],
      weight: 1,
    } as SyncRow);
    tables.kpis.push({
      ...base(`kpi-${i}`),
      name: `KPI ${i}`,
      unit: 'number',
      direction: 'increase',
      baseline: 10,
      target: 20,
      startDate: '2026-01-01',
      deadline: '2026-06-30',
      frequency: 'monthly',
      description: '',
    } as SyncRow);
  }
  const rest = size - 41;
  const actions = Math.floor(rest / 10);
  for (let i = 0; i < actions; i++) {
    tables.actions.push({
      ...base(`${idPrefix}action-${i}`),
      leverId: `lever-${i % 20}`,
      title: `Action ${i}: publish and promote`,
      description: 'Write, review, publish, share on the usual channels.',
      owner: ['Camille', 'Hugo', 'Inès'][i % 3],
      importance: (i % 5) + 1,
      difficulty: ((i * 3) % 5) + 1,
      deadline: `2026-0${(i % 6) + 1}-${String((i % 28) + 1).padStart(2, '0')}`,
      status: i % 4 === 0 ? 'done' : 'todo',
      steps: [],
      plannedCost: 10_000 * (i % 7),
      actualCost: 0,
      expectedRevenue: 0,
      personaIds: [],
      kpiIds: [],
    } as SyncRow);
  }
  for (let i = 0; i < rest - actions; i++) {
    tables.kpiEntries.push({
      ...base(`${idPrefix}entry-${i}`),
      kpiId: `kpi-${i % 20}`,
      value: 10 + (i % 97) / 10,
      date: `2026-0${(i % 6) + 1}-${String((i % 28) + 1).padStart(2, '0')}`,
      source: 'manual',
      note: i % 5 === 0 ? 'after the trade show' : '',
    } as SyncRow);
  }
  return tables;
}

export function countRows(tables: RowTables): number {
  return Object.values(tables).reduce((n, rows) => n + rows.length, 0);
}
