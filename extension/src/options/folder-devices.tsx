import { useEffect, useState } from 'preact/hooks';
import { pluralKey } from '../i18n.ts';
import type { Language } from '../protocol.ts';
import { useT } from '../ui/i18n.tsx';
import { type FolderDevice, folder, type SyncRunning } from './data.ts';
import { failureText } from './failure.ts';

/** "il y a 5 min" / "5 min ago"; a server date a little ahead of this clock reads as now. */
export function ago(at: number, language: Language): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' });
  const minutes = Math.min(0, Math.round((at - Date.now()) / 60_000));
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return Math.abs(hours) < 24 ? format.format(hours, 'hour') : format.format(Math.round(hours / 24), 'day');
}

/**
 * The round running now: this page's own (`own`, reported as it goes) or one the worker runs
 * (an alarm, a clip), which core keeps in the database.
 */
export function FolderProgress({ language, own }: { language: Language; own: SyncRunning | undefined }) {
  const t = useT();
  const [running, setRunning] = useState<SyncRunning | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(
    () => folder.watchRunning(setRunning, (caught) => setError(failureText(caught, language, t))),
    [],
  );
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  const shown = own ?? running;
  if (!shown) return null;
  const { phase, done, total } = shown;
  const text =
    phase === 'downloading'
      ? t(pluralKey(language, 'folderFiles', total), { done, total })
      : phase === 'merging'
        ? t('folderMerging', { done, total })
        : t(phase === 'uploading' ? 'folderUploading' : 'folderListing');
  return (
    <div role="status" data-testid="folder-progress">
      <span>{text}</span>{' '}
      {total > 0 && <progress aria-label={t('folderProgress')} max={total} value={done} />}
    </div>
  );
}

/** The devices met in the folder, read-only here: retiring one is done from the app. */
export function FolderDevices({ language, version }: { language: Language; version: number }) {
  const t = useT();
  const [devices, setDevices] = useState<FolderDevice[]>([]);
  useEffect(() => void folder.devices().then(setDevices), [version]);
  if (devices.length < 2) return null;
  return (
    <div data-testid="folder-devices">
      <h3>{t('folderDevicesTitle')}</h3>
      <ul>
        {devices.map((d) => (
          <li key={d.id} data-testid="folder-device">
            <strong>{d.name ?? d.id}</strong>
            {d.self && ` · ${t('folderDeviceSelf')}`}
            {d.retired && ` · ${t('folderDeviceRetired')}`}
            {' · '}
            <span class="muted">
              {d.wroteAt
                ? t('folderDeviceWrote', { when: ago(d.wroteAt, language) })
                : t('folderDeviceNotWritten')}
            </span>
          </li>
        ))}
      </ul>
      <p class="muted">{t('folderDevicesHint')}</p>
    </div>
  );
}
