import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import linter from 'addons-linter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../project/repo.ts';
import { pngSize, readZip } from './zip-reader.ts';

/** `pnpm package`: the two store uploads, made from the two builds of the same source. */
describe('the store packages (pnpm package)', () => {
  const out = mkdtempSync(join(tmpdir(), 'jalon-packages-'));
  const { version } = JSON.parse(readFileSync(join(root, 'extension/package.json'), 'utf8')) as {
    version: string;
  };
  let chrome: Map<string, Buffer>;
  let firefox: Map<string, Buffer>;
  const manifestOf = (zip: Map<string, Buffer>) =>
    JSON.parse(zip.get('manifest.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;

  beforeAll(() => {
    execFileSync('node', [join(root, 'extension/scripts/package.mjs'), out], { stdio: 'pipe' });
    chrome = readZip(readFileSync(join(out, `jalon-chrome-${version}.zip`)));
    firefox = readZip(readFileSync(join(out, `jalon-firefox-${version}.zip`)));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('puts the manifest at the root of each zip, with the same pages, locales and icons', () => {
    for (const zip of [chrome, firefox]) {
      expect(zip.has('manifest.json')).toBe(true);
      for (const file of ['src/popup/index.html', 'src/options/index.html', 'src/capture/content.js'])
        expect(zip.has(file), file).toBe(true);
      expect(zip.has('_locales/fr/messages.json') && zip.has('_locales/en/messages.json')).toBe(true);
      expect([...zip.keys()].filter((name) => name.endsWith('.map') || name.startsWith('.vite/'))).toEqual(
        [],
      );
    }
    // Hashed bundles differ by build target; every other file is the same in both.
    const named = (zip: Map<string, Buffer>) =>
      [...zip.keys()].filter((n) => !/^(assets|popup)\//.test(n)).sort();
    expect(named(chrome)).toEqual(named(firefox));
  });

  it('has icons of 16, 32, 48 and 128 pixels, and the toolbar its own', () => {
    for (const zip of [chrome, firefox]) {
      const manifest = manifestOf(zip);
      const icons = manifest.icons as Record<string, string>;
      const toolbar = (manifest.action as { default_icon: Record<string, string> }).default_icon;
      expect(Object.keys(icons)).toEqual(['16', '32', '48', '128']);
      expect(Object.keys(toolbar)).toEqual(['16', '32']);
      for (const [size, path] of [...Object.entries(icons), ...Object.entries(toolbar)]) {
        const png = zip.get(path);
        expect(png, path).toBeDefined();
        expect(pngSize(png!)).toEqual({ width: Number(size), height: Number(size) });
      }
    }
  });

  it('runs the background as a service worker in Chrome, from the minimum version it is built for', () => {
    const manifest = manifestOf(chrome);
    expect(manifest.background).toEqual({ service_worker: 'service-worker-loader.js', type: 'module' });
    expect(manifest.minimum_chrome_version).toMatch(/^\d+$/);
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });

  it('runs the same background module as a script in Firefox, under a fixed add-on id', () => {
    const manifest = manifestOf(firefox);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
    const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('jalon@jalon');
    expect(gecko.strict_min_version).toMatch(/^\d+\.0$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest).not.toHaveProperty('minimum_chrome_version');
    // The same permissions as Chrome: nothing more is asked of Firefox users.
    expect(manifest.permissions).toEqual(manifestOf(chrome).permissions);
  });

  it("passes Mozilla's add-on linter with no error", async () => {
    const instance = linter.createInstance({
      config: {
        _: [join(out, `jalon-firefox-${version}.zip`)],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: true,
        selfHosted: false,
      },
      runAsBinary: false,
    });
    const result = await instance.run();
    console.log(
      `addons-linter: ${result.errors.length} errors, ${result.warnings.length} warnings`,
      ...result.warnings.map((w) => `\n  warning ${w.code} ${w.file ?? ''}`),
    );
    expect(result.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  });

  it('ships the source for the add-on reviewers, without builds or dependencies', () => {
    const source = readZip(readFileSync(join(out, `jalon-source-${version}.zip`)));
    expect(source.has('jalon/package.json') && source.has('jalon/pnpm-lock.yaml')).toBe(true);
    expect(source.has('jalon/extension/manifest.config.ts')).toBe(true);
    expect([...source.keys()].filter((n) => /\/(node_modules|dist|dist-firefox)\//.test(n))).toEqual([]);
  });
});
