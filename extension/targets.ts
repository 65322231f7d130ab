/**
 * The browsers the extension is built for, and the oldest version of each: the same numbers give
 * the JavaScript build target and the manifest's minimum version, so the code never uses syntax
 * the oldest accepted browser lacks.
 */
export type Browser = 'chrome' | 'firefox';

/** Vite's "Baseline widely available" target; every API the extension calls is older (MV3 storage.session: 102). */
export const MIN_CHROME = 111;
/** Firefox 140 ESR: the first release that reads `data_collection_permissions`. */
export const MIN_FIREFOX = 140;

/** The add-on id Firefox and addons.mozilla.org know the extension by; it must never change. */
export const FIREFOX_ID = 'jalon@jalon';

export const outDirs: Record<Browser, string> = { chrome: 'dist', firefox: 'dist-firefox' };

export function browserOf(mode: string): Browser {
  return mode === 'firefox' ? 'firefox' : 'chrome';
}

/**
 * What both builds of one browser share (the extension's, then the popup's on top of it): where
 * they write, no source maps in a store package, and the oldest accepted browser as the target.
 */
export function buildFor(browser: Browser) {
  return {
    outDir: outDirs[browser],
    sourcemap: false,
    target: browser === 'chrome' ? `chrome${MIN_CHROME}` : `firefox${MIN_FIREFOX}`,
  };
}
