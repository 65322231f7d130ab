import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../support/server.ts';
import {
  clickMenu,
  EXTENSION_DIR,
  type Extension,
  extensionWorker,
  grantActiveTab,
  installPrepared,
  launchWithoutExtension,
  readTable,
  selectContents,
  setLanguage,
  TEST_PAGES,
} from './support.ts';

/**
 * Tabs opened before the extension was installed or updated have no content script (or one
 * whose extension is gone): the clip must still work, by injecting on demand and asking again.
 */
describe('clipping from a tab that was open before install and update', () => {
  let ext: Extension;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic(TEST_PAGES);
  });
  afterAll(async () => {
    await ext?.browser.dispose();
    await server?.close();
  });

  it('clips from a tab opened before the extension was installed', async () => {
    const { browser, cdp } = await launchWithoutExtension();
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/kpis.html`);
    await selectContents(page, '#intro');

    const installed = extensionWorker(browser.context);
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as {
      id: string;
    };
    const worker = await installed;
    ext = { browser, context: browser.context, worker, id, cdp };
    // Installing opens the database and makes the inbox, so that the first clip only writes its idea.
    await installPrepared(worker);
    expect(await readTable(worker, 'plans')).toEqual([
      expect.objectContaining({ name: expect.stringMatching(/^(Idea inbox|Boîte à idées)$/) }),
    ]);
    expect(await readTable(worker, 'ideas')).toEqual([]);
    await setLanguage(worker, 'fr');

    const tabId = await grantActiveTab(ext, page);
    const outcome = await clickMenu(ext.worker, tabId, 'clip-selection');
    const idea = (await readTable(ext.worker, 'ideas')).find((row) => row.id === outcome?.ideaId);
    expect(idea).toMatchObject({ kind: 'selection', pageUrl: `${server.url}/kpis.html` });
    expect(idea?.figures).toHaveLength(3);
  });

  it('clips again after the extension is updated, its old content script orphaned', async () => {
    const page = ext.context.pages().find((p) => p.url() === `${server.url}/kpis.html`);
    if (!page) throw new Error('the page is gone');
    // Loading the same unpacked folder again is an update: a new worker, the old one's scripts cut off.
    const restarted = ext.context.waitForEvent('serviceworker', { timeout: 30_000 });
    await ext.cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never);
    ext = { ...ext, worker: await restarted };

    await selectContents(page, '#kpis tbody');
    const tabId = await grantActiveTab(ext, page);
    const outcome = await clickMenu(ext.worker, tabId, 'clip-selection');
    const ideas = await readTable(ext.worker, 'ideas');
    expect(ideas).toHaveLength(2); // the database outlives the update
    expect(await readTable(ext.worker, 'plans')).toHaveLength(1); // and an update makes no second inbox
    expect(ideas.find((row) => row.id === outcome?.ideaId)?.figures).toHaveLength(6);
  });
});
