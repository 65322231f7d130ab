import { folderMessage } from '@jalon/core';
import { useEffect, useState } from 'preact/hooks';
import { folderOrigins } from '../background/folder.ts';
import type { Language } from '../protocol.ts';
import { useT } from '../ui/i18n.tsx';
import { type FolderInput, folder, type SyncRunning } from './data.ts';
import { failureText } from './failure.ts';
import { ago, FolderDevices, FolderProgress } from './folder-devices.tsx';

type Status = Awaited<ReturnType<typeof folder.status>>;
type Line = { text: string; error?: boolean; offerCreate?: boolean };

/**
 * The sync folder, set up as in the app. The server's origin is asked for here, in the click
 * that tests or saves (a permission request needs the user's gesture), never at install.
 */
export function FolderPanel({ language, onSynced }: { language: Language; onSynced: () => Promise<void> }) {
  const t = useT();
  const [status, setStatus] = useState<Status>({});
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [line, setLine] = useState<Line | undefined>();
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const [progress, setProgress] = useState<SyncRunning | undefined>();

  const reload = async () => {
    const next = await folder.status();
    setStatus(next);
    setVersion((v) => v + 1);
    return next;
  };
  useEffect(() => {
    void reload().then((s) => {
      setUrl(s.setup?.url ?? '');
      setUser(s.setup?.user ?? '');
      setDeviceName(s.setup?.deviceName ?? '');
    });
  }, []);

  const input = (): FolderInput => ({ url, user, password });
  const failed = (code: Parameters<typeof folderMessage>[0], detail: string): Line => ({
    text: folderMessage(code, language, detail),
    error: true,
    offerCreate: code === 'not-found',
  });

  /** Asks for the server's origin first, in the click itself, then runs `work`. */
  const withPermission = (work: () => Promise<Line | undefined>) => {
    let origins: string[];
    try {
      origins = folderOrigins(url.trim());
    } catch {
      setLine(failed('bad-url', url));
      return;
    }
    const granted = chrome.permissions.request({ origins });
    setBusy(true);
    setLine({ text: t('folderWorking') });
    void granted
      .then(async (ok) => (ok ? await work() : { text: t('folderPermissionRefused'), error: true }))
      .catch((caught: unknown) => ({ text: failureText(caught, language, t), error: true }))
      .then(async (result) => {
        setProgress(undefined);
        setLine(result);
        await reload();
        setBusy(false);
      });
  };

  const roundLine = (outcome: Awaited<ReturnType<typeof folder.syncNow>>, ok: string): Line | undefined => {
    if (outcome === 'no-permission') return { text: t('folderPermissionRefused'), error: true };
    if (outcome?.ran && outcome.summary.error)
      return failed(outcome.summary.error.code, outcome.summary.error.detail);
    return { text: ok };
  };

  const test = () =>
    withPermission(async () => {
      const result = await folder.test(input());
      return result.ok
        ? { text: t('folderTestOk', { count: result.plans }) }
        : failed(result.code, result.detail);
    });
  const create = () =>
    withPermission(async () => {
      await folder.create(input());
      return { text: t('folderCreated') };
    });
  const save = () =>
    withPermission(async () => {
      const outcome = await folder.save(
        { ...input(), deviceName, ...(passphrase ? { passphrase } : {}) },
        setProgress,
      );
      setPassword('');
      setPassphrase('');
      await onSynced();
      return roundLine(outcome, t('folderSaved'));
    });
  const syncNow = () =>
    withPermission(async () => {
      const outcome = await folder.syncNow(setProgress);
      await onSynced();
      return roundLine(outcome, t('folderReport', reportValues(outcome)));
    });
  const forget = async () => {
    await folder.forget();
    setLine({ text: t('folderForgotten') });
    await reload();
  };

  const { setup, summary } = status;
  return (
    <section class="folder" data-testid="folder-panel">
      <h2>{t('folderTitle')}</h2>
      <p class="muted">{t('folderIntro')}</p>
      {setup && (
        <p data-testid="folder-last-sync">
          {status.lastSuccess
            ? t('folderLast', { when: ago(status.lastSuccess, language) })
            : t('folderNever')}
          {summary?.ok ? ` ${t('folderReport', reportValues({ ran: true, summary }))}` : ''}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          {t('folderUrl')}
          <input
            name="folder-url"
            type="url"
            required
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('folderUser')}
          <input
            name="folder-user"
            autoComplete="username"
            value={user}
            onInput={(e) => setUser(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('folderPassword')}
          <input
            name="folder-password"
            type="password"
            autoComplete="current-password"
            placeholder={setup?.hasPassword ? t('folderPasswordSaved') : ''}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('folderDevice')}
          <input
            name="folder-device"
            maxLength={80}
            value={deviceName}
            onInput={(e) => setDeviceName(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('folderPassphrase')}
          <input
            name="folder-passphrase"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
          <span class="muted">{t('folderPassphraseHint')}</span>
        </label>
        <div class="row">
          <button type="button" disabled={busy} onClick={test}>
            {t('folderTest')}
          </button>
          <button type="submit" class="primary" disabled={busy}>
            {t('folderSave')}
          </button>
          {setup && (
            <button type="button" disabled={busy} onClick={syncNow}>
              {t('folderSyncNow')}
            </button>
          )}
          {setup && (
            <button type="button" disabled={busy} onClick={() => void forget()}>
              {t('folderForget')}
            </button>
          )}
        </div>
      </form>
      <p
        role={line?.error ? 'alert' : 'status'}
        class={line?.error ? 'error' : undefined}
        data-testid="folder-message"
      >
        {line?.text}
      </p>
      {setup && <FolderProgress language={language} own={progress} />}
      {line?.offerCreate && (
        <button type="button" disabled={busy} onClick={create}>
          {t('folderCreate')}
        </button>
      )}
      {setup && <FolderDevices language={language} version={version} />}
    </section>
  );
}

function reportValues(outcome: Awaited<ReturnType<typeof folder.syncNow>>): Record<string, number> {
  const s = outcome && outcome !== 'no-permission' && outcome.ran ? outcome.summary : undefined;
  return {
    added: s?.added ?? 0,
    updated: s?.updated ?? 0,
    deleted: s?.deleted ?? 0,
    conflicts: s?.conflicts ?? 0,
  };
}
