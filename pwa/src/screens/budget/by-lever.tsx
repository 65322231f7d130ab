import {
  actionTree,
  allocateBudget,
  type BudgetAllocation,
  type Lever,
  reviewReport,
  spendByLever,
} from '@jalon/core';
import { formatMoney, formatNumber, formatRate, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { errorText } from '../../ui/errors.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { messages } from './messages.ts';
import { ObjectiveGroup } from './objective-group.tsx';

/**
 * The plan budget split across levers by weight (core's `allocateBudget`: exact to the cent),
 * beside what each lever's lines and actions plan and spent, and its ROMI from core's review
 * report over the plan period (expected on planned costs, realised on done actions). It shows the
 * `levers` a filter keeps, grouped by the objective each is filed under (as on the Actions screen).
 */
export function BudgetByLever({ data, levers }: { data: LoadedPlan; levers: readonly Lever[] }) {
  const t = useT(messages);
  const lang = useLang();
  const { plan } = data;
  const money = (cents: number) => formatMoney(cents, plan.currency, lang);
  const ratio = (value: number | undefined) =>
    value === undefined ? t('romiNone') : formatRate(value, lang);
  let allocation: Map<string, BudgetAllocation['amount']> | undefined;
  let problem: string | undefined;
  try {
    allocation = new Map(
      allocateBudget(
        plan.budget,
        data.levers.map((l) => ({ id: l.id, weight: l.weight })),
      ).map((a) => [a.id, a.amount]),
    );
  } catch (error) {
    problem = data.levers.some((l) => l.weight > 0) ? errorText(error, lang) : t('noAllocation');
  }
  // KPIs play no part in ROMI; leaving them out keeps a malformed KPI from hiding the money.
  const report = reviewReport({ ...data, kpis: [], kpiEntries: [] }, plan.period, today());
  const romi = new Map(report.romiByLever.map((r) => [r.leverId, r]));
  const groups = actionTree({ objectives: data.objectives, levers, actions: [] }, [], true);
  const spend = new Map(spendByLever(data.levers, data.budgetLines, data.actions).map((s) => [s.leverId, s]));
  return (
    <section aria-labelledby="budget-levers">
      <h2 id="budget-levers">{t('byLever')}</h2>
      <p class="muted">{t('byLeverIntro')}</p>
      <p class="muted small">{t('romiHelp')}</p>
      {problem && <p class="error">{problem}</p>}
      {groups.map(({ objective, levers: branches }) => (
        <ObjectiveGroup key={objective?.id ?? 'none'} list="levers" objective={objective}>
          {branches.map(({ lever }) => {
            if (!lever) return null;
            const amount = allocation?.get(lever.id);
            const s = spend.get(lever.id);
            const r = romi.get(lever.id);
            return (
              <article key={lever.id} class="card" data-lever={lever.id}>
                <div class="card-head">
                  <h4>{lever.name}</h4>
                  {amount !== undefined && plan.budget > 0 && (
                    <span class="chip">{t('share', { share: formatRate(amount / plan.budget, lang) })}</span>
                  )}
                </div>
                <dl class="figures">
                  <Figure label={t('weight')} value={formatNumber(lever.weight, lang)} />
                  <Figure
                    label={t('allocated')}
                    value={amount === undefined ? '—' : money(amount)}
                    testid="allocated"
                  />
                  <Figure label={t('linesPlanned')} value={money(s?.lines.planned ?? 0)} />
                  <Figure label={t('linesActual')} value={money(s?.lines.actual ?? 0)} />
                  <Figure label={t('actionsPlanned')} value={money(s?.actions.planned ?? 0)} />
                  <Figure label={t('actionsActual')} value={money(s?.actions.actual ?? 0)} />
                  <Figure label={t('romiExpected')} value={ratio(r?.expected.romi)} testid="romi-expected" />
                  <Figure
                    label={t('revenueWon')}
                    value={money(r?.realised.revenue ?? 0)}
                    testid="revenue-won"
                  />
                  <Figure label={t('romiActual')} value={ratio(r?.realised.romi)} testid="romi-realised" />
                </dl>
              </article>
            );
          })}
        </ObjectiveGroup>
      ))}
    </section>
  );
}

export function Figure({ label, value, testid }: { label: string; value: string; testid?: string }) {
  return (
    <div data-testid={testid}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
