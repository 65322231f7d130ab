import { useEffect, useState } from 'preact/hooks';
import { translator } from '../i18n.ts';
import type { PopupContext } from '../protocol.ts';
import { ask } from '../ui/ask.ts';
import { TranslateContext } from '../ui/i18n.tsx';
import { errorText } from '../ui/use-ask.ts';
import { CaptureForm } from './capture-form.tsx';
import { Ideas } from './ideas.tsx';
import { Recent } from './recent.tsx';

type Tab = 'capture' | 'ideas';

export function App({ pendingId }: { pendingId: string | undefined }) {
  const [context, setContext] = useState<PopupContext | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [tab, setTab] = useState<Tab>('capture');

  const load = () =>
    ask({ type: 'popup/open', ...(pendingId ? { pendingId } : {}) }).then(
      (answer) => {
        performance.mark('jalon-context');
        setContext(answer);
      },
      (error) => setFailed(errorText(error, translator(navigator.language.startsWith('fr') ? 'fr' : 'en'))),
    );
  useEffect(() => void load(), []);
  useEffect(() => {
    if (!context) return;
    document.documentElement.lang = context.language;
    // Read by the browser tests and the bench: the form is on screen and usable.
    performance.mark('jalon-interactive');
    document.body.dataset.ready = 'true';
  }, [context !== undefined]);

  if (failed) return <p class="error">{failed}</p>;
  if (!context) return <p class="muted">…</p>;
  const t = translator(context.language);
  const kpiWindow = context.mode === 'kpi';
  return (
    <TranslateContext.Provider value={t}>
      <header class="bar">
        <strong>{kpiWindow ? t('windowKpiTitle') : t('extName')}</strong>
        <span class="muted plan" title={t('planLabel', { name: context.plan.name })}>
          {context.plan.name}
        </span>
        <button type="button" class="link" onClick={() => chrome.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {!kpiWindow && (
        <div class="tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'capture'}
            onClick={() => setTab('capture')}
          >
            {t('tabCapture')}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'ideas'} onClick={() => setTab('ideas')}>
            {t('tabIdeas', { count: context.inboxCount })}
          </button>
        </div>
      )}
      {tab === 'capture' ? (
        <main>
          <CaptureForm
            context={context}
            onSaved={(idea) => {
              // The capture window's job is done; the toolbar popup stays, with the clip listed.
              if (kpiWindow) setTimeout(() => window.close(), 600);
              else if (idea)
                setContext({
                  ...context,
                  recent: [idea, ...context.recent].slice(0, 5),
                  inboxCount: context.inboxCount + 1,
                });
            }}
          />
          {!kpiWindow && <Recent ideas={context.recent} />}
        </main>
      ) : (
        <Ideas levers={context.levers} onChange={() => void load()} />
      )}
    </TranslateContext.Provider>
  );
}
