import {
  actionTree,
  filterActions,
  type KeyAction,
  ownersOf,
  priorityOrder,
  resolveSchedule,
} from '@jalon/core';
import { useEffect, useState } from 'preact/hooks';
import { today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { useEditing } from '../../ui/editing.ts';
import { errorText } from '../../ui/errors.ts';
import { isFiltered, useListFilter } from '../../ui/lists/query.ts';
import { OrphanForms } from '../../ui/orphan-forms.tsx';
import { type LoadedPlan, PlanGate } from '../../ui/plan-data.tsx';
import { Segmented } from '../../ui/segmented.tsx';
import { ActionForm } from './action-form.tsx';
import { ActionList, ActionTree } from './action-tree.tsx';
import { associatedByAnchor } from './context.ts';
import { ActionFilters, actionFilterSpec } from './filter-bar.tsx';
import { KitForm } from './kit-form.tsx';
import { messages } from './messages.ts';
import './actions.css';

/** Steps 4–5: the key actions, as a tree or in order of work; searched and filtered, the filter kept in the address. */
export default function ActionsScreen({ planId, query }: ScreenProps) {
  return (
    <PlanGate planId={planId}>
      {(data) => <Actions data={data} query={query} focus={query.get('action') ?? undefined} />}
    </PlanGate>
  );
}

function Actions({
  data,
  query,
  focus,
}: {
  data: LoadedPlan;
  query: URLSearchParams;
  focus?: string | undefined;
}) {
  const t = useT(messages);
  const lang = useLang();
  const [filter, setFilter] = useListFilter('/actions', query, actionFilterSpec);
  const [view, setView] = useState<'tree' | 'priority'>('tree');
  const [creatingAction, setCreatingAction] = useEditing('actions:new');
  const [creatingKit, setCreatingKit] = useState(false);
  const creating = creatingAction ? 'action' : creatingKit ? 'kit' : undefined;
  const setCreating = (mode: 'action' | 'kit' | undefined) => {
    setCreatingAction(mode === 'action');
    setCreatingKit(mode === 'kit');
  };
  // A link to one action (from its idea, from Today) scrolls to it.
  useEffect(() => {
    if (!focus) return;
    document.querySelector(`[data-action="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'center' });
  }, [focus]);
  let order: string[];
  let orderError: string | undefined;
  try {
    order = priorityOrder(data.actions, today());
  } catch (error) {
    // prioritize refuses malformed scores or dates; the list still shows, in stored order.
    order = data.actions.map((a) => a.id);
    orderError = errorText(error, lang);
  }
  const resolved = resolveSchedule(data.actions);
  const day = today();
  const shown = filterActions(data.actions, filter, (a) => a.deadline ?? resolved.dates.get(a.id)?.end, day);
  const ctx = {
    data,
    resolved,
    titles: new Map(data.actions.map((a) => [a.id, a.title])),
    rank: new Map(order.map((actionId, i) => [actionId, i + 1])),
    associated: associatedByAnchor(data.actions),
  };
  const byRank = [...shown].sort((a, b) => (ctx.rank.get(a.id) ?? 0) - (ctx.rank.get(b.id) ?? 0));
  return (
    <div class="desk actions-screen">
      <div class="section-head">
        <h1>{t('title')}</h1>
        {!creating && (
          <div class="actions-bar no-print">
            {data.levers.length > 0 && (
              <button type="button" class="primary" onClick={() => setCreating('action')}>
                {t('newAction')}
              </button>
            )}
            <button type="button" onClick={() => setCreating('kit')}>
              {t('addKit')}
            </button>
          </div>
        )}
      </div>
      <p class="muted">{t('intro')}</p>
      {creating === 'action' && (
        <article class="card">
          <h3>{t('newAction')}</h3>
          <ActionForm data={data} onDone={() => setCreating(undefined)} />
        </article>
      )}
      {creating === 'kit' && (
        <article class="card">
          <h3>{t('kitTitle')}</h3>
          <p class="muted">{t('kitIntro')}</p>
          <KitForm data={data} onDone={() => setCreating(undefined)} />
        </article>
      )}
      <OrphanForms<KeyAction> table="actions" live={data.actions}>
        {(base, close) => <ActionForm base={base} data={data} onDone={close} />}
      </OrphanForms>
      <div class="toolbar no-print">
        <Segmented
          legend={t('view')}
          value={view}
          options={[
            { value: 'tree', label: t('viewTree') },
            { value: 'priority', label: t('viewPriority') },
          ]}
          onChange={setView}
        />
      </div>
      <ActionFilters
        filter={filter}
        onChange={setFilter}
        owners={ownersOf(data.actions, lang)}
        levers={data.levers}
        shown={shown.length}
        total={data.actions.length}
      />
      {orderError && <p class="error">{orderError}</p>}
      {shown.length === 0 && <p class="muted">{t('noAction')}</p>}
      {view === 'tree' ? (
        <ActionTree tree={actionTree({ ...data, actions: shown }, order, !isFiltered(filter))} ctx={ctx} />
      ) : (
        <ActionList actions={byRank} ctx={ctx} />
      )}
    </div>
  );
}
