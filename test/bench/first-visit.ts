import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, launch } from '../support/chromium.ts';

export interface LongTasks {
  /** Main-thread tasks over 50 ms, in ms, in the order they ran. */
  durations: number[];
  longest: number;
}

/**
 * A first visit to `url` under a 4× CPU slowdown (Chrome DevTools' mid-range phone), with a fresh
 * profile: every main-thread task over 50 ms, as the Long Tasks API reports it, from navigation
 * until `settleMs` after the load event (the service worker registers and precaches then).
 */
export async function firstVisitLongTasks(url: string, settleMs = 4_000): Promise<LongTasks> {
  const browser: Browser = await launch({ locale: 'en-US', viewport: { width: 412, height: 823 } });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    const durations = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    return { durations: durations.map(Math.round), longest: Math.round(Math.max(0, ...durations)) };
  } finally {
    await browser.dispose();
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * A copy of the build without its JavaScript modules or service worker: the prerendered first
 * screen alone. Lighthouse on it is the floor this machine allows at the moment (the same
 * HTML, CSS and boot script, no app), measured beside the app so that a busy machine shows as such.
 */
export function staticFloor(dist: string): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'jalon-floor-'));
  cpSync(dist, dir, { recursive: true });
  rmSync(join(dir, 'sw.js'), { force: true });
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/<script type="module"[^>]*><\/script>/g, ''));
  rmSync(`${index}.br`, { force: true });
  rmSync(`${index}.gz`, { force: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
