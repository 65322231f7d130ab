import { type Kpi, type KpiEntry, type KpiStatus, kpiStatus, worstStatus } from '@jalon/core';
import type { ComponentChild } from 'preact';
import { today } from '../i18n/format.ts';
import { useLang } from '../i18n/locale.ts';
import { useT } from '../i18n/messages.ts';
import { errorText } from './errors.ts';
import { entriesOf } from './links.ts';
import { kpiProgressMessages as messages } from './messages.ts';
import { PaceBar } from './pace-bar.tsx';
import { formatValue } from './values.ts';

/** Where each KPI stands today against its pace (core's `kpiStatus`), one line each. */
export function KpiProgress({
  kpis,
  entries,
  currency,
}: {
  kpis: readonly Kpi[];
  entries: readonly KpiEntry[];
  currency: string;
}) {
  const t = useT(messages);
  const lang = useLang();
  if (kpis.length === 0) return <p class="muted">{t('none')}</p>;
  const day = today();
  return (
    <ul class="list kpi-progress">
      {kpis.map((kpi) => {
        const value = (v: number) => formatValue(v, kpi.unit, currency, lang);
        let body: ComponentChild;
        try {
          const s = kpiStatus({ ...kpi, entries: entriesOf(kpi.id, entries) }, day);
          body = (
            <>
              <p class="muted">
                {t('figures', {
                  baseline: value(kpi.baseline),
                  target: value(kpi.target),
                  latest: s.latest === undefined ? t('noEntry') : value(s.latest),
                })}
              </p>
              <PaceBar progress={s.progress} expected={s.expected} status={s.status} />
            </>
          );
        } catch (error) {
          body = <p class="error">{errorText(error, lang)}</p>;
        }
        return (
          <li key={kpi.id} data-kpi={kpi.id}>
            <strong>{kpi.name}</strong>
            {body}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The status of whatever these KPIs follow: the worst measured one. A KPI that `kpiStatus`
 * refuses is left out here; KpiProgress shows its error beside it.
 */
export function overallStatus(kpis: readonly Kpi[], entries: readonly KpiEntry[], day: string): KpiStatus {
  return worstStatus(
    kpis.flatMap((kpi) => {
      try {
        return [kpiStatus({ ...kpi, entries: entriesOf(kpi.id, entries) }, day).status];
      } catch {
        return [];
      }
    }),
  );
}
