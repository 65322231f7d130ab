import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sourceFiles } from '../project/repo.ts';

type Catalog = Record<string, { message: string }>;
const catalog = (lang: string): Catalog =>
  JSON.parse(readFileSync(join(root, `extension/public/_locales/${lang}/messages.json`), 'utf8'));
const fr = catalog('fr');
const en = catalog('en');

const code = sourceFiles('extension/src')
  .filter((file) => !file.includes('.test.'))
  .map((file) => readFileSync(join(root, file), 'utf8'))
  .join('\n');
const manifestSource = readFileSync(join(root, 'extension/manifest.config.ts'), 'utf8');

/** Keys built from a value: `t(\`kind_${capture.kind}\`)` needs one key per value of the enum. */
const TEMPLATES: Record<string, string[]> = {
  kind_: ['selection', 'page', 'link', 'note'],
  figure_: ['number', 'percent', 'currency'],
};

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the extension speaks French and English', () => {
  it('has every message in both languages, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, { message }] of Object.entries(fr)) {
      expect(message.trim(), `fr.${key}`).not.toBe('');
      expect(en[key]?.message.trim(), `en.${key}`).not.toBe('');
      expect(placeholders(en[key]?.message ?? ''), key).toEqual(placeholders(message));
    }
  });

  it('defines every key the code and the manifest use', () => {
    const used = new Set<string>();
    for (const m of code.matchAll(/\bt\(\s*'(\w+)'/g)) used.add(m[1] as string);
    for (const m of code.matchAll(/\btranslate\([^,()]+,\s*'(\w+)'/g)) used.add(m[1] as string);
    for (const m of manifestSource.matchAll(/__MSG_(\w+)__/g)) used.add(m[1] as string);
    // Plurals: pluralKey(language, 'base', count) picks base_one or base_other.
    for (const m of code.matchAll(/\bpluralKey\([^,()]+,\s*'(\w+)'/g))
      used.add(`${m[1]}_one`).add(`${m[1]}_other`);
    for (const m of code.matchAll(/\bt\(\s*`(\w+)\$\{/g)) {
      const prefix = m[1] as string;
      expect(TEMPLATES[prefix], `values of t(\`${prefix}…\`)`).toBeDefined();
      for (const value of TEMPLATES[prefix] ?? []) used.add(`${prefix}${value}`);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in fr))).toEqual([]);
  });

  it('uses every key it defines (no dead translations)', () => {
    const templated = Object.entries(TEMPLATES).flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}${v}`),
    );
    const unused = Object.keys(fr).filter(
      (key) =>
        !templated.includes(key) &&
        !code.includes(`'${key}'`) &&
        !code.includes(`'${key.replace(/_(one|other)$/, '')}'`) &&
        !manifestSource.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});
