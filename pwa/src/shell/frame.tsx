import type { ComponentChildren } from 'preact';
import { type Lang, langs } from '../i18n/locale.ts';
import { translator } from '../i18n/messages.ts';
import { shellMessages } from './messages.ts';
import { href } from './router.ts';
import { type Route, routes } from './routes.ts';

export interface FrameProps {
  lang: Lang;
  hasPlan: boolean;
  /** The route on screen, for aria-current; none while the first screen loads. */
  route?: Route | undefined;
  onLang?: (lang: Lang) => void;
  /** Update banner, offline note: between the header and the navigation. */
  notices?: ComponentChildren;
  children?: ComponentChildren;
}

/**
 * The app's frame (header, navigation, main area), without state: the app renders it live, and
 * the build renders it into index.html (shell/prerender.tsx), so that the first screen shows
 * before any JavaScript has run, laid out exactly as the app will lay it out.
 */
export function Frame({ lang, hasPlan, route, onLang, notices, children }: FrameProps) {
  const t = translator(shellMessages, lang);
  const shown = routes.filter((r) => hasPlan || !r.needsPlan);
  return (
    <>
      <a class="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header class="top">
        <a class="brand" href={href(hasPlan ? '/today' : '/start')}>
          Jalon
        </a>
        <label class="lang">
          <span class="visually-hidden">{t('language')}</span>
          <select
            value={lang}
            onChange={(e) => onLang?.((e.currentTarget as HTMLSelectElement).value as Lang)}
          >
            {langs.map((l) => (
              <option key={l} value={l} selected={l === lang}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      </header>
      {notices}
      <nav class="side" aria-label={t('mainNav')}>
        {shown
          .filter((r) => r.name !== 'menu')
          .map((r) => (
            <a key={r.path} href={href(r.path)} aria-current={route === r ? 'page' : undefined}>
              {t(r.name)}
            </a>
          ))}
      </nav>
      <main id="main">{children}</main>
      <nav class="bottom" aria-label={t('mainNav')}>
        {shown
          .filter((r) => r.primary)
          .map((r) => (
            <a key={r.path} href={href(r.path)} aria-current={route === r ? 'page' : undefined}>
              {t(r.name)}
            </a>
          ))}
      </nav>
    </>
  );
}
