import { renewDeviceId } from '../clock.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { addNames, type PlanState } from './state.ts';

/**
 * Takes a new device id and forgets which file was ours: the old id's file is now another
 * device's, read (and merged, which changes nothing) like any other. The name follows.
 */
export async function renew(db: PlanDb, deviceName: string): Promise<string> {
  const { previous, id } = await renewDeviceId(db);
  await guard(() =>
    db.folderSync
      .where('key')
      .startsWith('plan:')
      .modify((row) => {
        const state = row.value as PlanState;
        delete state.own;
        if (state.peers) delete state.peers[id];
      }),
  );
  if (deviceName) await addNames(db, { [previous]: deviceName, [id]: deviceName });
  return id;
}
