// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import {
  addRecord,
  deleteRecord,
  editRecord,
  getRecord,
  listConflicts,
  listRecords,
  type PlanDb,
} from '@jalon/core/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Device, filesOnServer, freshFolder, makeExample, type Server, startServer } from './support.ts';

async function edit(db: PlanDb, id: string, changes: Record<string, string>): Promise<void> {
  const base = (await getRecord(db, 'actions', id))!;
  await editRecord(db, 'actions', id, { base, draft: { ...base, ...changes } });
}

/**
 * Two people with two devices each share one plan through the folder: four files, each device
 * merging the three others. Everyone edits; two of them edit the same field without seeing each
 * other. In the end the four databases hold the same plan, with that one conflict on each.
 */
describe.each(['apache', 'rclone'] as const)('two people, four devices, through %s', (kind) => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('converges: every edit on every device, one conflict kept on all four', async () => {
    const folder = await freshFolder(server);
    const clairePhone = new Device('Claire — téléphone');
    const claireDesk = new Device('Claire — bureau');
    const paulPhone = new Device('Paul — téléphone');
    const paulLaptop = new Device('Paul — portable');
    const all = [clairePhone, claireDesk, paulPhone, paulLaptop];
    const planId = await makeExample(claireDesk);
    for (const device of all) await device.setup(folder.url);
    // The desk shares the plan first; then everyone receives it.
    for (const device of [claireDesk, ...all]) expect(await device.sync()).toMatchObject({ ok: true });
    const actions = await listRecords(paulLaptop.db, 'actions', planId);
    expect(actions.length).toBeGreaterThanOrEqual(5);
    const [shared, a, b, c, d] = actions;

    // Everyone works offline of each other: each on their own records…
    await edit(clairePhone.db, a!.id, { title: 'Claire, on the phone' });
    await edit(claireDesk.db, b!.id, { owner: 'Claire, at the desk' });
    await edit(paulPhone.db, c!.id, { title: 'Paul, on the phone' });
    await deleteRecord(paulLaptop.db, 'actions', d!.id);
    const { id: _id, createdAt: _c, updatedAt: _u, ...template } = a!;
    const added = await addRecord(paulLaptop.db, 'actions', { ...template, title: 'Added on the laptop' });
    // …and two of them on the same field of the same record.
    await edit(claireDesk.db, shared!.id, { title: 'Claire’s title' });
    await edit(paulLaptop.db, shared!.id, { title: 'Paul’s title' });

    // Two passes of everyone syncing, in turn, as they come online.
    for (let pass = 0; pass < 2; pass++) {
      for (const device of all) expect(await device.sync()).toMatchObject({ ok: true, damaged: [] });
    }
    expect(Object.keys(filesOnServer(folder, planId)).filter((f) => f.endsWith('.json.gz'))).toHaveLength(4);

    const expected = await clairePhone.contents(planId);
    for (const device of all) {
      expect(await device.contents(planId), device.name).toEqual(expected);
      expect(await getRecord(device.db, 'actions', a!.id)).toMatchObject({ title: 'Claire, on the phone' });
      expect(await getRecord(device.db, 'actions', b!.id)).toMatchObject({ owner: 'Claire, at the desk' });
      expect(await getRecord(device.db, 'actions', c!.id)).toMatchObject({ title: 'Paul, on the phone' });
      expect(await getRecord(device.db, 'actions', added.id)).toMatchObject({ title: 'Added on the laptop' });
      expect(await getRecord(device.db, 'actions', d!.id)).toBeUndefined();
      const conflicts = await listConflicts(device.db);
      expect(
        conflicts.map((x) => [x.recordId, x.field]),
        device.name,
      ).toEqual([[shared!.id, 'title']]);
      // Both typed titles are there: one as the value, the other kept for review.
      const title = (await getRecord(device.db, 'actions', shared!.id))!.title;
      expect([title, conflicts[0]!.value].sort()).toEqual(['Claire’s title', 'Paul’s title']);
    }
    expect(await listConflicts(claireDesk.db)).toEqual(await listConflicts(paulPhone.db));
  });
});
