import { folderMessage } from '@jalon/core';
import { useState } from 'preact/hooks';
import {
  createRemoteFolder,
  type FolderInput,
  type FolderSetupView,
  folderStatus,
  forgetSetup,
  saveSetup,
  testConnection,
} from '../../data/folder.ts';
import { useLive } from '../../data/live.ts';
import { intlLocale, type Lang, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { errorText } from '../../ui/errors.ts';
import { Field } from '../../ui/fields.tsx';
import '../../ui/forms.css';
import { FolderDevices } from './folder-devices.tsx';
import { folderMessages } from './folder-messages.ts';
import { FolderStatusView } from './folder-status.tsx';

type Message = { text: string; error?: boolean; offerCreate?: boolean };

/** Folder sync on this device: its set-up, "Test the connection", "Sync now", its status and the plan's devices. */
export function FolderPanel({ planId }: { planId: string }) {
  const t = useT(folderMessages);
  const lang = useLang();
  const status = useLive(folderStatus, []);
  if (status.status === 'loading') return null;
  if (status.status === 'error') return <p role="alert">{errorText(status.error, lang)}</p>;
  const { setup } = status.value;
  return (
    <section class="folder-sync" aria-labelledby="folder-title">
      <h2 id="folder-title">{t('title')}</h2>
      <p class="muted">{t('intro')}</p>
      {setup && <FolderStatusView status={status.value} />}
      {setup && <FolderDevices planId={planId} />}
      <FolderForm saved={setup} />
    </section>
  );
}

function describeFailure(code: Parameters<typeof folderMessage>[0], detail: string, lang: Lang): Message {
  return {
    text: folderMessage(code, intlLocale(lang), detail),
    error: true,
    offerCreate: code === 'not-found',
  };
}

function FolderForm({ saved }: { saved: FolderSetupView | undefined }) {
  const t = useT(folderMessages);
  const lang = useLang();
  const [url, setUrl] = useState(saved?.url ?? '');
  const [user, setUser] = useState(saved?.user ?? '');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState(saved?.deviceName ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState<string | undefined>();
  const [message, setMessage] = useState<Message | undefined>();
  const input = (): FolderInput => ({ url, user, password });

  const act = async (label: string, work: () => Promise<Message | undefined>) => {
    setBusy(label);
    setMessage({ text: label });
    try {
      setMessage(await work());
    } catch (error) {
      const folder = error as { name?: string; code?: Parameters<typeof folderMessage>[0]; detail?: string };
      setMessage(
        folder.name === 'FolderError' && folder.code
          ? describeFailure(folder.code, folder.detail ?? '', lang)
          : { text: errorText(error, lang), error: true },
      );
    } finally {
      setBusy(undefined);
    }
  };

  const test = () =>
    act(t('testing'), async () => {
      const result = await testConnection(input());
      if (!result.ok) return describeFailure(result.code, result.detail, lang);
      const lines = [t('testOk'), t(pluralKey('plans', result.plans, lang), { count: result.plans })];
      if (result.encrypted && !saved?.encrypted) lines.push(t('encryptedFolder'));
      if (result.insecure) lines.push(t('insecure'));
      return { text: lines.join(' ') };
    });
  const create = () =>
    act(t('testing'), async () => {
      await createRemoteFolder(input());
      return { text: t('created') };
    });
  const save = () =>
    act(t('saving'), async () => {
      await saveSetup({ ...input(), deviceName, ...(passphrase ? { passphrase } : {}) });
      setPassword('');
      setPassphrase('');
      const { startFolderSync, syncNow } = await import('../../data/folder-driver.ts');
      startFolderSync();
      await syncNow('manual');
      return { text: t('saved') };
    });
  const syncByHand = () =>
    act(t('phase_listing'), async () => {
      const { syncNow } = await import('../../data/folder-driver.ts');
      const outcome = await syncNow('manual');
      if ('error' in outcome) return { text: errorText(outcome.error, lang), error: true };
      return undefined; // the status above shows the report or the failure
    });
  const forget = () =>
    act(t('saving'), async () => {
      await forgetSetup();
      return { text: t('forgotten') };
    });

  return (
    <form
      class="folder-form"
      data-testid="folder-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={t('url')} hint={t('urlHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            name="folder-url"
            type="url"
            inputMode="url"
            autoComplete="url"
            required
            value={url}
            aria-describedby={describedBy}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t('user')}>
        {(id) => (
          <input
            id={id}
            name="folder-user"
            autoComplete="username"
            value={user}
            onInput={(e) => setUser(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t('password')} hint={saved?.hasPassword ? t('passwordSaved') : t('passwordHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            name="folder-password"
            type="password"
            autoComplete="current-password"
            value={password}
            aria-describedby={describedBy}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t('deviceName')} hint={t('deviceNameHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            name="folder-device"
            maxLength={80}
            value={deviceName}
            aria-describedby={describedBy}
            onInput={(e) => setDeviceName(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t('passphrase')} hint={t('passphraseHint')}>
        {(id, describedBy) => (
          <input
            id={id}
            name="folder-passphrase"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            aria-describedby={describedBy}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
        )}
      </Field>
      <p class="muted">{saved?.encrypted ? t('encryptedOn') : t('calendarNote')}</p>
      <div class="row">
        <button type="button" disabled={busy !== undefined} onClick={() => void test()}>
          {t('test')}
        </button>
        {/* Not `primary`: on this screen the primary action stays the file export, which works everywhere. */}
        <button type="submit" disabled={busy !== undefined}>
          {t('save')}
        </button>
        {saved && (
          <button type="button" disabled={busy !== undefined} onClick={() => void syncByHand()}>
            {t('syncNow')}
          </button>
        )}
      </div>
      <p
        role={message?.error ? 'alert' : 'status'}
        class={message?.error ? 'error' : undefined}
        data-testid="folder-message"
      >
        {message?.text}
      </p>
      {message?.offerCreate && (
        <button type="button" disabled={busy !== undefined} onClick={() => void create()}>
          {t('createFolder')}
        </button>
      )}
      {saved && (
        <button type="button" class="link" disabled={busy !== undefined} onClick={() => void forget()}>
          {t('forget')}
        </button>
      )}
    </form>
  );
}
