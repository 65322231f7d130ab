import { intlLocale, type Lang } from './locale.ts';

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * The catalog key for `count` things: `${base}.one` or `${base}.other`, as the language's plural
 * rules say (French counts 0 and 1 as one, English only 1) — never a "(s)" in the text.
 */
export function pluralKey<K extends string>(base: K, count: number, lang: Lang): `${K}.one` | `${K}.other` {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(intlLocale(lang));
    rules.set(lang, rule);
  }
  return rule.select(count) === 'one' ? `${base}.one` : `${base}.other`;
}
