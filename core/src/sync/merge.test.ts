import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConflictEntry, RowTables } from './bundle.ts';
import { visibleConflicts } from './conflicts.ts';
import { type Device, opArbitrary, runHistory } from './history.test-support.ts';
import { mergeRows, mergeTables } from './merge.ts';
import { fieldStamp, isSuperseded, rowFields, type SyncRow } from './row.ts';

type Db = Device['db'];
const merge = (a: Db, b: Db): Db => mergeTables(a, b);
const histories = (devices: number) => fc.array(opArbitrary(devices), { minLength: 1, maxLength: 40 });
const runs = { numRuns: 300 };

function row(
  fields: Record<string, unknown>,
  c: string,
  f?: Record<string, string>,
  x?: Record<string, string[]>,
): SyncRow {
  return { id: 'r1', ...fields, _c: c, ...(f ? { _f: f } : {}), ...(x ? { _x: x } : {}) } as SyncRow;
}
const S = (minute: number, device = 'a') =>
  `2026-03-01T09:${String(minute).padStart(2, '0')}:00.000Z-0000-${device.repeat(16).slice(0, 16)}`;

describe('mergeRows', () => {
  it('keeps, field by field, the value with the later stamp', () => {
    const base = { title: 'T0', notes: 'n0' };
    const a = row({ ...base, title: 'from A' }, S(0), { title: S(5, 'a') }, { title: [S(0)] });
    const b = row({ ...base, notes: 'from B' }, S(0), { notes: S(6, 'b') }, { notes: [S(0)] });
    const { row: merged, conflicts } = mergeRows('keyDates', a, b);
    expect(merged).toMatchObject({ title: 'from A', notes: 'from B' });
    expect(conflicts).toEqual([]);
  });

  it('keeps the losing value of a real conflict', () => {
    const a = row({ title: 'Webinar SEO' }, S(0), { title: S(5, 'a') });
    const b = row({ title: 'Webinar SEA' }, S(0), { title: S(7, 'b') });
    const { row: merged, conflicts } = mergeRows('keyDates', a, b);
    expect(merged.title).toBe('Webinar SEA');
    expect(conflicts).toEqual([
      expect.objectContaining({ field: 'title', value: 'Webinar SEO', stamp: S(5, 'a') }),
    ]);
  });

  it('breaks a tie of time and counter by device id', () => {
    const a = row({ title: 'A' }, S(0), { title: S(5, 'a') });
    const b = row({ title: 'B' }, S(0), { title: S(5, 'b') });
    expect(mergeRows('keyDates', a, b).row.title).toBe('B');
    expect(mergeRows('keyDates', b, a).row.title).toBe('B');
  });

  it('does not call a value a conflict when the winner knowingly overwrote it', () => {
    const a = row({ title: 'first' }, S(0), { title: S(5, 'a') });
    const b = row({ title: 'second' }, S(0), { title: S(8, 'b') }, { title: [S(0), S(5, 'a')] });
    expect(mergeRows('keyDates', a, b).conflicts).toEqual([]);
  });

  it('lets a deletion win over an earlier edit and keeps the edited fields in the tombstone', () => {
    const a = row({ title: 'edited' }, S(0), { title: S(5, 'a') });
    const b = { ...row({ title: 'T0' }, S(0), { _d: S(6, 'b') }), _d: true } as SyncRow;
    const merged = mergeRows('keyDates', a, b).row;
    expect(merged._d).toBe(true);
    expect(merged.title).toBe('edited');
  });

  it('does not report updatedAt as a conflict', () => {
    const a = row({ updatedAt: '2026-03-01T09:05:00.000Z', title: 'x' }, S(0), { updatedAt: S(5, 'a') });
    const b = row({ updatedAt: '2026-03-01T09:07:00.000Z', title: 'x' }, S(0), { updatedAt: S(7, 'b') });
    expect(mergeRows('keyDates', a, b).conflicts).toEqual([]);
  });
});

describe('mergeTables over random edit histories', () => {
  for (const devices of [2, 3]) {
    it(`is commutative on ${devices} devices`, () => {
      fc.assert(
        fc.property(histories(devices), (ops) => {
          const [a, b] = runHistory(devices, ops);
          expect(merge(a!.db, b!.db)).toEqual(merge(b!.db, a!.db));
        }),
        runs,
      );
    });

    it(`is idempotent on ${devices} devices`, () => {
      fc.assert(
        fc.property(histories(devices), (ops) => {
          const [a, b] = runHistory(devices, ops);
          const ab = merge(a!.db, b!.db);
          expect(merge(a!.db, a!.db)).toEqual(normalised(a!.db));
          expect(merge(ab, b!.db)).toEqual(ab);
          expect(merge(ab, ab)).toEqual(ab);
        }),
        runs,
      );
    });

    it(`makes both databases equal after importing each into the other, on ${devices} devices`, () => {
      fc.assert(
        fc.property(histories(devices), (ops) => {
          const [a, b] = runHistory(devices, ops);
          const bIntoA = merge(a!.db, b!.db);
          const aIntoB = merge(b!.db, bIntoA);
          expect(aIntoB).toEqual(bIntoA);
        }),
        runs,
      );
    });

    it(`loses no value on ${devices} devices unless a later stamped edit replaced it knowingly`, () => {
      fc.assert(
        fc.property(histories(devices), (ops) => {
          const [a, b] = runHistory(devices, ops);
          const merged = merge(a!.db, b!.db);
          for (const side of [a!.db, b!.db]) expectNothingLost(side.tables, merged);
        }),
        runs,
      );
    });
  }

  it('meets real conflicts in the generated histories (so the properties above test something)', () => {
    let withConflicts = 0;
    fc.assert(
      fc.property(histories(3), (ops) => {
        const [a, b, c] = runHistory(3, ops);
        if (visible(merge(merge(a!.db, b!.db), c!.db)).length > 0) withConflicts++;
      }),
      // A fixed seed: this counts over a sample, and the count must not depend on luck.
      { ...runs, seed: 20261128 },
    );
    expect(withConflicts).toBeGreaterThan(runs.numRuns / 20);
  });

  it('is associative on 3 devices', () => {
    fc.assert(
      fc.property(histories(3), (ops) => {
        const [a, b, c] = runHistory(3, ops);
        expect(merge(merge(a!.db, b!.db), c!.db)).toEqual(merge(a!.db, merge(b!.db, c!.db)));
      }),
      runs,
    );
  });

  it('converges on ten devices, whatever order each merges the others in', () => {
    fc.assert(
      fc.property(
        histories(10),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }),
        (ops, rotations) => {
          const devices = runHistory(10, ops);
          // Each device merges every other one, starting from a different device each time.
          const gathered = devices.map((device, i) => {
            let db = device.db;
            const start = rotations[i] ?? 0;
            for (let k = 0; k < devices.length; k++)
              db = merge(db, devices[(start + k) % devices.length]!.db);
            return db;
          });
          for (const db of gathered) expect(db).toEqual(gathered[0]);
          expect(visible(gathered[0]!)).toEqual(visible(gathered.at(-1)!));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps sync metadata bounded by the number of devices, not the number of edits', () => {
    fc.assert(
      fc.property(fc.array(opArbitrary(3), { minLength: 100, maxLength: 300 }), (ops) => {
        for (const device of runHistory(3, ops)) {
          for (const row of device.db.tables.keyDates) {
            for (const seen of Object.values(row._x ?? {})) expect(seen.length).toBeLessThanOrEqual(3);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('shows the same conflicts whatever the order of three merges', () => {
    fc.assert(
      fc.property(histories(3), (ops) => {
        const [a, b, c] = runHistory(3, ops);
        const one = merge(merge(a!.db, b!.db), c!.db);
        const two = merge(merge(c!.db, a!.db), b!.db);
        expect(visible(one)).toEqual(visible(two));
      }),
      runs,
    );
  });
});

/** A database as merge writes it: rows and conflicts in id order. */
function normalised(db: Db): Db {
  return merge(db, { tables: emptyLike(db.tables), conflicts: [] });
}

function emptyLike(tables: RowTables): RowTables {
  return Object.fromEntries(Object.keys(tables).map((t) => [t, []])) as unknown as RowTables;
}

function visible(db: Db) {
  const lookup = (table: keyof RowTables, id: string) => db.tables[table].find((r) => r.id === id);
  return visibleConflicts(lookup, db.conflicts);
}

function expectNothingLost(before: RowTables, merged: Db): void {
  for (const table of Object.keys(before) as (keyof RowTables)[]) {
    for (const old of before[table]) {
      const now = merged.tables[table].find((r) => r.id === old.id);
      expect(now, `${table}.${old.id} is still there`).toBeDefined();
      for (const field of rowFields(old)) {
        if (['createdAt', 'updatedAt', '_d'].includes(field)) continue;
        const stamp = fieldStamp(old, field);
        const kept =
          JSON.stringify(now?.[field]) === JSON.stringify(old[field]) ||
          merged.conflicts.some(
            (c: ConflictEntry) => c.recordId === old.id && c.field === field && c.stamp === stamp,
          ) ||
          isSuperseded(now?._x?.[field], stamp);
        expect(kept, `${table}.${old.id}.${field} = ${JSON.stringify(old[field])} survives`).toBe(true);
      }
    }
  }
}
