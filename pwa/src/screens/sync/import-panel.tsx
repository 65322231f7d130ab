import { useEffect, useRef, useState } from 'preact/hooks';
import { type ImportProgress, type ImportReport, importFile } from '../../data/sync.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { intlLocale, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { errorText } from '../../ui/errors.ts';
import { onLaunchFile } from './launch-queue.ts';
import { syncMessages } from './messages.ts';

type State =
  | { step: 'idle' }
  | { step: 'importing'; name: string; progress: ImportProgress }
  | { step: 'done'; report: ImportReport }
  | { step: 'failed'; message: string };

/**
 * Import a bundle file: from the file picker, or from "open with Jalon" (`launch`). The file is
 * read and merged off the main thread with progress and Cancel (data/sync.ts); core's import is
 * one transaction, so a refused, failed or cancelled file leaves the database exactly as it was,
 * and the message says so. Used by Sync and by Start ("start from a file").
 */
export function ImportPanel({
  launch = false,
  offered,
  onImported,
}: {
  launch?: boolean;
  /** A file handed to Jalon (shared from another app): one tap imports it. */
  offered?: { file: File; label: string };
  onImported?: (report: ImportReport) => void;
}) {
  const t = useT(syncMessages);
  const lang = useLang();
  const [state, setState] = useState<State>({ step: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);

  const run = async (file: File) => {
    const controller = new AbortController();
    running.current = controller;
    setState({ step: 'importing', name: file.name, progress: { phase: 'reading' } });
    try {
      const report = await importFile(file, {
        locale: intlLocale(lang),
        signal: controller.signal,
        onProgress: (progress) => setState({ step: 'importing', name: file.name, progress }),
      });
      setState({ step: 'done', report });
      onImported?.(report);
    } catch (error) {
      const cancelled = (error as { name?: string }).name === 'AbortError';
      setState({ step: 'failed', message: cancelled ? t('cancelled') : errorText(error, lang) });
    } finally {
      running.current = undefined;
    }
  };
  // Leaving the screen cancels a running import rather than leaving it unseen.
  useEffect(() => () => running.current?.abort(), []);

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
        accept=".json,application/json,.txt,text/plain"
        disabled={state.step === 'importing'}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = ''; // choosing the same file again must import it again
          if (file) void run(file);
        }}
      />
      {offered && state.step === 'idle' ? (
        <button type="button" class="primary" onClick={() => void run(offered.file)}>
          {offered.label}
        </button>
      ) : (
        <label for="import-file" class="button">
          {t('chooseFile')}
        </label>
      )}
      {state.step === 'importing' && (
        <div role="status">
          <p>
            {state.progress.phase === 'merging'
              ? t('importing', { name: state.name })
              : t(state.progress.phase === 'reading' ? 'reading' : 'checking', { name: state.name })}
          </p>
          <progress
            aria-label={t('progress')}
            data-testid="import-progress"
            max={state.progress.phase === 'merging' ? state.progress.total || 1 : 1}
            value={
              state.progress.phase === 'merging' && state.progress.total ? state.progress.done : undefined
            }
          />
          <button type="button" onClick={() => running.current?.abort()}>
            {t('cancelImport')}
          </button>
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
          {t(pluralKey('clockSkew', report.clockSkew.count, lang), {
            count: formatNumber(report.clockSkew.count, lang),
            date: report.clockSkew.latest ? formatDate(report.clockSkew.latest, lang) : '',
          })}
        </p>
      )}
    </section>
  );
}
