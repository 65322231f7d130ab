import { filterBudget, reviewReport } from '@jalon/core';
import { formatMoney, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { href } from '../../shell/router.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { useListFilter } from '../../ui/lists/query.ts';
import { type LoadedPlan, PlanGate } from '../../ui/plan-data.tsx';
import { ActionsByObjective } from './by-action.tsx';
import { BudgetByLever } from './by-lever.tsx';
import { BudgetByObjective } from './by-objective.tsx';
import { BudgetFilters, budgetFilterSpec } from './filter-bar.tsx';
import { messages } from './messages.ts';
import { ObjectivesMethod } from './method.tsx';
import { BudgetProposal } from './proposal.tsx';
import { RevenueSection } from './revenue.tsx';
import './budget.css';

/**
 * Step 6: the budget by objectives. `?view=proposal` is the printable proposal for management.
 * The lines, levers, actions and revenues below the method are searched and filtered (one
 * objective, one lever), the filter kept in the address; each list is grouped by objective.
 */
export default function BudgetScreen({ planId, query }: ScreenProps) {
  const proposal = query.get('view') === 'proposal';
  return (
    <PlanGate planId={planId}>
      {(data) => (proposal ? <BudgetProposal data={data} /> : <Budget data={data} query={query} />)}
    </PlanGate>
  );
}

function Budget({ data, query }: { data: LoadedPlan; query: URLSearchParams }) {
  const t = useT(messages);
  const [filter, setFilter] = useListFilter('/budget', query, budgetFilterSpec);
  const view = filterBudget(data, filter);
  const nothing = view.levers.length + view.lines.length + view.actions.length + view.revenues.length === 0;
  const lang = useLang();
  const { plan } = data;
  const money = (cents: number) => formatMoney(cents, plan.currency, lang);
  const { total } = reviewReport({ ...data, kpis: [], kpiEntries: [] }, plan.period, today()).spend;
  return (
    <div class="desk budget">
      <div class="section-head">
        <h1>{t('title')}</h1>
        <a class="button no-print" href={href('/budget?view=proposal')}>
          {t('openProposal')}
        </a>
      </div>
      <p class="muted">{t('intro')}</p>
      <p class="big" data-testid="budget-total">
        {t('totalLine', {
          budget: money(plan.budget),
          linesPlanned: money(total.linesPlanned),
          linesActual: money(total.linesActual),
          actionsPlanned: money(total.actionsPlanned),
          actionsActual: money(total.actionsActual),
        })}
      </p>
      <ObjectivesMethod data={data} />
      <BudgetFilters data={data} filter={filter} onChange={setFilter} view={view} />
      {nothing && <p class="muted">{t('noMatch')}</p>}
      <BudgetByObjective data={data} lines={view.lines} />
      <BudgetByLever data={data} levers={view.levers} />
      <section aria-labelledby="budget-actions">
        <h2 id="budget-actions">{t('byAction')}</h2>
        <ActionsByObjective data={data} actions={view.actions} />
      </section>
      <RevenueSection data={data} revenues={view.revenues} />
    </div>
  );
}
