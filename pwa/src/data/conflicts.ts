import { stampDevice, type VisibleConflict } from '@jalon/core';
import { deviceId, deviceNames, getRecord, listConflicts } from '@jalon/core/storage';
import { planDb } from './db.ts';

// Apart from queries.ts: the device names come with the folder sync code, which only the Sync
// screen needs, not the first screen.

/** A record's name for people: the first text field it has. */
function labelOf(record: Record<string, unknown> | undefined): string {
  for (const field of ['title', 'name', 'label', 'text']) {
    const value = record?.[field];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 120);
  }
  return '';
}

/** Who wrote a value: this device, the name its user gave another device, or that device's id. */
export type Writer = { self: boolean; name: string };

/** The conflicts to review, each with the name of the record it is about and who wrote each value. */
export async function conflictsWithLabels(): Promise<
  (VisibleConflict & { label: string; otherBy: Writer; currentBy: Writer })[]
> {
  const db = planDb();
  const [found, names, self] = await Promise.all([listConflicts(db), deviceNames(db), deviceId(db)]);
  const writer = (stamp: string): Writer => {
    const device = stampDevice(stamp);
    return { self: device === self, name: names[device] ?? device };
  };
  return Promise.all(
    found.map(async (c) => ({
      ...c,
      label: labelOf((await getRecord(db, c.table, c.recordId)) as Record<string, unknown> | undefined),
      otherBy: writer(c.stamp),
      currentBy: writer(c.currentStamp),
    })),
  );
}
