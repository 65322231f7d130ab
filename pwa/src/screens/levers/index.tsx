import { filterLevers, type Lever } from '@jalon/core';
import { useT } from '../../i18n/messages.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { useEditing } from '../../ui/editing.ts';
import { useListFilter } from '../../ui/lists/query.ts';
import { OrphanForms } from '../../ui/orphan-forms.tsx';
import { type LoadedPlan, PlanGate } from '../../ui/plan-data.tsx';
import { Board } from './board.tsx';
import { LeverFilters, leverFilterSpec } from './filter-bar.tsx';
import { LeverForm } from './lever-form.tsx';
import { messages } from './messages.ts';
import './levers.css';

/** Step 3: the levers workshop, a continue / stop / start board; searched and filtered, the filter kept in the address. */
export default function LeversScreen({ planId, query }: ScreenProps) {
  return <PlanGate planId={planId}>{(data) => <Levers data={data} query={query} />}</PlanGate>;
}

function Levers({ data, query }: { data: LoadedPlan; query: URLSearchParams }) {
  const t = useT(messages);
  const [creating, setCreating] = useEditing('levers:new');
  const [filter, setFilter] = useListFilter('/levers', query, leverFilterSpec);
  const shown = filterLevers(data, filter);
  return (
    <div class="desk levers">
      <div class="section-head">
        <h1>{t('title')}</h1>
        {!creating && (
          <button type="button" class="primary no-print" onClick={() => setCreating(true)}>
            {t('newLever')}
          </button>
        )}
      </div>
      <p class="muted">{t('intro')}</p>
      {creating && (
        <article class="card">
          <h3>{t('newLever')}</h3>
          <LeverForm data={data} onDone={() => setCreating(false)} />
        </article>
      )}
      <OrphanForms<Lever> table="levers" live={data.levers}>
        {(base, close) => <LeverForm base={base} data={data} onDone={close} />}
      </OrphanForms>
      {data.levers.length === 0 && !creating ? (
        <p class="muted">{t('empty')}</p>
      ) : (
        <>
          <LeverFilters data={data} filter={filter} onChange={setFilter} shown={shown.length} />
          {shown.length === 0 && <p class="muted">{t('noMatch')}</p>}
          <Board data={data} levers={shown} only={filter.decision || undefined} />
        </>
      )}
    </div>
  );
}
