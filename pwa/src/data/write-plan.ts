import { createRecords, type RecordsByTable } from '@jalon/core';
import { db } from './db.ts';

export type PlanRecords = RecordsByTable;

export interface WriteProgress {
  done: number;
  total: number;
}

/** Writes a new plan whole or not at all (see core's createRecords), reporting progress. */
export function writePlan(
  records: PlanRecords,
  onProgress?: (progress: WriteProgress) => void,
): Promise<void> {
  return createRecords(db, records, onProgress);
}
