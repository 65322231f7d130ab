import { type LeverDecision, type LeverFilter, ownersOf } from '@jalon/core';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { FilterBar } from '../../ui/lists/filter-bar.tsx';
import type { FilterSpec } from '../../ui/lists/query.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { messages } from './messages.ts';

/** The board's columns, left to right: what is still to sort, then the method's continue / stop / start. */
export const columns: readonly LeverDecision[] = ['undecided', 'continue', 'stop', 'start'];

/** The board's filter in the address: `?q=&objective=&decision=&owner=`. */
export const leverFilterSpec: FilterSpec<LeverFilter> = {
  q: 'text',
  objective: 'text',
  decision: columns,
  owner: 'text',
};

/** Search and filters above the board: the objective served, the column, who owns its actions. */
export function LeverFilters({
  data,
  filter,
  onChange,
  shown,
}: {
  data: LoadedPlan;
  filter: LeverFilter;
  onChange: (next: LeverFilter) => void;
  shown: number;
}) {
  const t = useT(messages);
  const lang = useLang();
  const total = data.levers.length;
  return (
    <FilterBar
      testid="lever-filters"
      filter={filter}
      onChange={onChange}
      count={t(pluralKey('filterCount', total, lang), { shown, total })}
      menus={[
        {
          key: 'objective',
          label: t('filterObjective'),
          options: data.objectives.map((o) => [o.id, o.title]),
        },
        {
          key: 'decision',
          label: t('filterColumn'),
          all: t('filterColumnAll'),
          options: columns.map((c) => [c, t(`group.${c}`)]),
        },
        { key: 'owner', label: t('filterOwner'), options: ownersOf(data.actions, lang).map((o) => [o, o]) },
      ]}
    />
  );
}
