import { join } from 'node:path';
import { parseBundle } from '@jalon/core';
import type { Page } from 'playwright-core';

/**
 * The two apps as a user drives them in the journey: files go through the real download of one
 * app, saved to disk, then the other app's file input. Each import starts from a freshly opened
 * screen, so the report read afterwards is this import's and not the previous one's.
 */

export type Lang = 'fr' | 'en';

/** The few interface words the journey clicks on, in each language. */
export const words = {
  fr: {
    locale: 'fr-FR',
    example: /Ordalys$/,
    lever: 'Levier',
    save: 'Enregistrer',
    saved: 'Enregistré.',
    kpiForFigure: 'KPI pour ce chiffre',
    recordValue: 'Enregistrer la valeur',
    exportFile: 'Exporter un fichier',
    rename: (title: string) => `Renommer « ${title} »`,
    titleField: "Titre de l'action",
    extensionDone: 'Terminée',
    edit: 'Modifier',
    appDone: 'Fait',
    extTitle: 'Audit SEO technique — version du bureau',
    appTitle: 'Audit SEO technique — version du téléphone',
    manualValue: '42',
  },
  en: {
    locale: 'en-GB',
    example: /Fieldwise$/,
    lever: 'Lever',
    save: 'Save',
    saved: 'Saved.',
    kpiForFigure: 'KPI for this figure',
    recordValue: 'Record the value',
    exportFile: 'Export a file',
    rename: (title: string) => `Rename “${title}”`,
    titleField: 'Action title',
    extensionDone: 'Done',
    edit: 'Edit',
    appDone: 'Done',
    extTitle: 'Technical SEO audit — desk version',
    appTitle: 'Technical SEO audit — phone version',
    manualValue: '42',
  },
} as const;

export type Report = Record<'added' | 'updated' | 'unchanged' | 'deleted' | 'conflicts', number>;
/** A file saved by one app; `ms` from the click on Export to the file on disk. */
export interface Exported {
  path: string;
  ms: number;
}
/** `ms` from the file chosen to the report on screen. */
export interface Imported {
  report: Report;
  ms: number;
}

/** Big plans take a while; a bench imports 50 000 records through these helpers. */
const LONG = { timeout: 600_000 };

/** PWA, Sync screen: "Export" (a download on a desktop browser), saved as `name` in `dir`. */
export async function appExport(page: Page, baseUrl: string, dir: string, name: string): Promise<Exported> {
  await page.goto(`${baseUrl}/sync`);
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', LONG),
    page.click('main button.primary'),
  ]);
  const path = join(dir, name);
  await download.saveAs(path);
  return { path, ms: performance.now() - started };
}

/** PWA, Sync screen: choose the file; returns the import report as shown. */
export async function appImport(page: Page, baseUrl: string, path: string): Promise<Imported> {
  await page.goto(`${baseUrl}/sync`);
  await page.waitForSelector('#import-file', { state: 'attached' });
  const started = performance.now();
  await page.setInputFiles('#import-file', path);
  await page.waitForSelector('[data-testid="import-report"], [data-testid="import-error"]', LONG);
  const ms = performance.now() - started;
  const report = page.locator('[data-testid="import-report"]');
  if ((await report.count()) === 0)
    throw new Error(`refused: ${await page.textContent('[data-testid="import-error"]')}`);
  const entries = await report.locator('[data-key]').evaluateAll((divs) =>
    // Counts are shown formatted ("50 000" in French): keep the digits.
    divs.map((d) => [
      d.getAttribute('data-key'),
      Number(d.querySelector('dd')?.textContent?.replace(/\D/g, '')),
    ]),
  );
  return { report: Object.fromEntries(entries) as Report, ms };
}

/** Extension, options page: "Export a file", saved as `name` in `dir`. */
export async function extensionExport(
  options: Page,
  lang: Lang,
  dir: string,
  name: string,
): Promise<Exported> {
  await freshOptions(options);
  const started = performance.now();
  const [download] = await Promise.all([
    options.waitForEvent('download', LONG),
    options.getByRole('button', { name: words[lang].exportFile }).click(),
  ]);
  const path = join(dir, name);
  await download.saveAs(path);
  return { path, ms: performance.now() - started };
}

/** Extension, options page: "Import a file…"; returns the import report as shown. */
export async function extensionImport(options: Page, path: string): Promise<Imported> {
  await freshOptions(options);
  const started = performance.now();
  await options.setInputFiles('input[type=file]', path);
  await options.waitForSelector('.report, .sync .error', LONG);
  const ms = performance.now() - started;
  if ((await options.locator('.report').count()) === 0)
    throw new Error(`refused: ${await options.textContent('.sync .error')}`);
  const entries = await options
    .locator('.report dd')
    .evaluateAll((dds) => dds.map((dd) => [dd.getAttribute('data-field'), Number(dd.textContent)]));
  const shown = Object.fromEntries(entries) as Record<string, number>;
  const report = {
    added: shown.reportAdded!,
    updated: shown.reportUpdated!,
    unchanged: shown.reportUnchanged!,
    deleted: shown.reportDeleted!,
    conflicts: shown.reportConflicts!,
  };
  return { report, ms };
}

async function freshOptions(options: Page): Promise<void> {
  await options.reload();
  await options.waitForSelector('main[data-ready="true"]');
}

/** A stored row as a bundle carries it: the record and its sync metadata. */
export type Row = Record<string, unknown> & { id: string; _f?: Record<string, string> };
export interface PlanFile {
  tables: Record<string, Row[]>;
  conflicts: Row[];
}

/**
 * What two databases must share after a round trip: every table and the kept conflicts, rows in
 * id order. `exportedAt` and `device` say who wrote the file and when, so they differ.
 */
export function planOf(text: string): PlanFile {
  const parsed = parseBundle(text);
  if (!parsed.ok) throw new Error(`not a bundle: ${parsed.error.code} ${parsed.error.message}`);
  const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : 1);
  const tables = Object.fromEntries(
    Object.entries(parsed.bundle.tables as unknown as Record<string, Row[]>).map(([name, rows]) => [
      name,
      [...rows].sort(byId),
    ]),
  );
  return { tables, conflicts: [...(parsed.bundle.conflicts as Row[])].sort(byId) };
}

/** Selects the first paragraph whose text holds `containing`, as a user drags over it; returns it. */
export async function selectParagraph(page: Page, containing: string): Promise<string> {
  return page.evaluate((needle) => {
    const p = Array.from(document.querySelectorAll('p')).find((el) => el.textContent?.includes(needle));
    if (!p) throw new Error(`no paragraph with ${needle}`);
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString() ?? '';
  }, containing);
}
