import { type Kpi, type KpiEntry, kpiStatus } from '@jalon/core';
import { formatRate, formatValue, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { kpiMessages } from './messages.ts';

/** Where a KPI stands, as core's kpiStatus says: latest value, progress against what is expected by today. */
export function StatusPanel({ kpi, entries, currency }: { kpi: Kpi; entries: KpiEntry[]; currency: string }) {
  const t = useT(kpiMessages);
  const lang = useLang();
  let result: ReturnType<typeof kpiStatus>;
  try {
    result = kpiStatus({ ...kpi, entries }, today());
  } catch {
    // A KPI synced in with target = baseline or a deadline before its start: say so, do not crash.
    return <p class="muted">{t('statusUnavailable')}</p>;
  }
  const value = (v: number) => formatValue(v, kpi.unit, currency, lang);
  return (
    <section class="card kpi-status" aria-labelledby="kpi-status-title" data-testid="kpi-status">
      <h2 id="kpi-status-title">{t('statusTitle')}</h2>
      <p class={`status status-${result.status}`} data-status={result.status}>
        <strong>{t(`status.${result.status}`)}</strong>
      </p>
      <dl class="figures">
        <div>
          <dt>{t('latest')}</dt>
          <dd>{result.latest === undefined ? '—' : value(result.latest)}</dd>
        </div>
        <div>
          <dt>{t('target')}</dt>
          <dd>{value(kpi.target)}</dd>
        </div>
        <div>
          <dt>{t('progress')}</dt>
          <dd>{formatRate(result.progress, lang)}</dd>
        </div>
        <div>
          <dt>{t('expected')}</dt>
          <dd>{formatRate(result.expected, lang)}</dd>
        </div>
      </dl>
      <progress max={1} value={Math.max(0, Math.min(1, result.progress))} aria-label={t('progress')} />
    </section>
  );
}
