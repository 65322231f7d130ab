import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PASSWORD, USER } from '../folder/support.ts';

/** Driving the Sync screen's folder section, as a user does, for the folder tests. */

export const message = (page: Page) => page.locator('[data-testid="folder-message"]');

export async function fillSetup(
  page: Page,
  base: string,
  fields: { url: string; password: string; device?: string; user?: string },
): Promise<void> {
  await page.goto(`${base}/sync`);
  await page.waitForSelector('[data-testid="folder-form"]');
  await page.fill('input[name="folder-url"]', fields.url);
  await page.fill('input[name="folder-user"]', fields.user ?? USER);
  await page.fill('input[name="folder-password"]', fields.password);
  if (fields.device) await page.fill('input[name="folder-device"]', fields.device);
}

export async function setUp(page: Page, base: string, url: string, device: string): Promise<void> {
  await fillSetup(page, base, { url, password: PASSWORD, device });
  await page.click('button[type="submit"]');
  await expect
    .poll(() => message(page).textContent(), { timeout: 30_000 })
    .toContain('Configuration enregistrée');
}

/** "Sync now", then the status line: the round's report, or its failure. */
export async function syncNow(page: Page, base: string): Promise<string> {
  if (!page.url().endsWith('/sync')) await page.goto(`${base}/sync`);
  await page.click('text=Synchroniser maintenant');
  await expect.poll(() => message(page).textContent(), { timeout: 40_000 }).not.toBe('Lecture du dossier…');
  return (await page.locator('[data-testid="folder-status"]').textContent()) ?? '';
}

/** The rows of a table as the page's own database holds them (read, never written). */
export function rowsOf(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('jalon');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as Record<string, unknown>[]);
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

export async function testConnection(page: Page, lang: 'fr' | 'en' = 'fr'): Promise<string> {
  await page.click(lang === 'fr' ? 'text=Tester la connexion' : 'text=Test the connection');
  await expect
    .poll(() => message(page).textContent(), { timeout: 40_000 })
    .not.toBe(lang === 'fr' ? 'Test en cours…' : 'Testing…');
  return (await message(page).textContent()) ?? '';
}
