import { actionReturns, actionTree, type KeyAction } from '@jalon/core';
import { formatMoney, formatRate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { messages } from './messages.ts';
import { ObjectiveGroup } from './objective-group.tsx';

/**
 * The ROI table in groups, one per objective (an action goes with its lever's objective, as on the
 * Actions screen), each folding away; `actions` are those a filter keeps.
 */
export function ActionsByObjective({ data, actions }: { data: LoadedPlan; actions: readonly KeyAction[] }) {
  const tree = actionTree({ ...data, actions: actions.filter((a) => a.status !== 'cancelled') }, [], false);
  return (
    <>
      {tree.map(({ objective, levers }) => (
        <ObjectiveGroup key={objective?.id ?? 'none'} list="actions" objective={objective}>
          <ActionRomiTable data={data} actions={levers.flatMap((l) => l.actions)} />
        </ObjectiveGroup>
      ))}
    </>
  );
}

/**
 * Planned and actual cost, expected revenue and ROMI of every action not cancelled (of `actions`,
 * all by default), by lever. `actual` hides the realised columns (the printed proposal is about
 * expectations). On a phone it scrolls sideways in its own strip, the action's name held in place.
 */
export function ActionRomiTable({
  data,
  actions = data.actions,
  actual = true,
}: {
  data: LoadedPlan;
  actions?: readonly KeyAction[];
  actual?: boolean;
}) {
  const t = useT(messages);
  const lang = useLang();
  const { plan } = data;
  const money = (cents: number) => formatMoney(cents, plan.currency, lang);
  const ratio = (value: number | undefined) =>
    value === undefined ? t('romiNone') : formatRate(value, lang);
  const levers = new Map(data.levers.map((l) => [l.id, l.name]));
  const margin = plan.economics?.grossMargin;
  const returns = new Map(actionReturns(data.actions, data.revenues, margin).map((r) => [r.actionId, r]));
  const rows = actions
    .filter((a) => a.status !== 'cancelled')
    .sort((a, b) => (levers.get(a.leverId) ?? '').localeCompare(levers.get(b.leverId) ?? '', lang));
  return (
    <div class="scroll-x">
      <table class="romi-table">
        <thead>
          <tr>
            <th scope="col">{t('action')}</th>
            <th scope="col">{t('lever')}</th>
            <th scope="col" class="num">
              {t('plannedCost')}
            </th>
            {actual && (
              <th scope="col" class="num">
                {t('actualCost')}
              </th>
            )}
            <th scope="col" class="num">
              {t('expectedRevenue')}
            </th>
            <th scope="col" class="num">
              {t('romiExpected')}
            </th>
            {actual && (
              <th scope="col" class="num">
                {t('romiActual')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const r = returns.get(a.id);
            return (
              <tr key={a.id} data-action={a.id}>
                <th scope="row">{a.title}</th>
                <td>{levers.get(a.leverId) ?? ''}</td>
                <td class="num">{money(a.plannedCost)}</td>
                {actual && <td class="num">{money(a.actualCost)}</td>}
                <td class="num">{money(a.expectedRevenue)}</td>
                <td class="num">{ratio(r?.expected?.romi)}</td>
                {actual && <td class="num">{ratio(r?.realised?.romi)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
