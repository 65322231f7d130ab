import type { ActionStatus, Lever } from '@jalon/core';
import { useId } from 'preact/hooks';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { labelOf, labels } from '../../ui/labels.ts';
import { type ActionFilter, type DueFilter, dueFilters, isFiltered } from './filters.ts';
import { messages } from './messages.ts';

const statuses: readonly ActionStatus[] = ['todo', 'doing', 'done', 'cancelled'];

/**
 * Search and filters above a long action list. Each change replaces the address, so that a reload,
 * a link or the back button from an action brings the same list back.
 */
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
  const id = useId();
  const set = (patch: Partial<ActionFilter>) => onChange({ ...filter, ...patch });
  const select = (key: 'owner' | 'status' | 'lever' | 'due', label: string, options: [string, string][]) => (
    <div class="field">
      <label for={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        name={key}
        value={filter[key]}
        onChange={(e) => set({ [key]: e.currentTarget.value } as Partial<ActionFilter>)}
      >
        <option value="">{t('filterAll')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <search class="action-filters no-print" data-testid="action-filters">
      <div class="field">
        <label for={`${id}-q`}>{t('search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={filter.q}
          maxLength={200}
          onInput={(e) => set({ q: e.currentTarget.value })}
        />
      </div>
      <div class="filter-grid">
        {select(
          'owner',
          t('owner'),
          owners.map((o) => [o, o]),
        )}
        {select(
          'status',
          t('status'),
          statuses.map((s) => [s, labelOf(tl, 'action', s)]),
        )}
        {select(
          'lever',
          t('lever'),
          levers.map((l) => [l.id, l.name]),
        )}
        {select(
          'due',
          t('dueFilter'),
          dueFilters.map((d: DueFilter) => [d, t(`due.${d}`)]),
        )}
      </div>
      <p class="filter-count" role="status">
        {t(pluralKey('filterCount', total, lang), { shown, total })}
        {isFiltered(filter) && (
          <button
            type="button"
            class="link"
            onClick={() => onChange({ q: '', owner: '', status: '', lever: '', due: '' })}
          >
            {t('filterClear')}
          </button>
        )}
      </p>
    </search>
  );
}
