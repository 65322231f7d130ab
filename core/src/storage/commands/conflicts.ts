import type { VisibleConflict } from '../../sync/conflicts.ts';
import { type SyncRow, supersede } from '../../sync/row.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { updateRecord } from '../repository.ts';

/**
 * Settles a conflict kept for review, in one transaction:
 * - `keep-current` keeps the value the record holds; the kept one joins the field's overwritten
 *   history, which hides it here and on every device this database syncs with;
 * - `use-kept` writes the kept value back as a new local edit, and the value it replaces is known
 *   as overwritten (the user saw both).
 */
export async function resolveConflict(
  db: PlanDb,
  conflict: VisibleConflict,
  choice: 'keep-current' | 'use-kept',
): Promise<void> {
  await guard(() =>
    db.transaction('rw', db.table(conflict.table), db.conflicts, db.meta, async () => {
      if (choice === 'use-kept') {
        await updateRecord(db, conflict.table, conflict.recordId, {
          [conflict.field]: conflict.value ?? undefined,
        } as never);
      }
      const row = (await db.table(conflict.table).get(conflict.recordId)) as SyncRow | undefined;
      if (row) {
        const overwritten = {
          ...row._x,
          [conflict.field]: supersede(row._x?.[conflict.field], conflict.stamp),
        };
        await db.table(conflict.table).put({ ...row, _x: overwritten });
      }
      await db.conflicts.delete(conflict.id);
    }),
  );
}
