import { useState } from 'preact/hooks';
import { exportFile } from '../../data/sync.ts';
import { today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { errorText } from '../../ui/errors.ts';
import { Conflicts } from './conflicts.tsx';
import { shareOrDownload } from './export.ts';
import { FolderPanel } from './folder-panel.tsx';
import { ImportPanel } from './import-panel.tsx';
import { syncMessages } from './messages.ts';

/** Sync through a shared folder (set up once per device), or by file: export the whole database, import (merge) another device's, review conflicts. */
export default function Sync({ planId }: ScreenProps) {
  const t = useT(syncMessages);
  const lang = useLang();
  const [status, setStatus] = useState<{ text: string; error?: boolean } | undefined>();
  const [busy, setBusy] = useState(false);

  const exportPlan = async () => {
    setBusy(true);
    setStatus({ text: t('exporting') });
    try {
      const { outcome, name } = await shareOrDownload(await exportFile(), today());
      setStatus(
        outcome === 'cancelled'
          ? undefined
          : { text: t(outcome === 'shared' ? 'shared' : 'exported', { name }) },
      );
    } catch (error) {
      setStatus({ text: errorText(error, lang), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <FolderPanel planId={planId} />
      <h2>{t('fileTitle')}</h2>
      <p class="muted">{t('intro')}</p>
      <h3>{t('exportTitle')}</h3>
      <button type="button" class="primary" disabled={busy} onClick={() => void exportPlan()}>
        {t('exportButton')}
      </button>
      <p
        role={status?.error ? 'alert' : 'status'}
        class={status?.error ? 'error' : undefined}
        data-testid="export-status"
      >
        {status?.text}
      </p>
      <h3>{t('importTitle')}</h3>
      <p class="muted">{t('importHint')}</p>
      <ImportPanel launch />
      <h2>{t('conflictsTitle')}</h2>
      <Conflicts />
    </>
  );
}
