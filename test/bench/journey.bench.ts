import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '@jalon/core';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  appExport,
  appImport,
  type Exported,
  extensionExport,
  extensionImport,
  type Imported,
} from '../e2e/journey-support.ts';
import { openOptions } from '../extension/options-page.ts';
import { launchExtension } from '../extension/support.ts';
import { assertBuilt, DIST, PHONE } from '../pwa/harness.ts';
import { launch } from '../support/chromium.ts';
import { serveStatic } from '../support/server.ts';
import { countRows, generatePlan } from './storage-page/generate.ts';
import { fmt, machine, table, writeSection } from './support/report.ts';

/**
 * The sync round trip as a user makes it, for the example plan and a 50 000-record plan: the
 * phone's PWA exports (a real download, saved to disk), the extension's options page imports that
 * file, exports, and the phone imports the extension's file back. Each figure runs from the click
 * (or the file chosen) to the file on disk (or the report on screen), Playwright's round trips
 * included. Fresh browser profiles for each plan: the first import lands in an empty database.
 * Printed and written to docs/benchmarks.md (`journey`); nothing is asserted on time.
 */
const BIG = Number(process.env.JALON_BENCH_JOURNEY_RECORDS ?? 50_000);

const MB = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;

interface Plan {
  label: string;
  /** Puts the plan on the phone; returns its record count, and how long loading it took if timed. */
  load(phone: Page, baseUrl: string, dir: string): Promise<{ records: number; loaded?: Imported }>;
}

const example: Plan = {
  label: 'example plan (fr)',
  async load(phone, baseUrl) {
    await phone.goto(`${baseUrl}/start?mode=example`);
    await phone.click('button.primary');
    await phone.waitForSelector('[data-testid="checklist"]');
    return { records: 0 }; // counted from the report of the first import
  },
};

const big: Plan = {
  label: `${BIG.toLocaleString('en')}-record plan`,
  async load(phone, baseUrl, dir) {
    // Written in Node with core's shapes (as storage.bench does): the plan another device made.
    const tables = generatePlan(BIG, 'b16b16b16b16b16b');
    const path = join(dir, 'generated.json');
    const bundle = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt: new Date().toISOString(),
      device: 'b16b16b16b16b16b',
      tables,
      conflicts: [],
    };
    writeFileSync(path, JSON.stringify(bundle));
    const loaded = await appImport(phone, baseUrl, path);
    return { records: countRows(tables), loaded };
  },
};

interface Trip {
  plan: string;
  records: number;
  loaded?: Imported;
  phoneOut: Exported & { bytes: number };
  extensionIn: Imported;
  extensionOut: Exported & { bytes: number };
  phoneIn: Imported;
}

async function roundTrip(plan: Plan): Promise<Trip> {
  const dir = mkdtempSync(join(tmpdir(), 'jalon-journey-bench-'));
  const server = await serveStatic(DIST, { spa: true });
  const phone = await launch({ locale: 'fr-FR', viewport: PHONE });
  const ext = await launchExtension({ locale: 'fr-FR', language: 'fr' });
  try {
    const page = phone.context.pages()[0] ?? (await phone.context.newPage());
    const { records, loaded } = await plan.load(page, server.url, dir);
    const sized = (e: Exported) => ({ ...e, bytes: statSync(e.path).size });
    const phoneOut = sized(await appExport(page, server.url, dir, 'phone.json'));
    const options = await openOptions(ext);
    const extensionIn = await extensionImport(options, phoneOut.path);
    const extensionOut = sized(await extensionExport(options, 'fr', dir, 'desk.json'));
    const phoneIn = await appImport(page, server.url, extensionOut.path);
    return {
      plan: plan.label,
      records: records || extensionIn.report.added,
      ...(loaded ? { loaded } : {}),
      phoneOut,
      extensionIn,
      extensionOut,
      phoneIn,
    };
  } finally {
    await ext.browser.dispose();
    await phone.dispose();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function rows(trip: Trip): string[][] {
  const r = (step: string, ms: number, file = '', outcome = '') => [
    trip.plan,
    step,
    file,
    `${fmt(ms)} ms`,
    outcome,
  ];
  const counted = (i: Imported) =>
    `${i.report.added} added, ${i.report.updated} updated, ${i.report.unchanged} unchanged`;
  return [
    ...(trip.loaded
      ? [
          r(
            'generated file → phone (Sync, import into an empty database)',
            trip.loaded.ms,
            '',
            counted(trip.loaded),
          ),
        ]
      : []),
    r('phone → file (Sync, Export; download saved)', trip.phoneOut.ms, MB(trip.phoneOut.bytes)),
    r(
      'file → extension (Options, Import; empty database)',
      trip.extensionIn.ms,
      '',
      counted(trip.extensionIn),
    ),
    r(
      'extension → file (Options, Export; download saved)',
      trip.extensionOut.ms,
      MB(trip.extensionOut.bytes),
    ),
    r('file → phone (Sync, Import; the plan is already there)', trip.phoneIn.ms, '', counted(trip.phoneIn)),
    r(
      '**round trip** (the four steps above)',
      trip.phoneOut.ms + trip.extensionIn.ms + trip.extensionOut.ms + trip.phoneIn.ms,
    ),
  ];
}

it('measures the sync round trip between the phone and the extension, by file', async () => {
  assertBuilt();
  const trips: Trip[] = [];
  for (const plan of [example, big]) {
    const trip = await roundTrip(plan);
    trips.push(trip);
    console.log(
      `${trip.plan}: ${trip.records} records, round trip ${fmt(trip.phoneOut.ms + trip.extensionIn.ms + trip.extensionOut.ms + trip.phoneIn.ms)} ms`,
    );
  }
  const markdown = [
    `Sync round trip between the two apps by file, measured in Chromium on: ${machine()}.`,
    '',
    table(
      ['plan', 'step', 'file', 'time', 'import report'],
      trips.flatMap((trip) => rows(trip)),
    ),
  ].join('\n');
  console.log(`\n${markdown}\n`);
  writeSection('journey', markdown);
  for (const trip of trips) {
    expect(trip.extensionIn.report.added).toBe(trip.records);
    expect(trip.phoneIn.report).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
  }
});
