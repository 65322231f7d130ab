import { allocateBudget, reverseFunnel } from '@jalon/core';
import { formatDate, formatMoney, formatNumber, formatRate, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { href } from '../../shell/router.ts';
import { errorText } from '../../ui/errors.ts';
import { linkedKpis } from '../../ui/links.ts';
import { uiMessages } from '../../ui/messages.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { formatValue } from '../../ui/values.ts';
import { StageName } from '../objectives/funnel.tsx';
import { ActionRomiTable } from './by-action.tsx';
import { messages } from './messages.ts';
import { ObjectivesMethod } from './method.tsx';

/**
 * The budget proposal for management, laid out to print (or save as PDF): the goal, the funnel
 * figures behind it, the objectives-method budget, each lever's share with its KPIs, and the
 * expected ROI of each action. On screen it is the same page with a print button; on A4 each
 * section starts a page.
 */
export function BudgetProposal({ data }: { data: LoadedPlan }) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const lang = useLang();
  const { plan } = data;
  const money = (cents: number) => formatMoney(cents, plan.currency, lang);
  let funnel: ReturnType<typeof reverseFunnel> | undefined;
  let shares: Map<string, number> | undefined;
  const problems: string[] = [];
  try {
    funnel = reverseFunnel({
      goal: { revenue: plan.revenueGoal, averageDealValue: plan.averageDealValue },
      stages: plan.stages,
    });
  } catch (error) {
    problems.push(errorText(error, lang));
  }
  try {
    shares = new Map(
      allocateBudget(
        plan.budget,
        data.levers.map((l) => ({ id: l.id, weight: l.weight })),
      ).map((a) => [a.id, a.amount]),
    );
  } catch (error) {
    problems.push(errorText(error, lang));
  }
  const goals = data.objectives.filter((o) => o.kind !== 'intermediate');
  return (
    <article class="desk proposal report">
      <div class="actions-bar no-print">
        <a class="button" href={href('/budget')}>
          {t('back')}
        </a>
        <button type="button" class="primary" onClick={() => window.print()}>
          {tu('print')}
        </button>
      </div>
      <header>
        <h1>{t('proposalTitle')}</h1>
        <p>
          <strong>{plan.name}</strong> —{' '}
          {t('proposalPeriod', {
            start: formatDate(plan.period.start, lang),
            end: formatDate(plan.period.end, lang),
          })}
        </p>
      </header>
      {problems.map((p) => (
        <p key={p} class="error">
          {p}
        </p>
      ))}
      <section class="print-section" data-section="goal">
        <h2>{t('goal')}</h2>
        <ul>
          {goals.map((o) => (
            <li key={o.id}>{o.title}</li>
          ))}
        </ul>
        <p>{t('revenueGoal', { revenue: money(plan.revenueGoal), deal: money(plan.averageDealValue) })}</p>
        <h2>{t('funnelFigures')}</h2>
        {funnel && (
          <table class="funnel-table">
            <thead>
              <tr>
                <th scope="col">{t('stage')}</th>
                <th scope="col" class="num">
                  {t('needed')}
                </th>
                <th scope="col" class="num">
                  {t('rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.stages.map((stage, i) => (
                <tr key={stage.id}>
                  <th scope="row">
                    <StageName label={stage.label} id={stage.id} />
                  </th>
                  <td class="num">{formatNumber(funnel.stages[i]?.count ?? 0, lang)}</td>
                  <td class="num">{formatRate(stage.conversionRate, lang)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('customers')}</th>
                <td class="num">{formatNumber(funnel.customers, lang)}</td>
                <td />
              </tr>
            </tbody>
          </table>
        )}
      </section>
      <section class="print-section" data-section="method">
        <ObjectivesMethod data={data} readOnly />
      </section>
      <section class="print-section" data-section="levers">
        <h2>{t('leverShares')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('lever')}</th>
              <th scope="col" class="num">
                {t('allocated')}
              </th>
              <th scope="col">{t('kpis')}</th>
            </tr>
          </thead>
          <tbody>
            {data.levers
              .filter((l) => l.weight > 0)
              .map((lever) => {
                const amount = shares?.get(lever.id) ?? 0;
                return (
                  <tr key={lever.id}>
                    <th scope="row">{lever.name}</th>
                    <td class="num">
                      {money(amount)}
                      {plan.budget > 0 && (
                        <span class="muted"> ({formatRate(amount / plan.budget, lang)})</span>
                      )}
                    </td>
                    <td>
                      {linkedKpis(lever, data.kpis, 'leverId')
                        .map((k) =>
                          t('kpiLine', {
                            name: k.name,
                            baseline: formatValue(k.baseline, k.unit, plan.currency, lang),
                            target: formatValue(k.target, k.unit, plan.currency, lang),
                          }),
                        )
                        .join(' · ')}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </section>
      <section class="print-section" data-section="actions">
        <h2>{t('byAction')}</h2>
        <ActionRomiTable data={data} actual={false} />
        <p class="muted">{t('proposalFooter', { date: formatDate(today(), lang) })}</p>
      </section>
    </article>
  );
}
