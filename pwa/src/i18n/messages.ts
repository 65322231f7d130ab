import { type Lang, useLang } from './locale.ts';

/**
 * A catalog is `{ fr, en }` with the same keys; the type makes a key missing in English a
 * compile error, and a project test checks every catalog at run time too. Each screen keeps its
 * own catalog beside it, so its texts load with its code.
 */
export type Catalog<K extends string> = { fr: Record<K, string>; en: Record<K, string> };

export function defineMessages<K extends string>(fr: Record<K, string>, en: Record<K, string>): Catalog<K> {
  return { fr, en };
}

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  const messages = catalog[lang];
  return (key, params) => {
    const text = messages[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** `const t = useT(messages)` in a component: re-renders when the language changes. */
export function useT<K extends string>(catalog: Catalog<K>): Translate<K> {
  return translator(catalog, useLang());
}
