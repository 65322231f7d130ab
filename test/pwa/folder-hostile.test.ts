// fake-indexeddb before @jalon/core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { damagedFileMessage } from '@jalon/core';
import { editRecord, listRecords } from '@jalon/core/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileFiles } from '../folder/hostile-files.ts';
import { Device, freshFolder, makeExample, PASSWORD, USER } from '../folder/support.ts';
import { type ApacheServer, startApache } from '../support/apache.ts';
import { rowsOf, setUp } from './folder-support.ts';
import { type App, closeApp, openApp } from './harness.ts';

/**
 * Hostile files from "other devices" reach a real page: JSON nested 100 000 deep (plain and
 * gzipped) and a zip bomb. The round refuses each with its reason, names the device, merges the
 * good device's change, and the page keeps answering the user while it runs.
 */
describe('hostile files in the folder, in the PWA', () => {
  let apache: ApacheServer;
  let app: App | undefined;

  beforeAll(async () => {
    apache = await startApache({ user: USER, password: PASSWORD, cors: true });
    app = await openApp();
  });
  afterAll(async () => {
    await closeApp(app);
    await apache?.close();
  });

  it('refuses each with its reason, syncs the good device, and the page still answers', async () => {
    const { page, server } = app!;
    const folder = await freshFolder(apache);
    const good = new Device('Bureau de Paul');
    const planId = await makeExample(good);
    await good.setup(folder.url);
    await good.sync();
    await setUp(page, server.url, folder.url, 'Claire — téléphone');
    expect((await rowsOf(page, 'plans')).map((p) => p.id)).toContain(planId);

    const hostile = await hostileFiles();
    for (const [device, { bytes }] of Object.entries(hostile)) {
      writeFileSync(join(folder.root, planId, `${device}.json.gz`), bytes);
    }
    const [action] = await listRecords(good.db, 'actions', planId);
    await editRecord(good.db, 'actions', action!.id, {
      base: action!,
      draft: { ...action!, title: 'Toujours là' },
    });
    await good.sync();

    // Long tasks are recorded for the log (speed is measured, never asserted).
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      const since = performance.now();
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.startTime >= since) w.longest = Math.max(w.longest, entry.duration);
        }
      }).observe({ type: 'longtask' });
    });
    await page.click('text=Synchroniser maintenant');
    // Right away, while the round reads the files: the language switch answers and redraws.
    await page.selectOption('header .lang select', 'en');
    await page.waitForSelector('button:has-text("Sync now")', { timeout: 10_000 });
    const damaged = page.locator('[data-testid="folder-damaged"] li');
    await expect.poll(() => damaged.count(), { timeout: 120_000, interval: 1_000 }).toBe(4);
    const reasons = {
      'too-deep': 'the file holds data nested too deeply',
      'too-large': 'file too large',
    } as Record<string, string>;
    const texts = await damaged.allTextContents();
    for (const [device, { problem }] of Object.entries(hostile)) {
      expect(texts).toContain(
        `The file of device “${device}” was not merged (${reasons[problem]}). Its last good version stays in the plan; it is tried again at each sync.`,
      );
    }
    const titles = (await rowsOf(page, 'actions')).map((a) => a.title);
    expect(titles).toContain('Toujours là');
    // And in French, the same refusals.
    await page.selectOption('header .lang select', 'fr');
    await expect
      .poll(() => damaged.allTextContents())
      .toContain(damagedFileMessage('d00000000000a001', 'too-deep', 'fr'));
    expect((await damaged.allTextContents()).join(' ')).toContain(
      '(le fichier contient des données imbriquées trop profondément)',
    );
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    console.log(`hostile files: longest main-thread task during the round ${Math.round(longest)} ms`);
  });
});
