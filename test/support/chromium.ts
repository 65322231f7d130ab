import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download does not work on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags a headless Chromium needs here: no sandbox as root, no GPU, no calls home. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export interface Browser {
  context: BrowserContext;
  userDataDir: string;
  /** Closes the browser; the profile stays until `dispose` (so a restart can reuse it). */
  close(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * A real Chromium with a fresh profile (or `userDataDir` to reopen one, as after a browser
 * restart), optionally with the unpacked extension in `extensionDir` loaded.
 */
export async function launch(
  options: {
    extensionDir?: string;
    userDataDir?: string;
    locale?: string;
    viewport?: { width: number; height: number };
    /** Extra Chromium flags, e.g. for memory measurement. */
    args?: string[];
  } = {},
): Promise<Browser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'jalon-chromium-'));
  const args = [...CHROMIUM_FLAGS, `--lang=${options.locale ?? 'fr-FR'}`, ...(options.args ?? [])];
  if (options.extensionDir) {
    args.push(
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
    );
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new is in the flags: the only mode that loads extensions
    args,
    locale: options.locale ?? 'fr-FR',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  return {
    context,
    userDataDir,
    close: () => context.close(),
    async dispose() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
