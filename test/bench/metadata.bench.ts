// fake-indexeddb must install its globals before Dexie loads: the sync metadata is the same
// whatever IndexedDB holds it, and this bench counts bytes, not time.
import 'fake-indexeddb/auto';
import { buildExamplePlan, newId } from '@jalon/core';
import {
  createPlan,
  editRecord,
  exportBundle,
  importBundle,
  openPlanDb,
  type PlanDb,
} from '@jalon/core/storage';
import { expect, it } from 'vitest';
import { table, writeSection } from './support/report.ts';

/**
 * The sync metadata a record carries (its `_f` field stamps and its `_x` summary of what it has
 * seen), in bytes of the exported bundle, after many edits on one device and after edits on
 * several devices that sync with each other. The summary keeps one stamp per device: the figure
 * must follow the number of devices, not the number of edits.
 */

type Row = { id: string; _f?: Record<string, string>; _x?: unknown } & Record<string, unknown>;

const today = '2026-11-30';
let counter = 0;
const freshDb = (): PlanDb => openPlanDb(`jalon-bench-metadata-${++counter}`);

/** Bytes of a row's sync metadata, as the bundle's JSON spells it. */
function metadataBytes(row: Row): number {
  const { _f, _x } = row;
  return JSON.stringify({ _f, _x }).length;
}

async function rowOf(db: PlanDb, id: string): Promise<Row> {
  const bundle = JSON.parse(await exportBundle(db)) as { tables: { actions: Row[] } };
  const row = bundle.tables.actions.find((r) => r.id === id);
  if (!row) throw new Error('the action is gone');
  return row;
}

/** `devices` databases holding the example plan, `edits` edits of one field spread over them. */
async function scenario(devices: number, edits: number) {
  const dbs = Array.from({ length: devices }, freshDb);
  const example = buildExamplePlan('fr', { today, newId, now: `${today}T08:00:00.000Z` });
  const first = dbs[0] as PlanDb;
  await createPlan(first, example);
  const seed = await exportBundle(first);
  for (const db of dbs.slice(1)) await importBundle(db, seed);
  const action = example.actions[0];
  if (!action) throw new Error('the example has no action');
  let title = action.title;
  // Each device makes its share of the edits in turn, syncing with the next one in between, so
  // that every edit supersedes another device's value.
  const share = Math.ceil(edits / devices);
  for (let d = 0; d < devices; d++) {
    const db = dbs[d] as PlanDb;
    for (let i = 0; i < share; i++) {
      const next = `${action.title} (${d}.${i})`;
      await editRecord(db, 'actions', action.id, { base: { title }, draft: { title: next } });
      title = next;
    }
    const after = dbs[(d + 1) % devices] as PlanDb;
    if (after !== db) await importBundle(after, await exportBundle(db));
  }
  // Everyone meets once at the end: the largest summary any device holds.
  for (const db of dbs.slice(1)) await importBundle(first, await exportBundle(db));
  for (const db of dbs.slice(1)) await importBundle(db, await exportBundle(first));
  const rows = await Promise.all(dbs.map((db) => rowOf(db, action.id)));
  for (const db of dbs) db.close();
  const bytes = Math.max(...rows.map(metadataBytes));
  return { bytes, converged: new Set(rows.map((r) => r.title)).size === 1 };
}

it('prints the sync metadata per record against edits and devices', async () => {
  const results: { devices: number; edits: number; bytes: number }[] = [];
  for (const [devices, edits] of [
    [1, 1],
    [1, 100],
    [1, 10_000],
    [2, 100],
    [5, 100],
    [10, 100],
    [10, 1_000],
  ] as const) {
    const { bytes, converged } = await scenario(devices, edits);
    expect(converged, `${devices} devices`).toBe(true);
    results.push({ devices, edits, bytes });
    console.log(`metadata: ${devices} device(s), ${edits} edit(s): ${bytes} bytes per record`);
  }
  const oneDevice = results.filter((r) => r.devices === 1);
  const growth = (oneDevice.at(-1)?.bytes ?? 0) / (oneDevice[0]?.bytes ?? 1);
  console.log(`metadata: 1 → 10 000 edits on one device: ×${growth.toFixed(2)}`);
  writeSection(
    'metadata',
    [
      'Sync metadata of one action (field stamps and the summary of what it has seen), in bytes of',
      'the exported bundle, after one field was edited many times, on one device or in turn on',
      'several devices syncing with each other. It follows the number of devices, not of edits.',
      '',
      table(
        ['devices', 'edits of one field', 'metadata bytes per record'],
        results.map((r) => [r.devices, r.edits, r.bytes]),
      ),
    ].join('\n'),
  );
});
