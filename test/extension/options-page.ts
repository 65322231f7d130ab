import type { Page } from 'playwright-core';
import type { Extension } from './support.ts';

export async function openOptions(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
  await page.waitForSelector('main[data-ready="true"]');
  return page;
}

/** Imports a bundle file through the options page, as a user picks it in the file dialog. */
export async function importInOptions(
  options: Page,
  text: string,
  name = 'jalon-2026-03-15.json',
): Promise<void> {
  await options.setInputFiles('input[type=file]', {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await options.waitForSelector('.report, .sync .error');
}

/** Chooses the plan clips go to, by its name, in the options page. */
export async function choosePlan(options: Page, name: string): Promise<void> {
  await options.getByLabel(name, { exact: true }).check();
  await options.waitForFunction(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    return typeof (settings as { planId?: string } | undefined)?.planId === 'string';
  });
}
