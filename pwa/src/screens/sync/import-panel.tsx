import { type ImportReport, importBundle } from '@jalon/core';
import { useEffect, useState } from 'preact/hooks';
import { db } from '../../data/db.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { intlLocale, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { errorMessage } from '../../shell/errors.ts';
import { onLaunchFile } from './launch-queue.ts';
import { syncMessages } from './messages.ts';

type State =
  | { step: 'idle' }
  | { step: 'importing'; name: string; done: number; total: number }
  | { step: 'done'; report: ImportReport }
  | { step: 'failed'; message: string };

/**
 * Import a bundle file: from the file picker, or from "open with Jalon" (`launch`). core's import
 * is one transaction, so a refused or failed file leaves the database exactly as it was; the
 * error says so. Used by Sync and by Start ("start from a file").
 */
export function ImportPanel({
  launch = false,
  onImported,
}: {
  launch?: boolean;
  onImported?: (report: ImportReport) => void;
}) {
  const t = useT(syncMessages);
  const lang = useLang();
  const [state, setState] = useState<State>({ step: 'idle' });

  const run = async (file: File) => {
    setState({ step: 'importing', name: file.name, done: 0, total: 0 });
    try {
      const text = await file.text();
      const report = await importBundle(db, text, {
        locale: intlLocale(lang),
        onProgress: ({ done, total }) => setState({ step: 'importing', name: file.name, done, total }),
      });
      setState({ step: 'done', report });
      onImported?.(report);
    } catch (error) {
      setState({ step: 'failed', message: errorMessage(error, lang) });
    }
  };

  useEffect(() => {
    if (launch) onLaunchFile((file) => void run(file));
  }, [launch]);

  return (
    <div class="import-panel">
      {/* The native button speaks the browser's language, not the app's: a label styled as a button stands in. */}
      <input
        id="import-file"
        class="visually-hidden file-input"
        type="file"
        accept=".json,application/json"
        disabled={state.step === 'importing'}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = ''; // choosing the same file again must import it again
          if (file) void run(file);
        }}
      />
      <label for="import-file" class="button">
        {t('chooseFile')}
      </label>
      {state.step === 'importing' && (
        <div role="status">
          <p>{t('importing', { name: state.name })}</p>
          <progress
            aria-label={t('progress')}
            data-testid="import-progress"
            max={state.total || 1}
            value={state.total ? state.done : undefined}
          />
        </div>
      )}
      {state.step === 'failed' && (
        <p class="error" role="alert" data-testid="import-error">
          {state.message} {t('nothingWritten')}
        </p>
      )}
      {state.step === 'done' && <Report report={state.report} />}
    </div>
  );
}

function Report({ report }: { report: ImportReport }) {
  const t = useT(syncMessages);
  const lang = useLang();
  const rows = [
    ['added', report.added],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['deleted', report.deleted],
    ['conflicts', report.conflicts],
  ] as const;
  return (
    <section class="card" role="status" data-testid="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title">{t('reportTitle')}</h3>
      <dl class="figures">
        {rows.map(([key, count]) => (
          <div key={key} data-key={key}>
            <dt>{t(key)}</dt>
            <dd>{formatNumber(count, lang)}</dd>
          </div>
        ))}
      </dl>
      {report.clockSkew.count > 0 && (
        <p class="warn">
          {t('clockSkew', {
            count: formatNumber(report.clockSkew.count, lang),
            date: report.clockSkew.latest ? formatDate(report.clockSkew.latest, lang) : '',
          })}
        </p>
      )}
    </section>
  );
}
