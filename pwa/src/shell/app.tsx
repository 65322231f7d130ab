import { useEffect, useRef, useState } from 'preact/hooks';
import { usePlanId } from '../data/current-plan.ts';
import { setLang, useLang } from '../i18n/locale.ts';
import { useT } from '../i18n/messages.ts';
import { closeEditors } from '../ui/editing.ts';
import { Frame } from './frame.tsx';
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
import { findRoute } from './routes.ts';
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
      <Frame
        lang={lang}
        hasPlan={Boolean(planId)}
        route={route}
        onLang={setLang}
        notices={
          <>
            <UpdateBanner />
            {!online && <p class="offline-note">{t('offline')}</p>}
          </>
        }
      >
        {route && (!route.needsPlan || planId) ? (
          <Screen route={route} props={{ planId: planId ?? '', query }} />
        ) : path !== '/' && !route ? (
          <p>
            {t('notFound')} <a href={href('/today')}>{t('goToday')}</a>
          </p>
        ) : null}
      </Frame>
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
