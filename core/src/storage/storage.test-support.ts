import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { openPlanDb, type PlanDb } from './db.ts';
import { createRecord, type NewRecord } from './repository.ts';

let counter = 0;
/** A fresh database per test (fake-indexeddb: storage logic only; the apps test real IndexedDB). */
export function freshDb(): PlanDb {
  counter += 1;
  return openPlanDb(`jalon-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** A small plan written through the repositories, as an app would. */
export async function seedPlan(db: PlanDb) {
  const plan = await createRecord(db, 'plans', {
    name: 'Plan S1',
    period: { start: '2026-01-01', end: '2026-06-30' },
    currency: 'EUR',
    locale: 'fr-FR',
    revenueGoal: 36_000_000,
    averageDealValue: 1_200_000,
    stages: [{ id: 'sql', label: 'SQL', conversionRate: 0.35, source: 'own' }],
  });
  const lever = await createRecord(db, 'levers', { planId: plan.id, name: 'Site web', channel: 'website' });
  const action = await createRecord(db, 'actions', {
    planId: plan.id,
    leverId: lever.id,
    title: 'Installer un plugin de chat',
    deadline: '2026-01-31',
  } as NewRecord<'actions'>);
  const kpi = await createRecord(db, 'kpis', {
    planId: plan.id,
    name: 'Taux de conversion du site',
    unit: 'percent',
    baseline: 4,
    target: 5,
    startDate: '2026-01-01',
    deadline: '2026-06-30',
  } as NewRecord<'kpis'>);
  return { plan, lever, action, kpi };
}

/** Makes every write that touches the row with `id` fail, as a full disk or a crash would. */
export function failWritesOf(
  db: PlanDb,
  id: string,
  error: () => Error = () => new Error('injected failure'),
): void {
  db.use({
    stack: 'dbcore',
    name: `fail-${id}`,
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              const values = 'values' in req ? (req.values as { id?: string }[]) : [];
              if (values.some((v) => v?.id === id)) return Promise.reject(error());
              return table.mutate(req);
            },
          };
        },
      };
    },
  });
}

/** The database's content, without the export time: what "exactly as before" compares. */
export function contentOf(bundleText: string): { tables: unknown; conflicts: unknown } {
  const { exportedAt: _, ...rest } = JSON.parse(bundleText) as {
    exportedAt: string;
    tables: unknown;
    conflicts: unknown;
  };
  return rest;
}
