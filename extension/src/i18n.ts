import en from '../public/_locales/en/messages.json' with { type: 'json' };
import fr from '../public/_locales/fr/messages.json' with { type: 'json' };
import type { Language } from './protocol.ts';
import type { LanguageSetting } from './settings.ts';

/**
 * One source for every string: Chrome's `_locales` files, which the manifest uses too. The UI
 * reads them itself instead of `chrome.i18n.getMessage`, because the user can pick a language
 * other than the browser's in the options, and `chrome.i18n` follows the browser only.
 */
export type MessageKey = keyof typeof fr;
type Catalog = Record<MessageKey, { message: string }>;

const catalogs: Record<Language, Catalog> = { fr, en: en satisfies Catalog };

export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The message in `language`, with `{name}` placeholders filled from `values`. */
export function translate(
  language: Language,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  const template = catalogs[language][key].message;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  return (key, values) => translate(language, key, values);
}
