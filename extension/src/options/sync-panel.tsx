import { useState } from 'preact/hooks';
import { localToday } from '../local-date.ts';
import type { Language } from '../protocol.ts';
import { useT } from '../ui/i18n.tsx';
import { Conflicts } from './conflicts.tsx';
import {
  exportFile as exportBundle,
  type ImportProgress,
  type ImportReport,
  importFile as importBundle,
} from './data.ts';
import { failureText } from './failure.ts';
import { ImportReportView } from './import-report.tsx';

/** The bundle file's name: the date tells exports apart in a downloads folder. */
export function bundleFileName(today: string): string {
  return `jalon-${today}.json`;
}

/**
 * Sync with the PWA (a different origin, another database) by bundle file: export downloads the
 * whole database; import merges a file in, atomically, then shows the same report and conflict
 * review as the PWA.
 */
export function SyncPanel({ language, onImported }: { language: Language; onImported: () => Promise<void> }) {
  const t = useT();
  const [progress, setProgress] = useState<ImportProgress | undefined>();
  const [report, setReport] = useState<ImportReport | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [conflictsVersion, setConflictsVersion] = useState(0);

  const fail = (caught: unknown) => setError(failureText(caught, language, t));

  async function exportFile() {
    setError(undefined);
    try {
      const text = await exportBundle();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = bundleFileName(localToday());
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (caught) {
      fail(caught);
    }
  }

  async function importFile(file: File) {
    setBusy(true);
    setError(undefined);
    setReport(undefined);
    try {
      const text = await file.text();
      const result = await importBundle(text, { onProgress: setProgress, locale: language });
      setReport(result);
      await onImported();
      setConflictsVersion((v) => v + 1);
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }

  return (
    <section class="sync">
      <h2>{t('syncTitle')}</h2>
      <p class="muted">{t('syncHint')}</p>
      <div class="row">
        <button type="button" class="primary" onClick={() => void exportFile()}>
          {t('syncExport')}
        </button>
        <label class="button">
          {t('syncImport')}
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      {progress && (
        <progress aria-label={t('syncImporting')} max={Math.max(progress.total, 1)} value={progress.done} />
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {report && <ImportReportView report={report} />}
      <Conflicts version={conflictsVersion} language={language} />
    </section>
  );
}
