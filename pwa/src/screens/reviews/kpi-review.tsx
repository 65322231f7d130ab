import type { KpiReview } from '@jalon/core';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { labelOf, labels } from '../../ui/labels.ts';
import { LineChart } from '../../ui/line-chart.tsx';
import { entriesOf } from '../../ui/links.ts';
import { StatusBadge } from '../../ui/pace-bar.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { formatValue } from '../../ui/values.ts';
import { messages } from './messages.ts';

/**
 * Each KPI of the review against its target: core's figures for the range (start, end, change,
 * status) in words, and a chart of its entries from the KPI's start to the range end with the
 * target as a dashed line.
 */
export function KpiReviews({
  kpis,
  data,
  end,
}: {
  kpis: readonly KpiReview[];
  data: LoadedPlan;
  end: string;
}) {
  const t = useT(messages);
  const tl = useT(labels);
  const lang = useLang();
  if (kpis.length === 0) return <p class="muted">{t('noKpi')}</p>;
  const byId = new Map(data.kpis.map((k) => [k.id, k]));
  return (
    <div class="kpi-reviews">
      {kpis.map((review) => {
        const kpi = byId.get(review.kpiId);
        if (!kpi) return null;
        const value = (v: number | undefined) =>
          v === undefined ? t('unknown') : formatValue(v, kpi.unit, data.plan.currency, lang);
        const change =
          review.change === undefined
            ? t('unknown')
            : `${review.change > 0 ? '+' : ''}${value(review.change)}`;
        const status = labelOf(tl, 'status', review.status);
        const summary = t('kpiSummary', {
          name: kpi.name,
          start: value(review.start),
          end: value(review.end),
          change,
          target: value(review.target),
          status,
        });
        const from = kpi.startDate < end ? kpi.startDate : end;
        return (
          <article key={kpi.id} class="card kpi-review" data-kpi={kpi.id} data-status={review.status}>
            <div class="card-head">
              <h3>{kpi.name}</h3>
              <StatusBadge status={review.status} label={status} />
            </div>
            <LineChart
              title={kpi.name}
              summary={summary}
              entries={entriesOf(kpi.id, data.kpiEntries)}
              target={review.target}
              baseline={review.baseline}
              from={from}
              to={end}
              format={value}
              targetLabel={t('kpiTarget')}
              dateLabel={(iso) => formatDate(iso, lang, { day: 'numeric', month: 'short' })}
            />
          </article>
        );
      })}
    </div>
  );
}
