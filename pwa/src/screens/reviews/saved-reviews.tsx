import { type Review, type ReviewReport, reviewReport } from '@jalon/core';
import { write } from '../../data/write.ts';
import { formatDate, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { href, navigate } from '../../shell/router.ts';
import { errorText } from '../../ui/errors.ts';
import { labelOf, labels } from '../../ui/labels.ts';
import { uiMessages } from '../../ui/messages.ts';
import { StatusBadge } from '../../ui/pace-bar.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { formatValue } from '../../ui/values.ts';
import { KpiReviews } from './kpi-review.tsx';
import { messages } from './messages.ts';
import { ReportSections } from './report-sections.tsx';

/** The saved reviews, latest period first. */
export function SavedReviews({ data }: { data: LoadedPlan }) {
  const t = useT(messages);
  const tl = useT(labels);
  const lang = useLang();
  const reviews = [...data.reviews].sort((a, b) =>
    a.period.end < b.period.end ? 1 : a.period.end > b.period.end ? -1 : 0,
  );
  return (
    <section aria-labelledby="saved-reviews" class="no-print">
      <h2 id="saved-reviews">{t('savedReviews')}</h2>
      {reviews.length === 0 && <p class="muted">{t('noReviews')}</p>}
      <ul class="list">
        {reviews.map((r) => (
          <li key={r.id} class="card-head" data-review={r.id}>
            <span>
              <strong>{labelOf(tl, 'review', r.kind)}</strong> —{' '}
              {t('periodOption', {
                start: formatDate(r.period.start, lang),
                end: formatDate(r.period.end, lang),
              })}{' '}
              <span class="muted">({t('savedOn', { date: formatDate(r.createdAt, lang) })})</span>
            </span>
            <a class="button" href={href(`/reviews?review=${encodeURIComponent(r.id)}`)}>
              {t('open')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A saved review as the report that goes to management: the KPIs charted against their targets,
 * the actions done and late by lever and owner, spend against budget and ROMI by lever (core's
 * report over the review's period, as the plan stands today), the KPI snapshot kept at the
 * meeting, what worked, what flopped and the decisions. Printed on A4, each section starts a page.
 */
export function SavedReview({ review, data }: { review: Review; data: LoadedPlan }) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const tl = useT(labels);
  const lang = useLang();
  const { state, run } = useSave();
  const kpis = new Map(data.kpis.map((k) => [k.id, k]));
  let report: ReviewReport | undefined;
  let broken: string | undefined;
  try {
    report = reviewReport(data, review.period, today());
  } catch (error) {
    broken = errorText(error, lang);
  }
  const remove = async () => {
    if (!confirm(tu('confirmDelete', { name: labelOf(tl, 'review', review.kind) }))) return;
    if (await run(() => write.deleteReview(review.id))) navigate('/reviews', { replace: true });
  };
  return (
    <article class="desk report saved-review" data-review={review.id}>
      <div class="actions-bar no-print">
        <a class="button" href={href('/reviews')}>
          {t('title')}
        </a>
        <button type="button" class="primary" onClick={() => window.print()}>
          {tu('print')}
        </button>
        <button type="button" class="danger" onClick={remove}>
          {tu('delete')}
        </button>
      </div>
      <SaveStatus state={state} />
      <h1>
        {t(`reportTitle.${review.kind}`, {
          start: formatDate(review.period.start, lang),
          end: formatDate(review.period.end, lang),
        })}
      </h1>
      <p class="muted">{data.plan.name}</p>
      {broken && <p class="error">{t('reportBroken', { error: broken })}</p>}
      {report && (
        <>
          <section aria-labelledby="saved-kpis" class="print-section" data-section="kpis">
            <h2 id="saved-kpis">{t('kpis')}</h2>
            <KpiReviews kpis={report.kpis} data={data} end={review.period.end} />
          </section>
          <ReportSections report={report} data={data} />
        </>
      )}
      <section class="print-section" data-section="snapshot">
        <h2>{t('snapshot')}</h2>
        <div class="scroll-x">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('kpiName')}</th>
                <th scope="col" class="num">
                  {t('start')}
                </th>
                <th scope="col" class="num">
                  {t('end')}
                </th>
                <th scope="col" class="num">
                  {t('change')}
                </th>
                <th scope="col" class="num">
                  {t('target')}
                </th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {review.kpiSnapshot.map((s) => {
                const kpi = kpis.get(s.kpiId);
                const value = (v: number | undefined) =>
                  v === undefined
                    ? t('unknown')
                    : formatValue(v, kpi?.unit ?? 'number', data.plan.currency, lang);
                return (
                  <tr key={s.kpiId}>
                    <th scope="row">{kpi?.name ?? t('deletedKpi')}</th>
                    <td class="num">{value(s.start)}</td>
                    <td class="num">{value(s.end)}</td>
                    <td class="num">{value(s.change)}</td>
                    <td class="num">{value(s.target)}</td>
                    <td>
                      <StatusBadge status={s.status} label={labelOf(tl, 'status', s.status)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section class="print-section" data-section="texts">
        {(['worked', 'flopped', 'decisions'] as const).map((key) => (
          <div key={key}>
            <h2>{t(key)}</h2>
            <p class="pre" data-testid={`review-${key}`}>
              {review[key] || t('unknown')}
            </p>
          </div>
        ))}
      </section>
    </article>
  );
}
