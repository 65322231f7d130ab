import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sourceFiles } from './repo.ts';

/**
 * core is the pure domain: only core/src/storage may touch Dexie (and IndexedDB); nothing in core
 * may import Preact or use `chrome` or the DOM. Lint enforces the same rule; this test also
 * covers files the linter was told to ignore.
 */
const forbiddenImport =
  /from\s+['"](dexie|preact|preact\/[^'"]+|webextension-polyfill)['"]|import\(['"](dexie|preact)/;
const forbiddenGlobal =
  /(?<![.\w'"`])(document|window|navigator|localStorage|sessionStorage|indexedDB|chrome|HTMLElement|DOMParser)\s*[.([]/;

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('core purity', () => {
  const files = sourceFiles('core/src').filter((f) => !f.startsWith('core/src/storage/'));

  it('finds the core sources to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const file of files) {
    it(`${file} imports no Dexie, Preact or chrome and uses no DOM`, () => {
      const source = stripComments(readFileSync(join(root, file), 'utf8'));
      expect(source).not.toMatch(forbiddenImport);
      expect(source).not.toMatch(forbiddenGlobal);
    });
  }

  it('would catch an offending line (the patterns are not dead)', () => {
    expect("import { Dexie } from 'dexie';").toMatch(forbiddenImport);
    expect("import { h } from 'preact';").toMatch(forbiddenImport);
    expect('const el = document.createElement("p");').toMatch(forbiddenGlobal);
    expect('chrome.runtime.sendMessage(x)').toMatch(forbiddenGlobal);
    expect('x.document.title').not.toMatch(forbiddenGlobal);
  });
});
