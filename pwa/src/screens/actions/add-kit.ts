import type { KitRecords } from '@jalon/core';
import { write } from '../../data/write.ts';

/**
 * Writes what a kit brings — its actions, and the lever and key date it may create — in one
 * transaction (core's addRecords): never an anchor without its associated actions.
 */
export function addKit(records: KitRecords): Promise<void> {
  return write.addRecords(records);
}
