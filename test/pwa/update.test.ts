import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostedApp, serveWithCaddy } from '../support/caddy.ts';
import { type App, closeApp, openApp, waitForServiceWorker } from './harness.ts';

const PWA_VERSION = JSON.parse(readFileSync(new URL('../../pwa/package.json', import.meta.url), 'utf8'))
  .version as string;

/**
 * A new version deployed while the app is open: the page offers the update (never forces it),
 * warns about unsaved input, and once accepted runs the new build with the data untouched.
 */
describe('updating the PWA served with pwa/deploy/Caddyfile', () => {
  const v2 = mkdtempSync(join(tmpdir(), 'jalon-v2-'));
  let app: App | undefined;
  let second: HostedApp | undefined;

  beforeAll(() => {
    execFileSync('npx', ['vite', 'build', '--outDir', v2, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: fileURLToPath(new URL('../../pwa', import.meta.url)),
      env: { ...process.env, JALON_BUILD_ID: 'v2' },
      stdio: 'pipe',
    });
  });
  afterAll(async () => {
    await second?.close();
    await closeApp(app);
    rmSync(v2, { recursive: true, force: true });
  });

  it('runs the first version with a plan', async () => {
    app = await openApp({ locale: 'fr-FR', host: 'caddy' });
    const { page, server } = app;
    await page.goto(`${server.url}/start?mode=example`);
    await waitForServiceWorker(page);
    await page.click('main button.primary');
    await page.waitForSelector('[data-testid="checklist"]');
    expect(await page.evaluate(() => document.documentElement.dataset.build)).not.toBe('v2');
    // A build without an id shows the package version alone, never "dev".
    await page.goto(`${server.url}/menu`);
    expect(await page.textContent('[data-testid="version"]')).toBe(`Version ${PWA_VERSION}`);
  });

  it('offers the new version once it is deployed at the same address', async () => {
    const { page, server } = app!;
    const port = Number(new URL(server.url).port);
    await server.close();
    second = await serveWithCaddy(v2, { port });
    await page.reload();
    await page.waitForSelector('[data-testid="update-banner"]', { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.build)).not.toBe('v2');
  });

  it('asks before an update would throw away what is being typed', async () => {
    const { page } = app!;
    await page.goto(`${second!.url}/kpi`);
    await page.waitForSelector('[data-testid="update-banner"]');
    await page.fill('#kpi-value', '42');
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.click('[data-testid="update-banner"] button.primary');
    await expect.poll(() => asked).toContain('pas enregistrées');
    expect(await page.inputValue('#kpi-value')).toBe('42');
    expect(await page.evaluate(() => document.documentElement.dataset.build)).not.toBe('v2');
  });

  it('switches to the new version when accepted, data kept', async () => {
    const { page } = app!;
    await page.fill('#kpi-value', '');
    await page.click('[data-testid="update-banner"] button.primary');
    await page.waitForFunction(() => document.documentElement.dataset.build === 'v2', undefined, {
      timeout: 30_000,
    });
    await page.goto(`${second!.url}/today`);
    await page.waitForSelector('[data-testid="checklist"]');
    expect(await page.locator('[data-testid="update-banner"]').count()).toBe(0);
    await page.goto(`${second!.url}/start`);
    await page.waitForSelector('[data-testid="plan-list"]');
    expect(await page.locator('[data-testid="plan-list"] li').count()).toBe(1);
    await page.goto(`${second!.url}/menu`);
    expect(await page.textContent('[data-testid="version"]')).toBe(`Version ${PWA_VERSION} (v2)`);
  });
});
