import { actionTree, type KeyAction, ownersOf, priorityOrder, resolveSchedule } from '@jalon/core';
import { useEffect, useId, useState } from 'preact/hooks';
import { today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { useEditing } from '../../ui/editing.ts';
import { errorText } from '../../ui/errors.ts';
import { OrphanForms } from '../../ui/orphan-forms.tsx';
import { type LoadedPlan, PlanGate } from '../../ui/plan-data.tsx';
import { Segmented } from '../../ui/segmented.tsx';
import { ActionForm } from './action-form.tsx';
import { ActionList, ActionTree } from './action-tree.tsx';
import { associatedByAnchor } from './context.ts';
import { KitForm } from './kit-form.tsx';
import { messages } from './messages.ts';
import './actions.css';

/** Steps 4–5: the key actions, as a tree or in order of work, filtered by owner. */
export default function ActionsScreen({ planId, query }: ScreenProps) {
  return (
    <PlanGate planId={planId}>
      {(data) => (
        <Actions
          data={data}
          initialOwner={query.get('owner') ?? ''}
          focus={query.get('action') ?? undefined}
        />
      )}
    </PlanGate>
  );
}

function Actions({
  data,
  initialOwner,
  focus,
}: {
  data: LoadedPlan;
  initialOwner: string;
  focus?: string | undefined;
}) {
  const t = useT(messages);
  const lang = useLang();
  const id = useId();
  const [owner, setOwner] = useState(initialOwner);
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
  const shown = owner ? data.actions.filter((a) => a.owner.trim() === owner) : data.actions;
  const ctx = {
    data,
    resolved: resolveSchedule(data.actions),
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
        <div class="field inline">
          <label for={id}>{t('owner')}</label>
          <select id={id} name="owner" value={owner} onChange={(e) => setOwner(e.currentTarget.value)}>
            <option value="">{t('allOwners')}</option>
            {ownersOf(data.actions, lang).map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </div>
      </div>
      {orderError && <p class="error">{orderError}</p>}
      {shown.length === 0 && <p class="muted">{t('noAction')}</p>}
      {view === 'tree' ? (
        <ActionTree tree={actionTree({ ...data, actions: shown }, order, owner === '')} ctx={ctx} />
      ) : (
        <ActionList actions={byRank} ctx={ctx} />
      )}
    </div>
  );
}
