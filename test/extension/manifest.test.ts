import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, sourceFiles } from '../project/repo.ts';
import { closure, distFiles, gzipBytes, kB, pageScripts, readDist } from './bundle.ts';

/** The permissions allowed at install; the extension uses the first five. */
const ALLOWED = [
  'activeTab',
  'scripting',
  'contextMenus',
  'storage',
  'alarms',
  'sidePanel',
  'unlimitedStorage',
];

/** What in the built code proves each permission is needed. */
const USES: Record<string, RegExp> = {
  // activeTab is what lets executeScript reach the tab the user acted on, with no host permission.
  activeTab: /chrome\.scripting\.executeScript/,
  scripting: /chrome\.scripting\./,
  contextMenus: /chrome\.contextMenus\./,
  storage: /chrome\.storage\./,
  // The sync folder's periodic round: a service worker has no timer that outlives it.
  alarms: /chrome\.alarms\.create/,
  sidePanel: /chrome\.sidePanel\./,
  unlimitedStorage: /$^/, // nothing in code proves it: declaring it fails the test below
};

const POPUP_BUDGET = 40 * 1024;

describe('the built extension (extension/dist)', () => {
  let manifest: Record<string, unknown>;
  let scripts: string[];
  beforeAll(() => {
    manifest = JSON.parse(readDist('manifest.json'));
    scripts = distFiles().filter((f) => f.endsWith('.js'));
  });

  it('asks at install for activeTab, scripting, contextMenus, storage and alarms only, no host', () => {
    expect(manifest.manifest_version).toBe(3);
    const permissions = manifest.permissions as string[];
    expect(
      permissions.every((p) => ALLOWED.includes(p)),
      permissions.join(),
    ).toBe(true);
    for (const key of ['host_permissions', 'optional_permissions']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    // A sync folder's server is asked for at set-up (chrome.permissions.request), never at install.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    const code = scripts.map(readDist).join('\n');
    expect(code).toMatch(/chrome\.permissions\.request/);
  });

  it('opens the capture popup with a keyboard shortcut, and has an options page', () => {
    const commands = manifest.commands as Record<string, { suggested_key?: { default?: string } }>;
    expect(commands._execute_action?.suggested_key?.default).toBe('Alt+Shift+J');
    expect(manifest.action).toMatchObject({ default_popup: 'src/popup/index.html' });
    expect(manifest.options_ui).toMatchObject({ page: 'src/options/index.html' });
  });

  it('declares no content script, no web-accessible resource, no external messaging', () => {
    for (const key of ['content_scripts', 'web_accessible_resources', 'externally_connectable']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
  });

  it('keeps the default MV3 content security policy', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
  });

  it('uses every permission it declares', () => {
    const code = scripts.map(readDist).join('\n');
    for (const permission of manifest.permissions as string[]) {
      expect(USES[permission]?.test(code), `${permission} is declared but no code uses it`).toBe(true);
    }
  });

  it('contains no eval, no code built from strings, and no remote code', () => {
    const offenders: string[] = [];
    for (const file of scripts) {
      const code = readDist(file);
      for (const [name, pattern] of Object.entries({
        eval: /\beval\s*\(/,
        'new Function': /\bnew\s+Function\b|\bFunction\s*\(\s*["'`]/,
        'string timer': /\bset(?:Timeout|Interval)\s*\(\s*["'`]/,
        importScripts: /\bimportScripts\s*\(/,
        'remote import': /\bimport\s*\(\s*["'`]https?:/,
        'remote module': /\bfrom\s*["'`]https?:/,
      })) {
        if (pattern.test(code)) offenders.push(`${file}: ${name}`);
      }
    }
    for (const file of distFiles().filter((f) => f.endsWith('.html'))) {
      const html = readDist(file);
      if (/<script(?![^>]*\bsrc="\/)[^>]*>/.test(html)) offenders.push(`${file}: inline or remote script`);
      if (/\b(?:src|href)="(?:https?:)?\/\//.test(html)) offenders.push(`${file}: remote resource`);
    }
    expect(offenders).toEqual([]);
  });

  it('never writes markup from strings in its own code', () => {
    const offenders = sourceFiles('extension/src')
      .filter((file) => !file.endsWith('.test.ts'))
      .filter((file) =>
        /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(
          readFileSync(join(root, file), 'utf8'),
        ),
      );
    expect(offenders).toEqual([]);
  });

  it(`keeps the popup's JavaScript within ${kB(POPUP_BUDGET)} gzipped, without the database`, () => {
    const popup = pageScripts('src/popup/index.html');
    const options = pageScripts('src/options/index.html');
    const worker = closure(
      [...readDist('service-worker-loader.js').matchAll(/import\s*["']\.\/([^"']+)["']/g)].map(
        (m) => m[1] as string,
      ),
    );
    const sizes = {
      popup: gzipBytes(popup),
      options: gzipBytes(options),
      'service worker': gzipBytes(worker),
      'content script (injected on demand)': gzipBytes(['src/capture/content.js']),
    };
    console.log(
      [
        'Extension bundle sizes (gzipped):',
        ...Object.entries(sizes).map(([n, b]) => `  ${n.padEnd(36)} ${kB(b)}`),
      ].join('\n'),
      `\n  popup budget ${kB(POPUP_BUDGET)}: ${((100 * sizes.popup) / POPUP_BUDGET).toFixed(0)} % used`,
    );
    expect(sizes.popup).toBeLessThanOrEqual(POPUP_BUDGET);
    // The popup talks to the worker instead of opening the database: no Dexie in its chunks.
    expect(popup.some((file) => readDist(file).includes('Dexie'))).toBe(false);
  });
});
