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

/** Translates in one language, which it carries for plurals (`pluralKey`). */
export type Translate = ((key: MessageKey, values?: Record<string, string | number>) => string) & {
  language: Language;
};

export function translator(language: Language): Translate {
  return Object.assign(
    (key: MessageKey, values?: Record<string, string | number>) => translate(language, key, values),
    {
      language,
    },
  );
}

/** Messages that come as `<base>_one` and `<base>_other` (Chrome's _locales keys allow no dot). */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * The key for `count` things as the language's plural rules say (French counts 0 and 1 as one,
 * English only 1): never a "(s)" in a message.
 */
export function pluralKey(language: Language, base: PluralBase, count: number): MessageKey {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count) === 'one' ? `${base}_one` : `${base}_other`;
}
