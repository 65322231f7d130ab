import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sourceFiles } from './repo.ts';

/**
 * The boundary is an import path: `@jalon/core` is the pure domain, `@jalon/core/storage` the
 * database, its reads and the commands every write goes through. In the apps, only the data
 * modules hold the database; screens, the popup and the options page call core's commands
 * through them and never write records or import the database themselves.
 */

const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** A value import of core's storage entry (type-only imports carry no code and are allowed). */
const storageImport = /^import\s+(?!type\b)[^;]*?from\s+['"]@jalon\/core\/storage['"]/m;
/** The app's database module, or opening a database. */
const databaseAccess =
  /from\s+['"][./]*(data\/db|options\/db|background\/db)(\.ts)?['"]|\bopenPlanDb\s*\(|\bnew Dexie\b/;
/** Record-level writes and Dexie table writes, which only core's commands may make. */
const recordWrite =
  /\b(createRecord|updateRecord|createRecords|saveRecordRow|bulkPut|bulkAdd|bulkDelete)\s*\(|\.table\(\s*['"]\w+['"]\s*\)\s*\.(put|add|delete|update|clear)\(/;

/** Where the database may be held: each app's data layer, the extension's worker, one error module each. */
const dataLayer = [
  /^pwa\/src\/data\//,
  /^pwa\/src\/ui\/errors\.ts$/,
  /^extension\/src\/background\//,
  /^extension\/src\/options\/(data|failure)\.ts$/,
];

const appFiles = [...sourceFiles('pwa/src'), ...sourceFiles('extension/src')].filter(
  (f) => !/\.test\.tsx?$/.test(f) && !f.includes('.test-support.'),
);
const views = appFiles.filter((f) => !dataLayer.some((allowed) => allowed.test(f)));

describe('the storage boundary', () => {
  it('keeps @jalon/core pure: its entry exports no storage', () => {
    const entry = read('core/src/index.ts');
    expect(entry).not.toMatch(/storage/);
    expect(read('core/src/domain.ts')).not.toMatch(/\.\/storage\//);
    const pkg = JSON.parse(read('core/package.json')) as { exports: Record<string, string> };
    expect(pkg.exports['.']).toBe('./src/index.ts');
    expect(pkg.exports['./storage']).toBe('./src/storage/index.ts');
  });

  it('finds the views to check', () => {
    expect(views.some((f) => f.startsWith('pwa/src/screens/'))).toBe(true);
    expect(views.some((f) => f.startsWith('extension/src/popup/'))).toBe(true);
    expect(views.some((f) => f.startsWith('extension/src/options/'))).toBe(true);
  });

  for (const file of views) {
    it(`${file} neither holds the database nor writes records`, () => {
      const source = read(file);
      expect(source).not.toMatch(storageImport);
      expect(source).not.toMatch(databaseAccess);
      expect(source).not.toMatch(recordWrite);
    });
  }

  it('would catch an offending line (the patterns are not dead)', () => {
    expect("import { openPlanDb } from '@jalon/core/storage';").toMatch(storageImport);
    expect("import type { ImportReport } from '@jalon/core/storage';").not.toMatch(storageImport);
    expect("import { db } from '../../data/db.ts';").toMatch(databaseAccess);
    expect('await updateRecord(db, "actions", id, {})').toMatch(recordWrite);
    expect("await db.table('actions').put(row)").toMatch(recordWrite);
    expect('write.editRecord("actions", id, edit)').not.toMatch(recordWrite);
  });
});
