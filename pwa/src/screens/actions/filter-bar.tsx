import { type ActionFilter, type ActionStatus, dueFilters, type Lever } from '@jalon/core';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { labelOf, labels } from '../../ui/labels.ts';
import { FilterBar } from '../../ui/lists/filter-bar.tsx';
import type { FilterSpec } from '../../ui/lists/query.ts';
import { messages } from './messages.ts';

const statuses: readonly ActionStatus[] = ['todo', 'doing', 'done', 'cancelled'];

/** The action list's filter in the address: `?q=&owner=&status=&lever=&due=`. */
export const actionFilterSpec: FilterSpec<ActionFilter> = {
  q: 'text',
  owner: 'text',
  status: statuses,
  lever: 'text',
  due: dueFilters,
};

/** Search and filters above the action list: owner, status, lever, when it is due. */
export function ActionFilters({
  filter,
  onChange,
  owners,
  levers,
  shown,
  total,
}: {
  filter: ActionFilter;
  onChange: (next: ActionFilter) => void;
  owners: readonly string[];
  levers: readonly Lever[];
  shown: number;
  total: number;
}) {
  const t = useT(messages);
  const tl = useT(labels);
  const lang = useLang();
  return (
    <FilterBar
      testid="action-filters"
      filter={filter}
      onChange={onChange}
      count={t(pluralKey('filterCount', total, lang), { shown, total })}
      menus={[
        { key: 'owner', label: t('owner'), options: owners.map((o) => [o, o]) },
        { key: 'status', label: t('status'), options: statuses.map((s) => [s, labelOf(tl, 'action', s)]) },
        { key: 'lever', label: t('lever'), options: levers.map((l) => [l.id, l.name]) },
        { key: 'due', label: t('dueFilter'), options: dueFilters.map((d) => [d, t(`due.${d}`)]) },
      ]}
    />
  );
}
