import type { BudgetFilter, BudgetView } from '@jalon/core';
import { useT } from '../../i18n/messages.ts';
import { FilterBar } from '../../ui/lists/filter-bar.tsx';
import type { FilterSpec } from '../../ui/lists/query.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { messages } from './messages.ts';

/** The budget's filter in the address: `?q=&objective=&lever=` (beside `view=`). */
export const budgetFilterSpec: FilterSpec<BudgetFilter> = { q: 'text', objective: 'text', lever: 'text' };

/** Search and filters above the budget's lines, levers and actions: one objective, one lever. */
export function BudgetFilters({
  data,
  filter,
  onChange,
  view,
}: {
  data: LoadedPlan;
  filter: BudgetFilter;
  onChange: (next: BudgetFilter) => void;
  view: BudgetView;
}) {
  const t = useT(messages);
  return (
    <FilterBar
      testid="budget-filters"
      filter={filter}
      onChange={onChange}
      count={t('filterCount', {
        levers: view.levers.length,
        leversTotal: data.levers.length,
        lines: view.lines.length,
        linesTotal: data.budgetLines.length,
        actions: view.actions.length,
        actionsTotal: data.actions.length,
      })}
      menus={[
        {
          key: 'objective',
          label: t('filterObjective'),
          options: data.objectives.map((o) => [o.id, o.title]),
        },
        { key: 'lever', label: t('lever'), options: data.levers.map((l) => [l.id, l.name]) },
      ]}
    />
  );
}
