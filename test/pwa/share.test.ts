import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlan } from './fixtures.ts';
import { type App, closeApp, DIST, openApp, SCREENSHOTS, waitForServiceWorker } from './harness.ts';

/**
 * "Share to Jalon": Android posts what is shared to the manifest's share_target as
 * multipart/form-data, in a navigation the service worker answers. The test does exactly that from
 * a page the worker controls, then checks what the app made of it.
 */
async function postShare(
  page: Page,
  fields: Record<string, string>,
  file?: { name: string; type: string; text: string },
): Promise<void> {
  await page.evaluate(
    ({ fields, file }) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.enctype = 'multipart/form-data';
      form.action = new URL('share', `${location.origin}/`).href;
      for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.append(input);
      }
      if (file) {
        const input = document.createElement('input');
        input.type = 'file';
        input.name = 'file';
        const transfer = new DataTransfer();
        transfer.items.add(new File([file.text], file.name, { type: file.type }));
        input.files = transfer.files;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    },
    { fields, file },
  );
}

describe('the web manifest of a phone app', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
    share_target: { action: string; method: string; enctype: string; params: Record<string, unknown> };
    shortcuts: { url: string; name: string }[];
    screenshots: { src: string; sizes: string; form_factor: string }[];
  };

  it('takes shared titles, texts, addresses and sync files by POST', () => {
    expect(manifest.share_target).toMatchObject({
      action: './share',
      method: 'POST',
      enctype: 'multipart/form-data',
      params: { title: 'title', text: 'text', url: 'url' },
    });
  });

  it('offers Today, Enter a KPI and Ideas from the home-screen icon', () => {
    expect(manifest.shortcuts.map((s) => s.url)).toEqual(['./today', './kpi', './ideas']);
  });

  it('shows screenshots of the sizes it declares, for a phone and a desk', () => {
    for (const shot of manifest.screenshots) {
      const png = readFileSync(join(DIST, shot.src));
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${w}x${h}`, shot.src).toBe(shot.sizes);
    }
    expect(new Set(manifest.screenshots.map((s) => s.form_factor))).toEqual(new Set(['narrow', 'wide']));
  });
});

for (const [lang, locale] of [
  ['fr', 'fr-FR'],
  ['en', 'en-GB'],
] as const) {
  describe(`sharing with Jalon from another app (${lang})`, () => {
    let app: App | undefined;
    beforeAll(async () => {
      app = await openApp({ locale });
      await app.page.goto(`${app.server.url}/start`);
      await waitForServiceWorker(app.page);
    });
    afterAll(() => closeApp(app));

    it('with no plan yet, puts a shared page in a new idea inbox with its address and title', async () => {
      const { page } = app!;
      await postShare(page, { title: 'Étude acheteurs B2B', text: '', url: 'https://example.com/etude' });
      await page.waitForURL(/\/ideas\?idea=[\da-f-]{36}$/);
      const idea = page.locator('[data-testid="idea"]');
      await expect.poll(() => idea.count()).toBe(1);
      expect(await idea.locator('h2').textContent()).toBe('Étude acheteurs B2B');
      expect(await idea.locator('a[href="https://example.com/etude"]').textContent()).toBe('example.com');
      expect(await page.evaluate(() => localStorage.getItem('jalon.planId'))).toBeTruthy();
      await page.screenshot({ path: join(SCREENSHOTS, `pwa-share-idea-${lang}.png`) });
      // Reloading the landing address does not save the share twice.
      const id = new URL(page.url()).searchParams.get('idea');
      await page.goto(new URL(`/share?id=${id}`, page.url()).href);
      await page.waitForURL(/\/ideas\?idea=/);
      await page.goto(new URL('/ideas', page.url()).href);
      await page.waitForSelector('[data-testid="idea"]');
      expect(await page.locator('[data-testid="idea"]').count()).toBe(1);
    });

    it('finds the address an app put in the text, and keeps hostile text inert, offline', async () => {
      const { page } = app!;
      await page.context().setOffline(true);
      await postShare(page, {
        title: '',
        text: '<img src=x onerror="document.title=\'pwned\'"> À lire https://example.org/salon',
        url: 'javascript:document.title="pwned"',
      });
      await page.waitForURL(/\/ideas\?idea=/);
      const idea = page.locator('[data-testid="idea"]');
      await expect.poll(() => idea.count()).toBe(1);
      expect(await idea.textContent()).toContain('<img src=x');
      expect(await page.locator('main img').count()).toBe(0);
      expect(await idea.locator('a[href="https://example.org/salon"]').count()).toBe(1);
      expect(await page.locator('main a[href^="javascript"]').count()).toBe(0);
      expect(await page.title()).not.toBe('pwned');
      await page.context().setOffline(false);
    });

    it('says an empty share changed nothing', async () => {
      const { page } = app!;
      await postShare(page, { title: ' ', text: '', url: '' });
      await page.waitForURL(/\/share\?id=/);
      const alert = page.locator('main [role="alert"]');
      await expect
        .poll(() => alert.textContent())
        .toBe(
          lang === 'fr'
            ? 'Le partage était vide\u00a0: rien n’a été enregistré.'
            : 'The share was empty: nothing was saved.',
        );
    });

    it('offers a shared sync file for import, and imports it', async () => {
      const { page } = app!;
      const demo = await demoPlan(lang);
      await postShare(page, {}, { name: 'jalon-2026-11-30.txt', type: 'text/plain', text: demo.bundle });
      await page.waitForURL(/\/share\?id=/);
      const button = page.getByRole('button', {
        name: lang === 'fr' ? 'Importer ce fichier' : 'Import this file',
      });
      await button.waitFor();
      expect(await page.locator('main h2').textContent()).toContain('jalon-2026-11-30.txt');
      await page.screenshot({ path: join(SCREENSHOTS, `pwa-share-file-${lang}.png`) });
      await button.click();
      await page.waitForSelector('[data-testid="import-report"]');
      expect(await page.locator('[data-key="added"] dd').textContent()).not.toBe('0');
    });
  });
}
