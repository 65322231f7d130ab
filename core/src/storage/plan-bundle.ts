import { tableNames } from '../model/tables.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type ConflictEntry } from '../sync/bundle.ts';
import type { SyncRow } from '../sync/row.ts';
import { allTables } from './bundle-io.ts';
import { deviceId } from './clock.ts';
import type { PlanDb } from './db.ts';
import { guard } from './errors.ts';

export interface PlanBundle {
  /** The bundle file's text, as `exportBundle` writes it, with this plan's records only. */
  text: string;
  /** The same text with `exportedAt` blanked: equal for equal contents, whenever exported. */
  content: string;
  records: number;
}

/**
 * One plan as a bundle: its row, every record pointing at it (tombstones included, so that
 * deletions travel) and the kept conflicts of those records. A sync folder holds one such file
 * per device in the plan's own sub-folder; it is merged with the same `importBundle`.
 */
export async function exportPlanBundle(
  db: PlanDb,
  planId: string,
  options: { now?: number; deviceName?: string } = {},
): Promise<PlanBundle> {
  const device = await guard(() => deviceId(db));
  return guard(() =>
    db.transaction('r', allTables(db), async () => {
      const tables: Record<string, SyncRow[]> = {};
      const ids = new Set<string>();
      let records = 0;
      for (const table of tableNames) {
        const rows = (
          table === 'plans'
            ? await db.plans.where('id').equals(planId).toArray()
            : await db.table(table).where('planId').equals(planId).toArray()
        ) as SyncRow[];
        rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        for (const row of rows) ids.add(`${table}:${row.id}`);
        tables[table] = rows;
        records += rows.length;
      }
      const conflicts = ((await db.conflicts.toArray()) as ConflictEntry[]).filter((c) =>
        ids.has(`${c.table}:${c.recordId}`),
      );
      const exportedAt = new Date(options.now ?? Date.now()).toISOString();
      const name = options.deviceName?.trim();
      // exportedAt is written first, so that blanking it for `content` touches the header only.
      const text = JSON.stringify({
        exportedAt,
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        device,
        ...(name ? { deviceName: name } : {}),
        tables,
        conflicts,
      });
      const stamp = `"exportedAt":"${exportedAt}"`;
      return { text, content: `"exportedAt":""${text.slice(1 + stamp.length)}`, records };
    }),
  );
}
