/** The two languages Jalon speaks; texts that core writes into a plan come in both. */
export type Language = 'fr' | 'en';
export const languages: readonly Language[] = ['fr', 'en'];

/** A text in both languages, chosen with `text[lang]`. */
export type Bilingual = Readonly<Record<Language, string>>;
