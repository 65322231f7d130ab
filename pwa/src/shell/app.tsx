import { useEffect, useRef, useState } from 'preact/hooks';
import { usePlanId } from '../data/current-plan.ts';
import { langs, setLang, useLang } from '../i18n/locale.ts';
import { useT } from '../i18n/messages.ts';
import { closeEditors } from '../ui/editing.ts';
import { shellMessages } from './messages.ts';
import {
  href,
  interceptLinks,
  navigate,
  setLeaveGuard,
  usePathChange,
  useRoute,
  watchHistory,
} from './router.ts';
import { findRoute, routes } from './routes.ts';
import { Screen } from './screen.tsx';
import { ToastHost } from './toast.tsx';
import { discardUnsaved, hasUnsaved, warnBeforeUnload } from './unsaved.ts';
import { UpdateBanner } from './update.tsx';

export function App() {
  const t = useT(shellMessages);
  const lang = useLang();
  const planId = usePlanId();
  const { path, query } = useRoute();
  const root = useRef<HTMLDivElement>(null);
  const online = useOnline();

  useEffect(() => {
    const controller = new AbortController();
    if (root.current) interceptLinks(root.current, controller.signal);
    warnBeforeUnload(controller.signal);
    watchHistory(controller.signal);
    return () => controller.abort();
  }, []);
  // Leaving a screen with unsaved input asks, as a reload does; agreeing forgets that input.
  setLeaveGuard(() => {
    if (!hasUnsaved()) return true;
    if (!confirm(t('leaveConfirm'))) return false;
    discardUnsaved();
    return true;
  });
  // Forms open on the screen being left close with it.
  usePathChange(() => closeEditors());

  const route = findRoute(path);
  useEffect(() => {
    if (path === '/') navigate(planId ? '/today' : '/start', { replace: true });
    else if (route?.needsPlan && !planId) navigate('/start', { replace: true });
  }, [path, planId, route]);
  useEffect(() => {
    document.title = route ? `${t(route.name)} · Jalon` : 'Jalon';
  }, [route, t]);

  return (
    <div class="app" ref={root}>
      <a class="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header class="top">
        <a class="brand" href={href(planId ? '/today' : '/start')}>
          Jalon
        </a>
        <label class="lang">
          <span class="visually-hidden">{t('language')}</span>
          <select
            value={lang}
            onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as 'fr' | 'en')}
          >
            {langs.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      </header>
      <UpdateBanner />
      {!online && <p class="offline-note">{t('offline')}</p>}
      <nav class="side" aria-label={t('mainNav')}>
        {routes
          .filter((r) => r.name !== 'menu' && !r.unlisted && (planId || !r.needsPlan))
          .map((r) => (
            <a key={r.path} href={href(r.path)} aria-current={route === r ? 'page' : undefined}>
              {t(r.name)}
            </a>
          ))}
      </nav>
      <main id="main">
        {route && (!route.needsPlan || planId) ? (
          <Screen route={route} props={{ planId: planId ?? '', query }} />
        ) : path !== '/' && !route ? (
          <p>
            {t('notFound')} <a href={href('/today')}>{t('goToday')}</a>
          </p>
        ) : null}
      </main>
      <nav class="bottom" aria-label={t('mainNav')}>
        {routes
          .filter((r) => r.primary && (planId || !r.needsPlan))
          .map((r) => (
            <a key={r.path} href={href(r.path)} aria-current={route === r ? 'page' : undefined}>
              {t(r.name)}
            </a>
          ))}
      </nav>
      <ToastHost />
    </div>
  );
}

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}
