import { damagedFileMessage, folderMessage } from '@jalon/core';
import { useEffect, useState } from 'preact/hooks';
import type { FolderStatus } from '../../data/folder.ts';
import { intlLocale, type Lang, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { folderMessages } from './folder-messages.ts';

/** "il y a 2 min" / "2 min ago", re-drawn every half minute. */
export function ago(at: number, now: number, lang: Lang): string {
  const format = new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto', style: 'short' });
  // The round may end a moment after this screen last looked at the clock: never "in 2 s".
  const seconds = Math.min(0, Math.round((at - now) / 1000));
  if (Math.abs(seconds) < 60) return format.format(seconds, 'second'); // "maintenant", "il y a 12 s"
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}

function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The last successful sync, the round running now, the last report and the files refused. */
export function FolderStatusView({ status }: { status: FolderStatus }) {
  const t = useT(folderMessages);
  const lang = useLang();
  const locale = intlLocale(lang);
  const now = useNow(30_000);
  const { summary, running } = status;
  return (
    <div class="folder-status" data-testid="folder-status">
      <p data-testid="folder-last-sync">
        {status.lastSuccess ? t('lastSync', { when: ago(status.lastSuccess, now, lang) }) : t('never')}
      </p>
      {running && (
        <div role="status" data-testid="folder-progress">
          <span>{t(`phase_${running.phase}`, { done: running.done, total: running.total })}</span>{' '}
          {running.total > 0 && (
            <progress aria-label={t('progress')} max={running.total} value={running.done} />
          )}
        </div>
      )}
      {status.stopped && <p class="error">{t('stopped')}</p>}
      {summary?.error && (
        <p role="alert" class="error" data-testid="folder-error">
          {folderMessage(summary.error.code, locale, summary.error.detail)}
        </p>
      )}
      {summary?.ok && (
        <p data-testid="folder-report">
          {t('report', {
            added: summary.added,
            updated: summary.updated,
            deleted: summary.deleted,
            conflicts: summary.conflicts,
          })}
        </p>
      )}
      {summary?.renewed && <p>{t('renewed')}</p>}
      {summary?.writePaused && (
        <p class="error">
          {folderMessage(summary.writePaused, locale)} {t('writePaused')}
        </p>
      )}
      {summary && summary.damaged.length > 0 && (
        <ul data-testid="folder-damaged">
          {summary.damaged.map((d) => (
            <li key={`${d.plan}:${d.device}`} class="error">
              {damagedFileMessage(d.name ?? d.device, d.problem, locale)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
