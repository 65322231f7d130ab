import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as core from '@jalon/core';
import { storageMessages } from '@jalon/core/storage';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../pwa/catalogs.ts';
import { typographyProblems } from '../pwa/typography.ts';

/**
 * French typography and plurals in every message catalog (the PWA's, the extension's `_locales`,
 * core's import and storage messages, core's bilingual texts): no "(s)" plural in either language
 * (plurals go through Intl.PluralRules), no "n/a" or "n/c", and in French no breakable space before
 * : ; ! ? » or after « — a line must not start with a colon or end with an opening guillemet.
 */
interface Text {
  where: string;
  lang: 'fr' | 'en';
  text: string;
}

const locales = (lang: 'fr' | 'en') =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../extension/public/_locales/${lang}/messages.json`, import.meta.url)),
      'utf8',
    ),
  ) as Record<string, { message: string }>;

/** Every `{ fr, en }` pair of strings (or of string records) reachable from `value`. */
function bilingual(value: unknown, where: string, out: Text[], seen = new Set<unknown>()): Text[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  const { fr, en } = value as { fr?: unknown; en?: unknown };
  if (typeof fr === 'string' && typeof en === 'string') {
    out.push({ where, lang: 'fr', text: fr }, { where, lang: 'en', text: en });
    return out;
  }
  if (isStrings(fr) && isStrings(en)) {
    for (const [key, text] of Object.entries(fr)) out.push({ where: `${where} ${key}`, lang: 'fr', text });
    for (const [key, text] of Object.entries(en)) out.push({ where: `${where} ${key}`, lang: 'en', text });
    return out;
  }
  for (const [key, inner] of Object.entries(value)) bilingual(inner, `${where}.${key}`, out, seen);
  return out;
}
const isStrings = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length > 0 &&
  Object.values(value).every((v) => typeof v === 'string');

async function allTexts(): Promise<Text[]> {
  const texts: Text[] = [];
  for (const { file, name, fr, en } of await loadCatalogs())
    bilingual({ fr, en }, `pwa/src/${file} ${name}`, texts);
  for (const lang of ['fr', 'en'] as const)
    for (const [key, { message }] of Object.entries(locales(lang)))
      texts.push({ where: `extension _locales ${key}`, lang, text: message });
  bilingual(storageMessages, 'core storage messages', texts);
  for (const [name, value] of Object.entries(core))
    if (typeof value === 'object') bilingual(value, `core ${name}`, texts);
  return texts;
}

/** A breakable space (or none) where French wants a non-breaking one. */
const badFrenchSpace = /[ \t\n][:;!?»]|«[ \t\n]/;

describe('French typography and plurals in the message catalogs', () => {
  let texts: Text[] = [];

  it('finds the catalogs of the PWA, the extension and core', async () => {
    texts = await allTexts();
    for (const part of [
      'pwa/src/shell/messages.ts',
      'extension _locales',
      'core storage messages',
      'core bundleMessages',
    ])
      expect(
        texts.some((t) => t.where.startsWith(part)),
        part,
      ).toBe(true);
  });

  it('have no "(s)" plural and no "n/a" or "n/c"', () => {
    const bad = texts
      .filter((t) => /\(s\)|\bn\/[ac]\b/i.test(t.text))
      .map((t) => `${t.where} [${t.lang}]: ${t.text}`);
    expect(bad).toEqual([]);
  });

  it('have no breakable space before : ; ! ? » or after « in French', () => {
    const bad = texts
      .filter((t) => t.lang === 'fr' && badFrenchSpace.test(t.text))
      .map((t) => `${t.where}: ${t.text}`);
    expect(bad).toEqual([]);
  });

  it('catch what they are meant to catch', () => {
    expect(badFrenchSpace.test('Échéance : demain')).toBe(true);
    expect(badFrenchSpace.test('« titre »')).toBe(true);
    expect(badFrenchSpace.test('Échéance\u00a0: demain, «\u00a0titre\u00a0», prêt\u202f?')).toBe(false);
    expect(badFrenchSpace.test('https://exemple.fr/a?b=c')).toBe(false);
  });
});

describe('the rendered-text check the screen tests use', () => {
  it('flags what a French reader must not see, and passes clean text', () => {
    expect(typographyProblems('Échéance : demain', 'fr')).toHaveLength(1);
    expect(typographyProblems('« titre\u00a0»', 'fr')).toHaveLength(1);
    expect(typographyProblems('2 action(s)', 'en')).toHaveLength(1);
    expect(typographyProblems('ROI n/c', 'fr')).toHaveLength(1);
    expect(typographyProblems('Budget 1\u202f200,00\u00a0€', 'fr')).toHaveLength(1);
    expect(
      typographyProblems('Échéance\u00a0: demain, «\u00a0titre\u00a0», prêt\u202f? 12,50\u00a0€', 'fr'),
    ).toEqual([]);
    expect(typographyProblems('Due: tomorrow', 'en')).toEqual([]);
  });
});
