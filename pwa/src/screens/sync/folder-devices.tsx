import { useEffect, useState } from 'preact/hooks';
import { type FolderDevice, planDevices, retire } from '../../data/folder.ts';
import { useLive } from '../../data/live.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { errorText } from '../../ui/errors.ts';
import { folderMessages } from './folder-messages.ts';
import { ago } from './folder-status.tsx';

/**
 * Every device with a file in the plan's folder: its name, when it last wrote, this one marked.
 * Another device can be retired (a lost phone, a reinstalled browser), after a confirmation that
 * says what it does: its last file stays and is read, it writes no more under that id.
 */
export function FolderDevices({ planId }: { planId: string }) {
  const t = useT(folderMessages);
  const lang = useLang();
  const devices = useLive(() => planDevices(planId), [planId]);
  const [asking, setAsking] = useState<FolderDevice | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (devices.status !== 'ready') return null;
  const nameOf = (d: FolderDevice) => d.name ?? t('unnamedDevice', { id: d.id });

  const confirm = async (device: FolderDevice) => {
    setBusy(true);
    setMessage({ text: t('retiring') });
    try {
      await retire(device.id);
      setMessage({ text: t('retired', { name: nameOf(device) }) });
      setAsking(undefined);
    } catch (error) {
      setMessage({ text: errorText(error, lang), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="folder-devices" data-testid="folder-devices">
      <h3>{t('devicesTitle')}</h3>
      <ul class="list">
        {devices.value.map((d) => (
          <li key={d.id} data-testid="folder-device" data-device-id={d.id}>
            <strong>{nameOf(d)}</strong>
            {d.self && <> · {t('thisDevice')}</>}
            {d.retired && <> · {t('retiredBadge')}</>}
            <br />
            <span class="muted" data-testid="folder-device-wrote">
              {d.wroteAt ? t('wrote', { when: ago(d.wroteAt, now, lang) }) : t('notWritten')}
            </span>
            {!d.self && !d.retired && asking?.id !== d.id && (
              <>
                {' '}
                <button type="button" class="link" disabled={busy} onClick={() => setAsking(d)}>
                  {t('retire')}
                </button>
              </>
            )}
            {asking?.id === d.id && (
              <fieldset class="card" data-testid="retire-confirm">
                <legend>{t('retireQuestion', { name: nameOf(d) })}</legend>
                <p class="muted">{t('retireEffect')}</p>
                <div class="row">
                  <button type="button" disabled={busy} onClick={() => void confirm(d)}>
                    {t('retireConfirm')}
                  </button>
                  <button type="button" disabled={busy} onClick={() => setAsking(undefined)}>
                    {t('cancel')}
                  </button>
                </div>
              </fieldset>
            )}
          </li>
        ))}
      </ul>
      <p
        role={message?.error ? 'alert' : 'status'}
        class={message?.error ? 'error' : undefined}
        data-testid="retire-message"
      >
        {message?.text}
      </p>
    </div>
  );
}
