import type { ReviewReport } from '@jalon/core';
import { formatMoney, formatRate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { messages } from './messages.ts';

/** The review's actions (done, overdue, by owner), spend and ROMI by lever, as core's report has them. */
export function ReportSections({ report, data }: { report: ReviewReport; data: LoadedPlan }) {
  const t = useT(messages);
  const lang = useLang();
  const money = (cents: number) => formatMoney(cents, data.plan.currency, lang);
  const ratio = (value: number | undefined) =>
    value === undefined ? t('romiNone') : formatRate(value, lang);
  const titles = new Map(data.actions.map((a) => [a.id, a.title]));
  const levers = new Map(data.levers.map((l) => [l.id, l.name]));
  const { inRange, total, budget } = report.spend;
  return (
    <>
      <section aria-labelledby="review-actions">
        <h2 id="review-actions">{t('actions')}</h2>
        <div class="grid2">
          <div>
            <h3 data-testid="done-count">
              {t(pluralKey('doneCount', report.actions.done.length, lang), {
                count: report.actions.done.length,
              })}
            </h3>
            <ul>
              {report.actions.done.map((id) => (
                <li key={id}>{titles.get(id)}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3
              data-testid="overdue-count"
              class={report.actions.overdue.length > 0 ? 'status-off-track' : undefined}
            >
              {t('overdueCount', { count: report.actions.overdue.length })}
            </h3>
            <ul>
              {report.actions.overdue.map((id) => (
                <li key={id}>{titles.get(id)}</li>
              ))}
            </ul>
          </div>
        </div>
        <h3>{t('byOwner')}</h3>
        <ul class="plain">
          {report.actions.byOwner
            .filter((o) => o.done.length + o.overdue.length > 0)
            .map((o) => (
              <li key={o.owner}>
                {t(pluralKey('ownerLine', o.done.length, lang), {
                  owner: o.owner || t('nobody'),
                  done: o.done.length,
                  overdue: o.overdue.length,
                })}
              </li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="review-spend">
        <h2 id="review-spend">{t('spend')}</h2>
        <p>
          {t('spendLine', {
            actions: money(inRange.actionsActual),
            lines: money(inRange.linesActual),
            totalActions: money(total.actionsActual),
            totalLines: money(total.linesActual),
            budget: money(budget),
          })}
        </p>
        <h3>{t('romi')}</h3>
        <ul class="plain">
          {report.romiByLever.map((r) => (
            <li key={r.leverId}>
              {t('romiLine', {
                lever: levers.get(r.leverId) ?? r.leverId,
                actual: ratio(r.romi),
                expected: ratio(r.expected.romi),
              })}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
