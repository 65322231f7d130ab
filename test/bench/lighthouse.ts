import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** Audits that lost points, for the record. */
  failing: string[];
  /** The five metrics the performance score is made of, as Lighthouse prints them ("1.2 s", "30 ms"). */
  metrics: Record<string, string>;
  /** Lighthouse's long tasks (simulated durations), with the script each is attributed to. */
  longTasks: string[];
}

/** The metrics of Lighthouse 12's performance score (weights: TBT 30, LCP 25, CLS 25, FCP 10, SI 10). */
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

/** Debian's Chromium with a DevTools port, for Lighthouse to drive (its own launcher is not needed). */
async function startChromium(): Promise<{ port: number; process: ChildProcess; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'jalon-lh-'));
  const child = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port: ${text}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', () => reject(new Error(`Chromium exited: ${text}`)));
  });
  return { port, process: child, profile };
}

/** Lighthouse 12's default run is the mobile one: a Moto G-class screen and simulated slow 4G. */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const chromium = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id} (${a.score})`);
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => [name, audits[id]?.displayValue ?? '?']),
    );
    const items =
      (audits['long-tasks']?.details as { items?: { url?: string; duration?: number; startTime?: number }[] })
        ?.items ?? [];
    const longTasks = items.map(
      (t) =>
        `${Math.round(t.duration ?? 0)} ms at ${Math.round(t.startTime ?? 0)} ms (${(t.url ?? '?').replace(/^https?:\/\/[^/]+/, '')})`,
    );
    return {
      longTasks,
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      failing,
      metrics,
    };
  } finally {
    const exited = new Promise((done) => chromium.process.once('exit', done));
    chromium.process.kill();
    await exited;
    // Chromium's helper processes may still be writing the profile for a moment after it exits:
    // a temp folder left behind must not cost the figures.
    try {
      rmSync(chromium.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // left in the temp folder
    }
  }
}
