import { parseBundle, type RowTables, type SyncRow, tableNames } from '@jalon/core';
import { exportBundle, importBundle, openPlanDb, type PlanDb } from '@jalon/core/storage';
import { exportDB, importInto } from 'dexie-export-import';
import { countRows, generatePlan } from './generate.ts';

/**
 * Runs in a real Chromium page: each step is timed with performance.now() and the JS heap is
 * sampled (Chromium's performance.memory, precise with --enable-precise-memory-info).
 */
let peakHeap = 0;
function sampleHeap(): void {
  const used =
    (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  if (used > peakHeap) peakHeap = used;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  sampleHeap();
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  sampleHeap();
  return { ms, value };
}

let dbCount = 0;
function freshDb(): PlanDb {
  dbCount += 1;
  return openPlanDb(`bench-${Date.now()}-${dbCount}`);
}

/** The floor: the same rows written by Dexie's bulkPut in one transaction, no merge, no checks. */
async function rawPut(db: PlanDb, tables: RowTables): Promise<void> {
  await db.transaction(
    'rw',
    tableNames.map((t) => db.table(t)),
    async () => {
      for (const table of tableNames) await db.table(table).bulkPut(tables[table]);
    },
  );
}

/** Half the records of `source` as another device has them: same ids, a tenth edited there, plus its own. */
function halfOverlap(source: RowTables, size: number): RowTables {
  const own = generatePlan(Math.floor(size / 2), 'c0c0c0c0c0c0c0c0', 'c-');
  const tables = {} as RowTables;
  for (const table of tableNames) {
    const shared = source[table].slice(0, Math.ceil(source[table].length / 2)).map((row, i): SyncRow => {
      if (i % 10 !== 0 || table === 'plans') return row;
      const stamp = '2026-01-06T09:00:00.000Z-0000-c0c0c0c0c0c0c0c0';
      return { ...row, updatedAt: '2026-01-06T09:00:00.000Z', _f: { updatedAt: stamp } };
    });
    const ids = new Set(shared.map((r) => r.id));
    tables[table] = [...shared, ...own[table].filter((r) => !ids.has(r.id))];
  }
  return tables;
}

async function once(size: number) {
  const tables = generatePlan(size, 'a0a0a0a0a0a0a0a0');
  const records = countRows(tables);

  const source = freshDb();
  const raw = await timed(() => rawPut(source, tables));
  const exported = await timed(() => exportBundle(source));
  const text = exported.value;
  const parsed = await timed(() => parseBundle(text));
  if (!parsed.value.ok) throw new Error(parsed.value.error.message);

  const empty = freshDb();
  const intoEmpty = await timed(() => importBundle(empty, text, { onProgress: sampleHeap }));

  const overlapping = freshDb();
  await rawPut(overlapping, halfOverlap(tables, size));
  const intoOverlap = await timed(() => importBundle(overlapping, text, { onProgress: sampleHeap }));

  const deiExport = await timed(() => exportDB(source));
  const deiTarget = freshDb();
  await deiTarget.open();
  const deiImport = await timed(() =>
    importInto(deiTarget, deiExport.value, { acceptNameDiff: true, acceptVersionDiff: true }),
  );

  for (const db of [source, empty, overlapping, deiTarget]) {
    db.close();
    await db.delete();
  }
  return {
    size,
    records,
    bundleBytes: new Blob([text]).size,
    rawBulkPutMs: raw.ms,
    exportMs: exported.ms,
    parseMs: parsed.ms,
    importIntoEmptyMs: intoEmpty.ms,
    importIntoOverlapMs: intoOverlap.ms,
    overlapReport: intoOverlap.value,
    dexieExportImportExportMs: deiExport.ms,
    dexieExportImportImportMs: deiImport.ms,
    dexieExportImportBytes: deiExport.value.size,
  };
}

/** Median of `repeats` runs per figure: the machine is shared, single runs wobble. */
async function run(size: number, repeats = 3) {
  peakHeap = 0;
  const runs: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await once(size));
  const median = (pick: (r: (typeof runs)[number]) => number) => {
    const values = runs.map(pick).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)] ?? Number.NaN;
  };
  const first = runs[0];
  if (!first) throw new Error('no run');
  return {
    ...first,
    repeats,
    rawBulkPutMs: median((r) => r.rawBulkPutMs),
    exportMs: median((r) => r.exportMs),
    parseMs: median((r) => r.parseMs),
    importIntoEmptyMs: median((r) => r.importIntoEmptyMs),
    importIntoOverlapMs: median((r) => r.importIntoOverlapMs),
    dexieExportImportExportMs: median((r) => r.dexieExportImportExportMs),
    dexieExportImportImportMs: median((r) => r.dexieExportImportImportMs),
    peakHeapMB: peakHeap / 1_048_576,
  };
}

(window as unknown as { bench: { run: typeof run } }).bench = { run };
const status = document.getElementById('status');
if (status) status.textContent = 'loaded';
