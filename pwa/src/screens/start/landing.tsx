import type { ComponentChildren } from 'preact';
import type { Lang } from '../../i18n/locale.ts';
import { translator } from '../../i18n/messages.ts';
import { href } from '../../shell/router.ts';
import { startMessages } from './messages.ts';

export const modes = ['scratch', 'example', 'assessment', 'import'] as const;

/**
 * Start without a mode: the first screen of a first visit. Stateless, so that the build renders it
 * into index.html too (shell/prerender.tsx); `plans` is this device's plans, when it has any.
 */
export function StartLanding({ lang, plans }: { lang: Lang; plans?: ComponentChildren }) {
  const t = translator(startMessages, lang);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {plans}
      <h2>{t('newPlan')}</h2>
      <ul class="options">
        {modes.map((m) => (
          <li key={m}>
            <a class="option card" href={href(`/start?mode=${m}`)} data-mode={m}>
              <strong>{t(`option.${m}`)}</strong>
              <span class="muted">{t(`option.${m}.hint`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p class="muted small">{t('installHint')}</p>
    </>
  );
}
