// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { gunzipSync } from 'node:zlib';
import { exportPlanBundle, importBundle, openPlanDb } from '@jalon/core/storage';
import { expect, it } from 'vitest';
import {
  Device,
  filesOnServer,
  freshFolder,
  makeExample,
  readOnServer,
  startServer,
} from '../folder/support.ts';
import { bigPlanBundle } from './big-plan.ts';
import { fmt, table, writeSection } from './support/report.ts';

/**
 * Folder sync against a real Apache mod_dav on 127.0.0.1, the engine the apps run (core in Node,
 * over fake-indexeddb): the example plan and a large plan, first sync on the writing device, first
 * sync on a second device, and a sync where nothing changed (its requests and downloads counted).
 * The large plan's round trip is set beside the file round trip of the same plan (export, then
 * import on the other device). Times are printed, never asserted.
 */
const bigEntries = Number(process.env.JALON_BENCH_FOLDER_ENTRIES ?? 50_000);

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

it('measures folder sync rounds', async () => {
  const server = await startServer('apache');
  const rows: (string | number)[][] = [];
  try {
    for (const kind of ['example', 'large'] as const) {
      const folder = await freshFolder(server);
      const a = new Device(`bench-a-${kind}`);
      const b = new Device(`bench-b-${kind}`);
      let planId: string;
      let records: number;
      if (kind === 'example') {
        planId = await makeExample(a);
        records = (await exportPlanBundle(a.db, planId)).records;
      } else {
        const big = bigPlanBundle(new Date().toISOString().slice(0, 10), 5_000, bigEntries);
        planId = big.planId;
        await importBundle(a.db, big.bundle);
        records = (await exportPlanBundle(a.db, planId)).records;
      }
      await a.setup(folder.url);
      await b.setup(folder.url);
      const first = await timed(() => a.sync());
      const received = await timed(() => b.sync());
      await a.sync();
      const quiet = await timed(() => a.sync({ trigger: 'timer', now: () => Date.now() + 6 * 60_000 }));
      expect(quiet.value).toMatchObject({ ok: true, downloaded: 0, uploaded: 0 });
      // The same plan by file: export on one device, import on a fresh one.
      const byFile = await timed(async () => {
        const file = await exportPlanBundle(a.db, planId);
        await importBundle(openPlanDb(`bench-file-${kind}`), file.text);
      });
      const name = Object.keys(filesOnServer(folder, planId)).find((f) => f.endsWith('.json.gz'))!;
      const stored = readOnServer(folder, `${planId}/${name}`);
      const plain = gunzipSync(stored).length;
      const row = {
        plan: kind === 'example' ? 'example plan' : `large plan`,
        records,
        firstMs: first.ms,
        receivedMs: received.ms,
        quietMs: quiet.ms,
        quietRequests: quiet.value.requests,
        quietDownloads: quiet.value.downloaded,
        fileMs: byFile.ms,
        storedKB: stored.length / 1024,
        ratio: stored.length / plain,
      };
      console.log(JSON.stringify(row));
      rows.push([
        row.plan,
        row.records,
        fmt(row.firstMs),
        fmt(row.receivedMs),
        `${fmt(row.receivedMs / row.fileMs, 2)}× (${fmt(row.fileMs)} ms)`,
        fmt(row.quietMs),
        `${row.quietRequests} / ${row.quietDownloads}`,
        fmt(row.storedKB),
        `${fmt(row.ratio * 100)} %`,
      ]);
    }
  } finally {
    await server.close();
  }
  writeSection(
    'folder',
    [
      `Measured in Node ${process.version} (core over fake-indexeddb, as the engine tests) against Apache mod_dav on 127.0.0.1.`,
      '',
      table(
        [
          'plan',
          'records',
          'first sync, writer ms',
          'first sync, second device ms',
          'vs the file round trip',
          'no-change sync ms',
          'requests / downloads when nothing changed',
          'file on the server kB',
          'of the plain JSON',
        ],
        rows,
      ),
    ].join('\n'),
  );
});
