import { pluralKey } from '../i18n.ts';
import { useT } from '../ui/i18n.tsx';
import type { ImportReport } from './data.ts';

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const rows = [
    ['reportAdded', report.added],
    ['reportUpdated', report.updated],
    ['reportUnchanged', report.unchanged],
    ['reportDeleted', report.deleted],
    ['reportConflicts', report.conflicts],
  ] as const;
  return (
    <div class="report" role="status">
      <h3>{t('reportTitle')}</h3>
      <dl>
        {rows.map(([key, count]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd data-field={key}>{count}</dd>
          </div>
        ))}
      </dl>
      {report.clockSkew.count > 0 && (
        <p class="warn">
          {t(pluralKey(t.language, 'reportClockSkew', report.clockSkew.count), {
            count: report.clockSkew.count,
            latest: report.clockSkew.latest ?? '',
          })}
        </p>
      )}
    </div>
  );
}
