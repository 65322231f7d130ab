import type { Plan } from '@jalon/core';
import { useEffect, useState } from 'preact/hooks';
import { shownPlanId } from '../current-plan.ts';
import { resolveLanguage, translator } from '../i18n.ts';
import { readSettings, SETTINGS_KEY, type Settings, writeSettings } from '../settings.ts';
import { ask } from '../ui/ask.ts';
import { TranslateContext } from '../ui/i18n.tsx';
import { plans as listPlans, onStale } from './data.ts';
import { FolderPanel } from './folder-panel.tsx';
import { LanguageChoice } from './language-choice.tsx';
import { PlanActions } from './plan-actions.tsx';
import { PlanChoice } from './plan-choice.tsx';
import { SyncPanel } from './sync-panel.tsx';

/**
 * Options: which plan clips go to, the interface language, sync through a shared folder or by
 * bundle file, and
 * the plan's actions (renamed here).
 */
export function App() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [plans, setPlans] = useState<Plan[]>([]);
  const [stale, setStale] = useState(false);

  const loadPlans = () => listPlans().then(setPlans);
  useEffect(() => {
    void readSettings().then(setSettings);
    void loadPlans();
    onStale(() => setStale(true));
    const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) void readSettings().then(setSettings);
    };
    chrome.storage.onChanged.addListener(onChanged);
    return () => chrome.storage.onChanged.removeListener(onChanged);
  }, []);

  if (!settings) return null;
  const language = resolveLanguage(settings.language, chrome.i18n.getUILanguage());
  const t = translator(language);
  document.documentElement.lang = language;
  document.title = `${t('extName')} — ${t('optionsTitle')}`;

  const update = async (changes: Partial<Settings>) => {
    setSettings(await writeSettings(changes));
    await ask({ type: 'inbox/refresh' }).catch(() => {}); // the badge follows; not worth an error here
  };

  return (
    <TranslateContext.Provider value={t}>
      <main class="options" data-ready="true">
        <h1>{t('optionsTitle')}</h1>
        {stale && (
          <p class="error" role="alert">
            {t('reloadNeeded')}
          </p>
        )}
        <PlanChoice plans={plans} settings={settings} onChoose={(planId) => update({ planId })} />
        <LanguageChoice value={settings.language} onChange={(value) => update({ language: value })} />
        <FolderPanel
          language={language}
          onSynced={async () => {
            await loadPlans();
            await ask({ type: 'inbox/refresh' }).catch(() => {});
          }}
        />
        <SyncPanel
          language={language}
          onImported={async () => {
            await loadPlans();
            await ask({ type: 'inbox/refresh' }).catch(() => {});
          }}
        />
        {/* Last: a plan's list of actions is long, and sync should not sit below it. */}
        <PlanActions planId={shownPlanId(plans, settings)} language={language} />
      </main>
    </TranslateContext.Provider>
  );
}
