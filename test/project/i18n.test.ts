import { describe, expect, it } from 'vitest';
import { type FoundCatalog, loadCatalogs, messageFiles } from '../pwa/catalogs.ts';

/**
 * Every message catalog of the PWA (each screen's messages.ts and the shell's) has the same keys
 * in French and English, no empty text, and the same {placeholders} on both sides.
 */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the PWA message catalogs', () => {
  let catalogs: FoundCatalog[] = [];

  it('are found, the shell catalog among them', async () => {
    catalogs = await loadCatalogs();
    expect(messageFiles()).toContain('shell/messages.ts');
    expect(catalogs.length).toBeGreaterThanOrEqual(messageFiles().length);
    for (const file of messageFiles())
      expect(
        catalogs.some((c) => c.file === file),
        file,
      ).toBe(true);
  });

  it('have every key in French and in English', () => {
    for (const { file, name, fr, en } of catalogs) {
      expect(Object.keys(en).sort(), `${file} ${name}`).toEqual(Object.keys(fr).sort());
    }
  });

  it('have no empty message', () => {
    for (const { file, fr, en } of catalogs) {
      for (const [lang, messages] of Object.entries({ fr, en })) {
        for (const [key, text] of Object.entries(messages)) {
          expect(typeof text === 'string' && text.trim() !== '', `${file} ${lang} ${key}`).toBe(true);
        }
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const { file, fr, en } of catalogs) {
      for (const key of Object.keys(fr)) {
        expect(placeholders(en[key] ?? ''), `${file} ${key}`).toEqual(placeholders(fr[key] ?? ''));
      }
    }
  });
});
