import { createStore, useStore } from '../shell/store.ts';

export type Lang = 'fr' | 'en';
export const langs: readonly Lang[] = ['fr', 'en'];

const STORAGE_KEY = 'jalon.lang';

/** French first: Jalon's users start in France; any other browser language gets English. */
// Outside a browser (unit tests of pure helpers) there is no navigator: English.
const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);

export function detectLang(languages: readonly string[] = browserLanguages()): Lang {
  for (const language of languages) {
    const base = language.toLowerCase().slice(0, 2);
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

function readStored(): Lang | undefined {
  try {
    if (typeof localStorage === 'undefined') return undefined;
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'fr' || stored === 'en' ? stored : undefined;
  } catch {
    return undefined;
  }
}

const current = createStore<Lang>(readStored() ?? detectLang());

export function getLang(): Lang {
  return current.get();
}

/** The BCP 47 locale used with Intl for a language (numbers, money and dates). */
export function intlLocale(lang: Lang = current.get()): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for the session
  }
  document.documentElement.lang = lang;
  current.set(lang);
}

export function useLang(): Lang {
  return useStore(current);
}
