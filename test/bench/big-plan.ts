import { addDays, BUNDLE_FORMAT, BUNDLE_VERSION, buildExamplePlan, newId } from '@jalon/core';

/**
 * A large plan as a bundle file, written directly (55 000 repository calls over fake-indexeddb
 * would take minutes): core's example plan for the plan, levers and KPIs, then `actions` actions
 * with deadlines a year around today and `entries` KPI entries. Every row carries a creation stamp,
 * as an export does; the page's import validates it all.
 */
export function bigPlanBundle(
  today: string,
  actions = 5_000,
  entries = 50_000,
): { bundle: string; planId: string } {
  const now = new Date().toISOString();
  const device = '0123456789abcdef';
  const stamp = `${now}-0000-${device}`;
  const example = buildExamplePlan('fr', { today, newId, now });
  const planId = example.plans[0]!.id;
  const owners = ['Camille', 'Inès', 'Hugo', 'Léa', ''];
  const levers = example.levers.map((l) => l.id);
  const kpis = example.kpis;
  const generated = Array.from({ length: actions }, (_, i) => ({
    id: `bench-action-${i}`,
    planId,
    createdAt: now,
    updatedAt: now,
    leverId: levers[i % levers.length]!,
    title: `Action ${i + 1} du plan de charge`,
    description: '',
    owner: owners[i % owners.length]!,
    importance: (i % 5) + 1,
    difficulty: ((i * 3) % 5) + 1,
    deadline: addDays(today, (i % 365) - 182),
    status: i % 4 === 0 ? 'done' : 'todo',
    steps: i % 10 === 0 ? [{ id: `s-${i}`, label: 'Étape', done: false }] : [],
    plannedCost: 0,
    actualCost: 0,
    expectedRevenue: 0,
    personaIds: [],
    kpiIds: [],
  }));
  const kpiEntries = Array.from({ length: entries }, (_, i) => {
    const kpi = kpis[i % kpis.length]!;
    return {
      id: `bench-entry-${i}`,
      planId,
      createdAt: now,
      updatedAt: now,
      kpiId: kpi.id,
      value: kpi.baseline + (i % 100),
      date: addDays(today, -(i % 700)),
      source: 'import',
      note: '',
    };
  });
  const tables: Record<string, object[]> = {
    ...example,
    actions: [...example.actions, ...generated],
    kpiEntries,
  };
  for (const rows of Object.values(tables)) for (const row of rows) Object.assign(row, { _c: stamp });
  const bundle = JSON.stringify({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now,
    device,
    tables,
    conflicts: [],
  });
  return { bundle, planId };
}
