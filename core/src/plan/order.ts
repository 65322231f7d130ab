import type { Objective } from '../model/objective.ts';
import type { PlanData } from '../model/tables.ts';

/**
 * The order the desk screens list records in. The database hands them over by id, which is
 * random: without this, lists would reshuffle from one device to another. Oldest first, then by
 * their words; objectives business first, then intermediate ones down the funnel.
 */
export function sortPlanData<D extends PlanData>(data: D, locale: string): D {
  const plan = data.plans[0];
  const stageIndex = new Map((plan?.stages ?? []).map((s, i) => [s.id, i]));
  const compareText = (a: string, b: string) => a.localeCompare(b, locale, { numeric: true });
  const byAge =
    <R extends { createdAt: string }>(label: (r: R) => string) =>
    (a: R, b: R) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : compareText(label(a), label(b));
  const funnelRank = (o: Objective) =>
    o.kind !== 'intermediate'
      ? -1
      : o.stageId === undefined
        ? Number.MAX_SAFE_INTEGER
        : (stageIndex.get(o.stageId) ?? stageIndex.size);
  const objectiveOrder = byAge<Objective>((o) => o.title);
  return {
    ...data,
    objectives: [...data.objectives].sort((a, b) => funnelRank(a) - funnelRank(b) || objectiveOrder(a, b)),
    personas: [...data.personas].sort(byAge((p) => p.name)),
    levers: [...data.levers].sort(byAge((l) => l.name)),
    actions: [...data.actions].sort(byAge((a) => a.title)),
    keyDates: [...data.keyDates].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : compareText(a.title, b.title),
    ),
    kpis: [...data.kpis].sort(byAge((k) => k.name)),
    budgetLines: [...data.budgetLines].sort(byAge((l) => l.label)),
  };
}
