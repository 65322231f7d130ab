import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { type Browser, launch } from '../support/chromium.ts';

/** The unpacked build the tests load (`pnpm --filter @jalon/extension build`). */
export const EXTENSION_DIR = fileURLToPath(new URL('../../extension/dist', import.meta.url));
/** Saved real pages with the metadata Readability's test suite expects; the repo sits beside `shared/`. */
export const FIXTURE_PAGES = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
/** Pages written for these tests: a table of figures, a hostile page. */
export const TEST_PAGES = fileURLToPath(new URL('./pages', import.meta.url));

export interface Extension {
  browser: Browser;
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** A browser-level CDP session (the Extensions domain needs `--enable-unsafe-extension-debugging`). */
  cdp: CDPSession;
}

// The Extensions CDP domain (triggerAction, loadUnpacked) is what lets a test act like the user.
const DEBUG_FLAGS = ['--enable-unsafe-extension-debugging'];

/**
 * Chromium with the built extension. `language` is set in the extension's settings, as in its
 * options page: Debian's Chromium ships only an en-US interface, and the French of `--lang` and
 * Playwright's locale reaches a freshly started service worker only after a moment, so a test
 * that needs one language says so.
 */
export async function launchExtension(
  options: { locale?: string; language?: 'fr' | 'en'; dir?: string } = {},
): Promise<Extension> {
  const dir = options.dir ?? EXTENSION_DIR;
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error('extension/dist is missing: run `pnpm --filter @jalon/extension build` first');
  }
  const { language, dir: _dir, ...launchOptions } = options;
  const browser = await launch({ extensionDir: dir, args: DEBUG_FLAGS, ...launchOptions });
  const { context } = browser;
  await offline(context);
  const worker = await extensionWorker(context);
  await installPrepared(worker);
  if (language) await setLanguage(worker, language);
  const cdp = await browserSession(context);
  return { browser, context, worker, id: new URL(worker.url()).host, cdp };
}

/**
 * Waits for what the worker prepares when it is installed (the database and the inbox plan, see
 * `background/prepare.ts`), as a user's first clip comes well after the install.
 */
export async function installPrepared(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      const { settings } = await chrome.storage.local.get('settings');
      if ((settings as { inboxPlanId?: string } | undefined)?.inboxPlanId) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the extension did not prepare its inbox at install');
  });
}

/** The language setting, merged into the settings as the options page writes it. */
export async function setLanguage(worker: Worker, language: 'fr' | 'en'): Promise<void> {
  await worker.evaluate(async (l) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), language: l } });
  }, language);
}

/** A browser without the extension, to install it later (as for a tab opened before install). */
export async function launchWithoutExtension(options: { locale?: string } = {}) {
  const browser = await launch({ args: DEBUG_FLAGS, ...options });
  await offline(browser.context);
  return { browser, cdp: await browserSession(browser.context) };
}

/**
 * Saved pages still point at their sites' scripts and images: refused at once, so that pages
 * load fast and the only pages on the network are the ones served on 127.0.0.1.
 */
export async function offline(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
}

export async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for a CDP session');
  return browser.newBrowserCDPSession();
}

export async function extensionWorker(context: BrowserContext, notUrl?: string): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://') && w.url() !== notUrl;
  const found = context.serviceWorkers().find(isOurs);
  if (found) return found;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 });
}

/**
 * What a click on the toolbar icon, the shortcut or a context menu item gives the extension:
 * activeTab on this tab. CDP's `Extensions.triggerAction` clicks the toolbar icon as the user
 * would; the popup is unset meanwhile, so that the click only grants (a popup opening out of
 * sight would read the page at the same time as the test).
 */
export async function grantActiveTab(ext: Extension, page: Page): Promise<number> {
  const { targetInfos } = (await ext.cdp.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  } as never)) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const tab = targetInfos.filter((t) => t.url === page.url());
  if (tab.length !== 1 || !tab[0]) throw new Error(`expected one tab at ${page.url()}, found ${tab.length}`);
  await ext.worker.evaluate(() => chrome.action.setPopup({ popup: '' }));
  try {
    await ext.cdp.send(
      'Extensions.triggerAction' as never,
      { id: ext.id, targetId: tab[0].targetId } as never,
    );
    return await tabIdOf(ext.worker, page.url());
  } finally {
    await ext.worker.evaluate(() => chrome.action.setPopup({ popup: 'src/popup/index.html' }));
  }
}

/** The chrome.tabs id of the tab showing `url` (visible to the extension once it has activeTab there). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = await worker.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
      url,
    );
    if (id !== undefined) return id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no tab visible at ${url}`);
}

export type MenuItemId = 'clip-selection' | 'record-figure' | 'clip-page' | 'clip-link';

/**
 * The context menu click, through the test seam the service worker exposes (a real right-click
 * on a menu cannot be automated): the same handler, with the same OnClickData Chrome would pass.
 */
export async function clickMenu(
  worker: Worker,
  tabId: number,
  menuItemId: MenuItemId,
  extra: { selectionText?: string; linkUrl?: string } = {},
): Promise<{ ideaId?: string; pendingId?: string } | undefined> {
  return worker.evaluate(
    async ({ tabId, menuItemId, extra }) => {
      const tab = await chrome.tabs.get(tabId);
      const info = { menuItemId, editable: false, frameId: 0, pageUrl: tab.url ?? '', ...extra };
      const seam = (globalThis as unknown as { __jalonMenu: (i: unknown, t: unknown) => Promise<unknown> })
        .__jalonMenu;
      return (await seam(info, tab)) as { ideaId?: string; pendingId?: string } | undefined;
    },
    { tabId, menuItemId, extra },
  );
}

/** Selects the contents of the first element matching `selector`; returns the selected text. */
export async function selectContents(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`nothing at ${sel}`);
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? '';
  }, selector);
}

/**
 * Rows of one table of the extension's database, read with plain IndexedDB from the service
 * worker (no test hook in the extension): exactly what was stored, sync metadata included.
 */
export async function readTable(worker: Worker, table: string): Promise<Record<string, unknown>[]> {
  return worker.evaluate(async (name) => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('jalon')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('jalon');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      return await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, table);
}

/** The toolbar popup, opened by a click on the extension's icon (see openToolbarPopup). */
export interface ToolbarPopup {
  /** Evaluates an expression in the popup's page; its value, returned by value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Clicks the extension's icon over `page`'s tab (CDP's `Extensions.triggerAction`, as the user's
 * click): the real toolbar popup opens, as it does in Chrome, not a window. Playwright does not
 * surface an action popup as a page, so the popup is reached through a CDP session of its own
 * (non-flat: Playwright's sessions cannot address a flat child session).
 */
export async function openToolbarPopup(
  ext: Extension,
  page: Page,
  popup = 'src/popup/index.html',
): Promise<ToolbarPopup> {
  const cdp = ext.cdp;
  const { targetInfos: tabs } = (await cdp.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  } as never)) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const tab = tabs.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab at ${page.url()}`);
  const url = `chrome-extension://${ext.id}/${popup}`;
  const before = new Set(
    (
      (await cdp.send('Target.getTargets' as never)) as { targetInfos: { targetId: string }[] }
    ).targetInfos.map((t) => t.targetId),
  );
  await cdp.send('Extensions.triggerAction' as never, { id: ext.id, targetId: tab.targetId } as never);
  let targetId: string | undefined;
  for (let attempt = 0; attempt < 500 && !targetId; attempt++) {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    targetId = targetInfos.find((t) => t.url === url && !before.has(t.targetId))?.targetId;
    if (!targetId) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (!targetId) throw new Error(`the toolbar popup ${popup} did not open`);
  const { sessionId } = (await cdp.send(
    'Target.attachToTarget' as never,
    { targetId, flatten: false } as never,
  )) as { sessionId: string };
  let next = 0;
  const evaluate = <T>(expression: string) =>
    new Promise<T>((resolve, reject) => {
      const id = ++next;
      const onMessage = (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { result?: { value?: T }; exceptionDetails?: { text: string } };
          error?: { message: string };
        };
        if (message.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget' as never, onMessage as never);
        if (message.error || message.result?.exceptionDetails) {
          reject(new Error(message.error?.message ?? message.result?.exceptionDetails?.text));
        } else resolve(message.result?.result?.value as T);
      };
      cdp.on('Target.receivedMessageFromTarget' as never, onMessage as never);
      const params = { expression, returnByValue: true, awaitPromise: true };
      cdp
        .send(
          'Target.sendMessageToTarget' as never,
          { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params }) } as never,
        )
        .catch(reject);
    });
  return {
    evaluate,
    close: async () => {
      await cdp.send('Target.closeTarget' as never, { targetId } as never).catch(() => {});
    },
  };
}

/** Opens an extension page in a window of its own, as the capture window is opened. */
export async function openExtensionWindow(ext: Extension, path: string): Promise<Page> {
  const url = `chrome-extension://${ext.id}/${path}`;
  const [page] = await Promise.all([
    ext.context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 30_000 }),
    ext.worker.evaluate(
      (u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 640 }).then(() => undefined),
      url,
    ),
  ]);
  return page;
}

/**
 * The built extension as a user who granted the folder's server would have it: headless Chromium
 * cannot answer a permission prompt, so this copy holds the server as an already-granted host.
 */
export function grantedCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'jalon-ext-granted-')), 'dist');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}
