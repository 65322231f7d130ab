import { resolveLanguage } from '../i18n.ts';
import type { Language } from '../protocol.ts';
import type { Settings } from '../settings.ts';

export interface UserLocale {
  /** The interface language (options, else the browser's). */
  language: Language;
  /** The locale for reading numbers when the page does not say: the browser's, if it speaks the language. */
  locale: string;
}

export function userLocale(settings: Settings, browserLanguage = chrome.i18n.getUILanguage()): UserLocale {
  const language = resolveLanguage(settings.language, browserLanguage);
  return {
    language,
    locale: browserLanguage.toLowerCase().startsWith(language) ? browserLanguage : language,
  };
}
