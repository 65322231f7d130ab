import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/messages.ts';
import { shellMessages } from './messages.ts';
import type { Route, ScreenProps } from './routes.ts';

const loaded = new Map<string, ComponentType<ScreenProps>>();

/** Loads a route's chunk ahead of the first render, so the first screen replaces the prerendered one at once. */
export async function preloadScreen(route: Route): Promise<void> {
  if (loaded.has(route.path)) return;
  loaded.set(route.path, (await route.load()).default);
}

/** Loads a route's screen on first visit (its own chunk), then renders it. */
export function Screen({ route, props }: { route: Route; props: ScreenProps }) {
  const t = useT(shellMessages);
  const [component, setComponent] = useState(() => loaded.get(route.path));
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const known = loaded.get(route.path);
    setComponent(() => known);
    setFailed(false);
    if (known) return;
    let live = true;
    route
      .load()
      .then((module) => {
        loaded.set(route.path, module.default);
        if (live) setComponent(() => module.default);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [route, attempt]);
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
  if (!component) return <p aria-busy="true">{t('loading')}</p>;
  const Component = component;
  return <Component {...props} />;
}
