import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoPlan, demoPlan } from './fixtures.ts';
import { type App, closeApp, importThroughStart, openApp, writeTemp } from './harness.ts';

/**
 * Export on a phone whose share sheet takes only some file types, as Chrome on Android does (its
 * Web Share allowlist has text/plain `.txt` and no JSON). This Chromium has no share sheet at all,
 * so the page is given Android's rule for `canShare` and a `share` that keeps what it was handed;
 * everything else (the export, the import of what was shared) is the real app.
 */
const androidShare = () => {
  const shared: { name: string; type: string; text: string }[] = [];
  Object.assign(window, { sharedFiles: shared });
  const allowed = (file: File) => file.type === 'text/plain' && file.name.endsWith('.txt');
  Object.defineProperty(navigator, 'canShare', {
    value: (data: { files?: File[] }) => (data.files ?? []).every(allowed),
  });
  Object.defineProperty(navigator, 'share', {
    value: async (data: { files?: File[] }) => {
      for (const file of data.files ?? []) {
        if (!allowed(file)) throw new DOMException('Permission denied', 'NotAllowedError');
        shared.push({ name: file.name, type: file.type, text: await file.text() });
      }
    },
  });
};

for (const [lang, locale, button, report] of [
  ['fr', 'fr-FR', 'Exporter le plan', 'partagé'],
  ['en', 'en-GB', 'Export the plan', 'shared'],
] as const) {
  describe(`export on an Android phone (${lang})`, () => {
    let app: App | undefined;
    let demo: DemoPlan;
    let shared: { name: string; type: string; text: string } | undefined;
    beforeAll(async () => {
      demo = await demoPlan(lang);
      app = await openApp({ locale });
      await app.page.addInitScript(androidShare);
      await importThroughStart(app.page, app.server.url, demo.bundle);
    });
    afterAll(() => closeApp(app));

    it('shares the bundle as a .txt file of type text/plain, and says so', async () => {
      const { page, server } = app!;
      await page.goto(`${server.url}/sync`);
      await page.getByRole('button', { name: button }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { sharedFiles: unknown[] }).sharedFiles.length))
        .toBe(1);
      shared = (await page.evaluate(
        () => (window as unknown as { sharedFiles: (typeof shared)[] }).sharedFiles[0],
      ))!;
      expect(shared.name).toMatch(/^jalon-\d{4}-\d{2}-\d{2}\.txt$/);
      expect(shared.type).toBe('text/plain');
      expect(JSON.parse(shared.text).format).toBe('jalon-bundle');
      await expect.poll(() => page.getByTestId('export-status').textContent()).toContain(shared.name);
      expect(await page.getByTestId('export-status').textContent()).toContain(report);
    });

    it('imports the shared .txt on another device', async () => {
      const other = await openApp({ locale });
      try {
        await other.page.goto(`${other.server.url}/start?mode=import`);
        await other.page.setInputFiles('#import-file', await writeTemp(shared!.name, shared!.text));
        await other.page.waitForURL(/\/today/);
        await other.page.locator(`[data-action-id="${demo.due[0]!.id}"]`).waitFor();
      } finally {
        await closeApp(other);
      }
    });
  });
}
