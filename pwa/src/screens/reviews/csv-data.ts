import type { Kpi, PlanData } from '@jalon/core';
import type { Translate } from '../../i18n/messages.ts';
import { type LabelKey, labelOf } from '../../ui/labels.ts';
import type { CsvCell } from './csv.ts';
import type { MessageKey } from './messages.ts';

/**
 * The rows of the three spreadsheet exports, header first, headers and enum values in the user's
 * language. Money columns are in units of the plan's currency (named in its own column), KPI
 * values in their unit (money KPIs in units too, percentages as shown).
 */

type Data = Pick<
  PlanData,
  'objectives' | 'levers' | 'actions' | 'personas' | 'kpis' | 'kpiEntries' | 'budgetLines'
>;
type T = Translate<MessageKey>;
type TL = Translate<LabelKey>;

const names = <R extends { id: string }>(records: readonly R[], name: (r: R) => string) =>
  new Map(records.map((r) => [r.id, name(r)]));

/** One row per action, filed under its lever and the lever's first objective (as on the Actions screen). */
export function actionRows(data: Data, t: T, tl: TL): CsvCell[][] {
  const objectives = names(data.objectives, (o) => o.title);
  const levers = new Map(data.levers.map((l) => [l.id, l]));
  const personas = names(data.personas, (p) => p.name);
  const kpis = names(data.kpis, (k) => k.name);
  const list = (ids: readonly string[], from: Map<string, string>) =>
    ids.flatMap((id) => from.get(id) ?? []).join(', ');
  const header = [
    'objective',
    'lever',
    'action',
    'owner',
    'status',
    'importance',
    'difficulty',
    'start',
    'deadline',
    'duration',
    'doneOn',
    'steps',
    'stepsTotal',
    'plannedCost',
    'actualCost',
    'expectedRevenue',
    'personas',
    'kpis',
  ] as const;
  return [
    header.map((h) => t(`col.${h}`)),
    ...data.actions.map((a): CsvCell[] => {
      const lever = levers.get(a.leverId);
      const objectiveId = lever?.objectiveIds.find((id) => objectives.has(id));
      return [
        objectiveId ? objectives.get(objectiveId) : '',
        lever?.name ?? '',
        a.title,
        a.owner,
        labelOf(tl, 'action', a.status),
        a.importance,
        a.difficulty,
        a.startDate,
        a.deadline,
        a.durationDays,
        a.doneOn,
        a.steps.filter((s) => s.done).length,
        a.steps.length,
        { cents: a.plannedCost },
        { cents: a.actualCost },
        { cents: a.expectedRevenue },
        list(a.personaIds, personas),
        list(a.kpiIds, kpis),
      ];
    }),
  ];
}

/** One row per KPI entry, oldest first, with the KPI's target beside it; a KPI without entries gets one row. */
export function kpiRows(data: Data, t: T, tl: TL): CsvCell[][] {
  const value = (kpi: Kpi, v: number): CsvCell => (kpi.unit === 'currency' ? { cents: v } : v);
  const header = [
    'kpi',
    'unit',
    'baseline',
    'target',
    'start',
    'deadline',
    'date',
    'value',
    'source',
    'note',
  ] as const;
  return [
    header.map((h) => t(`col.${h}`)),
    ...data.kpis.flatMap((kpi) => {
      const head: CsvCell[] = [
        kpi.name,
        labelOf(tl, 'unit', kpi.unit),
        value(kpi, kpi.baseline),
        value(kpi, kpi.target),
        kpi.startDate,
        kpi.deadline,
      ];
      const entries = data.kpiEntries
        .filter((e) => e.kpiId === kpi.id)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      if (entries.length === 0) return [[...head, '', '', '', '']];
      return entries.map((e) => [...head, e.date, value(kpi, e.value), e.source, e.note]);
    }),
  ];
}

/** One row per budget line. */
export function budgetRows(data: Data, currency: string, t: T): CsvCell[][] {
  const objectives = names(data.objectives, (o) => o.title);
  const levers = names(data.levers, (l) => l.name);
  const header = ['objective', 'lever', 'label', 'date', 'planned', 'actual', 'currency'] as const;
  return [
    header.map((h) => t(`col.${h}`)),
    ...data.budgetLines.map((l): CsvCell[] => [
      l.objectiveId ? objectives.get(l.objectiveId) : '',
      l.leverId ? levers.get(l.leverId) : '',
      l.label,
      l.date,
      { cents: l.planned },
      { cents: l.actual },
      currency,
    ]),
  ];
}
