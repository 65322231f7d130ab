import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's Firefox ESR (`apt-get install firefox-esr`); FIREFOX_PATH points elsewhere (docs/setup.md). */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build of the extension (`pnpm --filter @jalon/extension build`). */
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../extension/dist-firefox', import.meta.url));

const ADDON_ID = 'jalon@jalon';
/** Firefox gives each install a random host for moz-extension:// URLs; a pref fixes it for the tests. */
const UUID = '4a1f0c9e-7d3b-4e2a-9c5f-0b8d6e1a2f3c';

type BiDiSession = { send(method: string, params: object): Promise<{ result: unknown }> };
type TreeContext = { context: string; url: string; children?: TreeContext[] };

export interface FirefoxExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/` */
  origin: string;
  downloads: string;
  /** Opens an extension page in a new tab, as a user does from the address bar. */
  openExtensionPage(path: string): Promise<Page>;
  /** Waits for a page the extension opened itself (a popup window), by the start of its URL. */
  pageOpenedByExtension(pathPrefix: string): Promise<Page>;
  /** What a click on the toolbar button or a menu item gives the extension: activeTab on this tab. */
  grantActiveTab(page: Page): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Firefox ESR driven over WebDriver BiDi (puppeteer-core), with the extension installed from its
 * unpacked build. BiDi may not navigate to moz-extension:// pages, so extension pages are opened
 * the way the browser's own interface opens them: by script in the browser window, which needs
 * `--remote-allow-system-access`. The same privileged script grants activeTab as a click would.
 */
export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} is missing: run \`bash .ci/setup.sh --browser\` or set FIREFOX_PATH`);
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('extension/dist-firefox is missing: run `pnpm --filter @jalon/extension build` first');
  }
  const downloads = mkdtempSync(join(tmpdir(), 'jalon-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const origin = `moz-extension://${UUID}/`;
  const [first] = await browser.pages();
  if (!first) throw new Error('Firefox opened no page');
  // puppeteer-core exposes no public way to send a raw BiDi command; its session does.
  const session = (
    first.mainFrame() as unknown as {
      browsingContext: { userContext: { browser: { session: BiDiSession } } };
    }
  ).browsingContext.userContext.browser.session;

  async function inBrowserWindow(expression: string): Promise<unknown> {
    const tree = (await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: TreeContext[];
    };
    const window = tree.contexts[0]?.context;
    if (!window) throw new Error('no browser window to script');
    const { result } = (await session.send('script.evaluate', {
      expression,
      target: { context: window },
      awaitPromise: true,
    })) as { result: { type: string; exceptionDetails?: { text: string }; result?: { value?: unknown } } };
    if (result.type === 'exception')
      throw new Error(`browser window script: ${result.exceptionDetails?.text}`);
    return result.result?.value;
  }

  async function pageAt(predicate: (url: string) => boolean): Promise<Page> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const tree = (await session.send('browsingContext.getTree', {})).result as { contexts: TreeContext[] };
      const context = tree.contexts.find((c) => predicate(c.url));
      if (context) {
        const page = (await browser.pages()).find(
          (p) => (p.mainFrame() as unknown as { _id: string })._id === context.context,
        );
        if (page) return page;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('no such page opened');
  }

  return {
    browser,
    origin,
    downloads,
    async openExtensionPage(path) {
      const url = `${origin}${path}`;
      await inBrowserWindow(
        `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); true`,
      );
      const page = await pageAt((u) => u === url);
      await page.waitForFunction(() => document.readyState === 'complete');
      return page;
    },
    pageOpenedByExtension(pathPrefix) {
      return pageAt((u) => u.startsWith(`${origin}${pathPrefix}`));
    },
    async grantActiveTab(page) {
      await page.bringToFront();
      const url = page.url();
      await inBrowserWindow(
        `(() => {
          const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
          if (!tab) throw new Error('no tab at ${url}');
          WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension.tabManager.addActiveTabPermission(tab);
          return true;
        })()`,
      );
    },
    async dispose() {
      await browser.close().catch(() => {});
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
