import fc from 'fast-check';
import type { ConflictEntry, RowTables } from './bundle.ts';
import { emptyTables } from './bundle.ts';
import { nextStamp, type Stamp } from './hlc.ts';
import { mergeTables } from './merge.ts';
import { applyEdit, fieldStamp, type SyncRow } from './row.ts';

/**
 * Random edit histories on several devices, for the property tests of merge. Each device holds a
 * database (rows + conflicts) and a clock; operations are what users and sync do: create a
 * record, edit a field, delete, restore, and import another device's export.
 */
export interface Device {
  id: string;
  last?: Stamp;
  db: { tables: RowTables; conflicts: ConflictEntry[] };
}

export type Op =
  | { kind: 'create'; device: number; record: number; title: string }
  | { kind: 'edit'; device: number; record: number; field: 'title' | 'notes' | 'date'; value: string }
  | { kind: 'delete' | 'restore'; device: number; record: number }
  | { kind: 'sync'; from: number; to: number }
  | { kind: 'tick'; ms: number };

const DEVICE_IDS = Array.from({ length: 10 }, (_, i) => (0xa1 + i * 0x11).toString(16).padStart(16, '0'));
const T0 = Date.parse('2026-03-01T09:00:00.000Z');

export function opArbitrary(devices: number): fc.Arbitrary<Op> {
  const device = fc.integer({ min: 0, max: devices - 1 });
  const record = fc.integer({ min: 0, max: 4 });
  const text = fc.constantFrom('a', 'b', 'c', 'Salon', 'Webinar', '');
  return fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant('create' as const),
        device,
        record: fc.integer({ min: 4, max: 5 }),
        title: text,
      }),
      weight: 1,
    },
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        device,
        record,
        field: fc.constantFrom('title' as const, 'title' as const, 'notes' as const, 'date' as const),
        value: text,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'restore' as const), device, record }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: device, to: device }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 5 }) }),
    },
  );
}

/** Device 0 creates four records and every device imports them; then `ops` run. */
export function runHistory(devices: number, ops: readonly Op[]): Device[] {
  const prelude: Op[] = [0, 1, 2, 3].map((record) => ({
    kind: 'create',
    device: 0,
    record,
    title: `r${record}`,
  }));
  for (let to = 1; to < devices; to++) prelude.push({ kind: 'sync', from: 0, to });
  return replay(devices, [...prelude, ...ops]);
}

function replay(devices: number, ops: readonly Op[]): Device[] {
  const state: Device[] = DEVICE_IDS.slice(0, devices).map((id) => ({
    id,
    db: { tables: emptyTables(), conflicts: [] },
  }));
  let now = T0;
  const recordId = (n: number) => `kd${n}`;
  for (const op of ops) {
    if (op.kind === 'tick') {
      now += op.ms;
      continue;
    }
    if (op.kind === 'sync') {
      const to = state[op.to];
      const from = state[op.from];
      if (to && from) to.db = mergeTables(to.db, from.db);
      continue;
    }
    const device = state[op.device];
    if (!device) continue;
    const rows = device.db.tables.keyDates;
    const index = rows.findIndex((r) => r.id === recordId(op.record));
    const row = rows[index];
    if (op.kind === 'create') {
      // Ids are global: a record is created once, by one device; others learn it by sync.
      if (state.some((d) => d.db.tables.keyDates.some((r) => r.id === recordId(op.record)))) continue;
      const stamp = take(device, now);
      const at = stamp.slice(0, 24);
      const created: SyncRow = {
        id: recordId(op.record),
        planId: 'p1',
        title: op.title || 'x',
        date: '2026-03-10',
        kind: 'event',
        notes: '',
        createdAt: at,
        updatedAt: at,
        _c: stamp,
      };
      device.db = { ...device.db, tables: { ...device.db.tables, keyDates: [...rows, created] } };
      continue;
    }
    if (!row) continue;
    const changes: Record<string, unknown> =
      op.kind === 'edit'
        ? { [op.field]: op.field === 'date' ? `2026-03-1${op.value.length}` : op.value || 'x' }
        : { _d: op.kind === 'delete' ? true : undefined };
    const field = Object.keys(changes)[0] as string;
    if (JSON.stringify(row[field]) === JSON.stringify(changes[field])) continue;
    const stamp = take(device, now, fieldStamp(row, field));
    const edited = applyEdit(row, { ...changes, updatedAt: stamp.slice(0, 24) }, stamp);
    const next = [...rows];
    next[index] = edited;
    device.db = { ...device.db, tables: { ...device.db.tables, keyDates: next } };
  }
  return state;
}

function take(device: Device, now: number, after?: Stamp): Stamp {
  const stamp = nextStamp(device.id, now, device.last, after);
  device.last = stamp;
  return stamp;
}
