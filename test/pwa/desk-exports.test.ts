// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { addDays } from '@jalon/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, openScreen, type Seeded, seedExample } from './desk-support.ts';
import { type App, closeApp, openApp } from './harness.ts';

/** What leaves the app for other tools: the calendar file, the spreadsheets, the printed proposal. */
describe('exports from the desk screens (French)', () => {
  let app: App | undefined;
  let seed: Seeded;

  beforeAll(async () => {
    app = await openApp({ locale: 'fr-FR' });
    seed = await seedExample(app, 'fr');
  });
  afterAll(() => closeApp(app));

  it('downloads the plan as an iCalendar file that calendar apps import', async () => {
    const { page } = app!;
    await openScreen(app!, '/timeline');
    const { name, text } = await download(page, () => page.getByRole('button', { name: /\.ics/ }).click());
    expect(name).toMatch(/\.ics$/);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = text.replace(/\r\n /g, '');
    const actions = seed.records('actions');
    const keyDates = seed.records('keyDates');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(actions.length + keyDates.length);
    const show = actions.find((a) => a.keyDateId && a.durationDays && a.durationDays > 1) ?? actions[0]!;
    const event = unfolded.slice(unfolded.indexOf(`UID:action-${show.id}@jalon`));
    expect(event).toMatch(new RegExp(`^UID:action-${show.id}@jalon\\r\\nDTSTAMP:\\d{8}T\\d{6}Z\\r\\n`));
    expect(event).toContain(`DTSTART;VALUE=DATE:${show.startDate!.replace(/-/g, '')}\r\n`);
    expect(event).toContain(`DTEND;VALUE=DATE:${addDays(show.deadline!, 1).replace(/-/g, '')}\r\n`);
    const escaped = show.title.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');
    expect(event).toContain(`SUMMARY:${escaped}\r\n`);
  });

  it('downloads actions, KPIs and budget as CSV that French Excel opens', async () => {
    const { page } = app!;
    await openScreen(app!, '/reviews');
    const actions = await download(page, () => page.getByRole('button', { name: 'Actions (.csv)' }).click());
    expect(actions.name).toMatch(/-actions\.csv$/);
    expect(actions.text.startsWith('\ufeffObjectif;Levier;Action;Responsable;Statut;')).toBe(true);
    const rows = actions.text.slice(1).split('\r\n');
    expect(rows.filter(Boolean)).toHaveLength(seed.records('actions').length + 1);
    const costly = seed.records('actions').find((a) => a.plannedCost % 100 === 0 && a.plannedCost > 0)!;
    const row = rows.find((r) =>
      r.includes(costly.title.includes(';') ? `"${costly.title}"` : costly.title),
    )!;
    expect(row).toContain(`;${costly.plannedCost / 100},00;`);

    const kpis = await download(page, () =>
      page.getByRole('button', { name: 'KPI et mesures (.csv)' }).click(),
    );
    expect(kpis.text.startsWith('\ufeffKPI;Unité;Départ;Cible;')).toBe(true);
    for (const kpi of seed.records('kpis')) expect(kpis.text).toContain(kpi.name);

    const budget = await download(page, () => page.getByRole('button', { name: 'Budget (.csv)' }).click());
    const lines = budget.text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Objectif;Levier;Libellé;Date;Prévu;Réel;Devise');
    expect(lines).toHaveLength(seed.records('budgetLines').length + 1);
    // Planned and spent so far (the example has spent on its lines), in euros with a decimal comma.
    expect(lines[1]).toMatch(/;\d+,\d{2};\d+,\d{2};EUR$/);
  });

  it('prints the budget proposal without the app around it', async () => {
    const { page } = app!;
    await openScreen(app!, '/budget?view=proposal');
    await page.waitForSelector('.proposal');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('nav.bottom').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Imprimer / PDF' }).isVisible()).toBe(false);
      expect(await page.locator('.proposal h1').isVisible()).toBe(true);
      for (const lever of seed.records('levers').filter((l) => l.weight > 0)) {
        expect(await page.locator('.proposal').textContent()).toContain(lever.name);
      }
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
