import type { KeyAction } from '@jalon/core';
import { write } from '../../data/write.ts';
import type { Draft } from '../../ui/records.ts';

/**
 * Saves an action through core's saveAction: a new one whole, an existing one by the fields the
 * user changed from `base`; the actions placed relative to it move with it in the same transaction.
 */
export function saveAction(
  planId: string,
  base: KeyAction | undefined,
  draft: Draft<'actions'>,
  restore = false,
): Promise<{ kept: string[] }> {
  return base
    ? write.saveAction({ planId, id: base.id, base, draft, ...(restore ? { restore: true } : {}) })
    : write.saveAction({ planId, draft });
}
