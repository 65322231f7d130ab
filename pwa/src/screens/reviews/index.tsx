import {
  defaultPeriod,
  type Period,
  type ReviewKind,
  type ReviewReport,
  reviewPeriods,
  reviewReport,
} from '@jalon/core';
import { useId, useState } from 'preact/hooks';
import { formatDate, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { navigate } from '../../shell/router.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { errorText } from '../../ui/errors.ts';
import { labelOf, labels } from '../../ui/labels.ts';
import { type LoadedPlan, PlanGate } from '../../ui/plan-data.tsx';
import { Segmented } from '../../ui/segmented.tsx';
import { CsvExports } from './csv-exports.tsx';
import { KpiReviews } from './kpi-review.tsx';
import { messages } from './messages.ts';
import { ReportSections } from './report-sections.tsx';
import { ReviewForm } from './review-form.tsx';
import { SavedReview, SavedReviews } from './saved-reviews.tsx';
import './reviews.css';

const kinds: readonly ReviewKind[] = ['monthly', 'quarterly', 'half-year'];

/** Step 7: the periodic review. `?review=<id>` shows a saved one as a printable report. */
export default function ReviewsScreen({ planId, query }: ScreenProps) {
  const reviewId = query.get('review');
  return (
    <PlanGate planId={planId}>
      {(data) => {
        const saved = reviewId ? data.reviews.find((r) => r.id === reviewId) : undefined;
        return saved ? <SavedReview review={saved} data={data} /> : <Reviews data={data} />;
      }}
    </PlanGate>
  );
}

function Reviews({ data }: { data: LoadedPlan }) {
  const t = useT(messages);
  const tl = useT(labels);
  const lang = useLang();
  const id = useId();
  const day = today();
  const [kind, setKind] = useState<ReviewKind>('monthly');
  const periods = reviewPeriods(data.plan.period, kind);
  const [chosen, setChosen] = useState<Period | undefined>(undefined);
  const period =
    periods.find((p) => p.start === chosen?.start && p.end === chosen?.end) ?? defaultPeriod(periods, day);
  const label = (p: Period) =>
    t('periodOption', { start: formatDate(p.start, lang), end: formatDate(p.end, lang) });
  let report: ReviewReport | undefined;
  let broken: string | undefined;
  if (period) {
    try {
      report = reviewReport(data, period, day);
    } catch (error) {
      broken = errorText(error, lang);
    }
  }
  return (
    <div class="desk reviews report">
      <h1 class="no-print">{t('title')}</h1>
      <p class="muted no-print">{t('intro')}</p>
      <div class="toolbar no-print">
        <Segmented
          legend={t('kind')}
          value={kind}
          options={kinds.map((k) => ({ value: k, label: labelOf(tl, 'review', k) }))}
          onChange={(k) => {
            setKind(k);
            setChosen(undefined);
          }}
        />
        <div class="field inline">
          <label for={id}>{t('period')}</label>
          <select
            id={id}
            name="period"
            value={period ? `${period.start}/${period.end}` : ''}
            onChange={(e) => {
              const [start = '', end = ''] = e.currentTarget.value.split('/');
              setChosen({ start, end });
            }}
          >
            {periods.map((p) => (
              <option key={p.start} value={`${p.start}/${p.end}`}>
                {label(p)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {period && (
        <h2 class="report-title">
          {t(`reportTitle.${kind}`, {
            start: formatDate(period.start, lang),
            end: formatDate(period.end, lang),
          })}
        </h2>
      )}
      <p class="print-only">{data.plan.name}</p>
      {broken && <p class="error">{t('reportBroken', { error: broken })}</p>}
      {report && period && (
        <>
          <p class="muted">{t('asOf', { date: formatDate(report.asOf, lang) })}</p>
          <section aria-labelledby="review-kpis" class="print-section" data-section="kpis">
            <h2 id="review-kpis">{t('kpis')}</h2>
            <KpiReviews kpis={report.kpis} data={data} end={period.end} />
          </section>
          <ReportSections report={report} data={data} />
          <ReviewForm
            key={`${kind}-${period.start}`}
            planId={data.plan.id}
            kind={kind}
            period={period}
            kpis={report.kpis}
            onSaved={(reviewId) => navigate(`/reviews?review=${encodeURIComponent(reviewId)}`)}
          />
        </>
      )}
      <SavedReviews data={data} />
      <CsvExports data={data} />
    </div>
  );
}
