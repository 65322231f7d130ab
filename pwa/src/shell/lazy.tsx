import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/messages.ts';
import { shellMessages } from './messages.ts';

/**
 * A part of a screen that lives in its own chunk (a sub-view, or a part that needs the database),
 * loaded when it is first rendered. `quiet` shows nothing while it loads, for a part that may
 * turn out empty.
 */
export function Lazy<P extends object>({
  load,
  props,
  quiet = false,
}: {
  load: () => Promise<ComponentType<P>>;
  props: P;
  quiet?: boolean;
}) {
  const t = useT(shellMessages);
  const [component, setComponent] = useState<ComponentType<P> | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load()
      .then((loaded) => live && setComponent(() => loaded))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [load, attempt]);
  if (failed) {
    return (
      <p role="alert">
        {t('screenFailed')}{' '}
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('retry')}
        </button>
      </p>
    );
  }
  if (!component) return quiet ? null : <p aria-busy="true">{t('loading')}</p>;
  const Component = component;
  return <Component {...props} />;
}
