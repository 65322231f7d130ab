import { useId } from 'preact/hooks';
import './lists.css';
import { useT } from '../../i18n/messages.ts';
import { listMessages } from './messages.ts';
import { FILTER_MAX, isFiltered } from './query.ts';

/** One menu of the bar: its key in the filter, its label, and its choices as [value, text]. */
export type FilterMenu<K extends string> = {
  key: K;
  label: string;
  options: readonly (readonly [string, string])[];
  /** What "no filter" reads as, where "All" would not agree in French ("Toutes"). */
  all?: string;
};

/**
 * Search and filters above a long list: a search box, a menu per filter, how many records are
 * shown, and a button that clears them all. The screen keeps the filter in its address
 * (`useListFilter`), so each change here replaces the address.
 */
export function FilterBar<F extends { q: string } & Record<string, string>>({
  filter,
  onChange,
  menus,
  count,
  testid,
}: {
  filter: F;
  onChange: (next: F) => void;
  menus: readonly FilterMenu<Exclude<keyof F, 'q'> & string>[];
  /** "12 of 30 actions shown", in the screen's words. */
  count: string;
  testid: string;
}) {
  const t = useT(listMessages);
  const id = useId();
  const set = (key: keyof F, value: string) => onChange({ ...filter, [key]: value });
  const clear = () => onChange(Object.fromEntries(Object.keys(filter).map((key) => [key, ''])) as F);
  return (
    <search class="list-filters no-print" data-testid={testid}>
      <div class="field">
        <label for={`${id}-q`}>{t('search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={filter.q}
          maxLength={FILTER_MAX}
          onInput={(e) => set('q', e.currentTarget.value)}
        />
      </div>
      <div class="filter-grid">
        {menus.map((menu) => (
          <div class="field" key={menu.key}>
            <label for={`${id}-${menu.key}`}>{menu.label}</label>
            <select
              id={`${id}-${menu.key}`}
              name={menu.key}
              value={filter[menu.key]}
              onChange={(e) => set(menu.key, e.currentTarget.value)}
            >
              <option value="">{menu.all ?? t('filterAll')}</option>
              {menu.options.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <p class="filter-count" role="status">
        {count}
        {isFiltered(filter) && (
          <button type="button" class="link" onClick={clear}>
            {t('filterClear')}
          </button>
        )}
      </p>
    </search>
  );
}
