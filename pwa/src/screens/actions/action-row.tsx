import type { KeyAction } from '@jalon/core';
import { formatMoney } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { href } from '../../shell/router.ts';
import { useEditing } from '../../ui/editing.ts';
import { labelOf, labels } from '../../ui/labels.ts';
import { uiMessages } from '../../ui/messages.ts';
import { ActionForm } from './action-form.tsx';
import type { ActionsContext } from './context.ts';
import { messages } from './messages.ts';
import { whenText } from './when.ts';

/** One action: rank, owner, when (resolved by `schedule`), scores, steps, money; edited in place. */
export function ActionRow({ action, ctx }: { action: KeyAction; ctx: ActionsContext }) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const tl = useT(labels);
  const lang = useLang();
  const [editing, setEditing] = useEditing(`actions:${action.id}`);
  const { data } = ctx;
  if (editing) {
    return (
      <li class="action card" data-action={action.id}>
        <h4>{t('editAction')}</h4>
        <ActionForm action={action} data={data} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const money = (cents: number) => formatMoney(cents, data.plan.currency, lang);
  const done = action.steps.filter((s) => s.done).length;
  const keyDate = data.keyDates.find((k) => k.id === action.keyDateId);
  const rank = ctx.rank.get(action.id);
  const associated = ctx.associated.get(action.id) ?? [];
  return (
    <li class={`action status-row-${action.status}`} data-action={action.id}>
      <div class="card-head">
        <strong class="action-title">{action.title}</strong>
        <span class={`chip action-${action.status}`}>{labelOf(tl, 'action', action.status)}</span>
      </div>
      <p class="facts">
        {rank !== undefined && (action.status === 'todo' || action.status === 'doing') && (
          <span>{t('rank', { rank })}</span>
        )}
        {action.owner && <span>{action.owner}</span>}
        <span class="when">{whenText(action, ctx.resolved, ctx.titles, t, lang)}</span>
        <span>{t('scores', { importance: action.importance, difficulty: action.difficulty })}</span>
        {action.steps.length > 0 && <span>{t('steps', { done, total: action.steps.length })}</span>}
        {(action.plannedCost > 0 || action.actualCost > 0) && (
          <span>{t('cost', { planned: money(action.plannedCost), actual: money(action.actualCost) })}</span>
        )}
        {action.expectedRevenue > 0 && (
          <span>{t('revenue', { revenue: money(action.expectedRevenue) })}</span>
        )}
        {keyDate && <span>{t('keyDate', { title: keyDate.title })}</span>}
        {action.ideaId && (
          <a href={href(`/ideas?status=accepted&idea=${encodeURIComponent(action.ideaId)}`)}>
            {t('fromIdea')}
          </a>
        )}
      </p>
      {associated.length > 0 && (
        <div class="associated">
          <strong>{t('associated')}</strong>
          <ul class="plain">
            {associated.map((a) => (
              <li key={a.id} data-associated={a.id}>
                {t('associatedLine', {
                  title: a.title,
                  when: whenText(a, ctx.resolved, ctx.titles, t, lang),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" class="no-print" onClick={() => setEditing(true)}>
        {tu('edit')}
      </button>
    </li>
  );
}
