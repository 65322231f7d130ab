import { createRecords, type KitRecords } from '@jalon/core';
import { db } from '../../data/db.ts';

/**
 * Writes what a kit brings — its actions, and the lever and key date it may create — in one
 * transaction (core's createRecords): never an anchor without its associated actions.
 */
export function addKit(records: KitRecords): Promise<void> {
  return createRecords(db, records);
}
