import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type HostedApp, serveWithCaddy } from '../support/caddy.ts';
import { type Browser, launch } from '../support/chromium.ts';
import { serveWithNginx } from '../support/nginx.ts';
import { serveStatic } from '../support/server.ts';

/** The built PWA; the root test command builds it first (`pnpm --filter @jalon/pwa build` by hand). */
export const DIST = fileURLToPath(new URL('../../pwa/dist', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots', import.meta.url));
export const PHONE = { width: 360, height: 740 };

export function assertBuilt(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'sw.js'))) {
    throw new Error(`No PWA build in ${dir}: run \`pnpm --filter @jalon/pwa build\` first.`);
  }
}

export interface App {
  server: HostedApp;
  browser: Browser;
  page: Page;
}

/**
 * The built PWA in Chromium at a phone's size. `host: 'caddy'` or `'nginx'` serves it with a
 * documented server configuration (pwa/deploy/: headers, CSP, compression, SPA fallback), as the
 * offline and update tests do; otherwise a plain Node server with an SPA fallback.
 */
export async function openApp(
  options: {
    locale?: string;
    userDataDir?: string;
    port?: number;
    dir?: string;
    host?: 'caddy' | 'nginx' | 'node';
  } = {},
): Promise<App> {
  assertBuilt(options.dir);
  const port = options.port ? { port: options.port } : {};
  const dir = options.dir ?? DIST;
  const server =
    options.host === 'caddy'
      ? await serveWithCaddy(dir, port)
      : options.host === 'nginx'
        ? await serveWithNginx(dir, port)
        : await serveStatic(dir, { spa: true, ...port });
  const browser = await launch({
    locale: options.locale ?? 'fr-FR',
    viewport: PHONE,
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  return { server, browser, page };
}

export async function closeApp(app: App | undefined, keepProfile = false): Promise<void> {
  if (!app) return;
  await (keepProfile ? app.browser.close() : app.browser.dispose()).catch(() => {});
  await app.server.close();
}

/** Waits until the service worker is active and controls the page (everything precached). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit is not controlled until a reload (no clients.claim: see docs/pwa.md).
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
}

/** Imports a bundle through the Start screen's "import a file" and waits for the checklist. */
export async function importThroughStart(page: Page, baseUrl: string, bundle: string): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'jalon-bundle-')), 'bundle.json');
  writeFileSync(file, bundle);
  await page.goto(`${baseUrl}/start?mode=import`);
  await page.setInputFiles('#import-file', file);
  await page.waitForURL(/\/today/);
  await page.waitForSelector('[data-testid="checklist"]');
}

export async function writeTemp(name: string, text: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'jalon-file-')), name);
  writeFileSync(file, text);
  return file;
}
