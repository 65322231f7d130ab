import { useEffect, useState } from 'preact/hooks';
import { translator } from '../i18n.ts';
import type { PopupContext } from '../protocol.ts';
import { answerTo, ask } from '../ui/ask.ts';
import { TranslateContext } from '../ui/i18n.tsx';
import { errorText } from '../ui/use-ask.ts';
import { CaptureForm } from './capture-form.tsx';
import { Ideas } from './ideas.tsx';
import { Recent } from './recent.tsx';

type Tab = 'capture' | 'ideas';

/** What the popup opens on: the worker's first answer, or the message for its failure. */
export type Opened = { context: PopupContext } | { failed: string };

/** The popup's first answer, checked; main.tsx draws the popup once it is in, in one render. */
export function whenOpened(opening: Promise<unknown>): Promise<Opened> {
  return answerTo('popup/open', opening).then(
    (context) => {
      performance.mark('jalon-context');
      return { context };
    },
    (error) => ({ failed: errorText(error, translator(navigator.language.startsWith('fr') ? 'fr' : 'en')) }),
  );
}

export function App({ pendingId, opened }: { pendingId: string | undefined; opened: Opened }) {
  const [context, setContext] = useState<PopupContext | undefined>(
    'context' in opened ? opened.context : undefined,
  );
  const [failed, setFailed] = useState<string | undefined>('failed' in opened ? opened.failed : undefined);
  const [tab, setTab] = useState<Tab>('capture');

  // Asked again when the ideas change in the popup (accepted, discarded).
  const reload = () =>
    ask({ type: 'popup/open', ...(pendingId ? { pendingId } : {}) }).then(setContext, (error) =>
      setFailed(errorText(error, translator(context?.language ?? 'en'))),
    );
  useEffect(() => {
    if (!context) return;
    document.documentElement.lang = context.language;
    // Read by the browser tests and the bench: the form is on screen and usable.
    performance.mark('jalon-interactive');
    document.body.dataset.ready = 'true';
  }, []);

  if (failed || !context) return <p class="error">{failed}</p>;
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
        <Ideas levers={context.levers} onChange={() => void reload()} />
      )}
    </TranslateContext.Provider>
  );
}
