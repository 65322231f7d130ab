// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { damagedFileMessage, type FileProblem } from '@jalon/core';
import { editRecord, getRecord, listRecords } from '@jalon/core/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileFiles } from './hostile-files.ts';
import { Device, freshFolder, makeExample, type Server, startServer } from './support.ts';

/**
 * Files no device of Jalon writes, put in the folder as if by other devices: JSON nested
 * 100 000 deep (plain and gzipped) and a zip bomb (a small, valid gzip of a quarter gigabyte).
 * Each is refused with its reason and its device named; the good devices still sync.
 */
describe.each(['apache', 'rclone'] as const)('hostile files in the folder, %s', (kind) => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses deep nesting and a zip bomb, naming each, and syncs the others', async () => {
    const folder = await freshFolder(server);
    const reader = new Device('Reader');
    const good = new Device('Good');
    const planId = await makeExample(good);
    await good.setup(folder.url);
    await reader.setup(folder.url);
    await good.sync();
    await reader.sync();
    const hostile = await hostileFiles();
    for (const [device, { bytes }] of Object.entries(hostile)) {
      writeFileSync(join(folder.root, planId, `${device}.json.gz`), bytes);
    }
    const [action] = await listRecords(good.db, 'actions', planId);
    await editRecord(good.db, 'actions', action!.id, {
      base: action!,
      draft: { ...action!, title: 'Still syncs' },
    });
    await good.sync();

    const report = await reader.sync();
    expect(report.ok).toBe(true);
    expect(report.damaged.map((d) => [d.device, d.problem]).sort()).toEqual(
      Object.entries(hostile).map(([device, { problem }]) => [device, problem]),
    );
    expect(await getRecord(reader.db, 'actions', action!.id)).toMatchObject({ title: 'Still syncs' });
    for (const d of report.damaged) {
      expect(damagedFileMessage(d.device, d.problem as FileProblem, 'en')).toMatch(
        /^The file of device “d00000000000a00\d” was not merged \((the file holds data nested too deeply|file too large)\)/,
      );
    }
    // Refused again next round (never merged), and the good device is not disturbed.
    expect((await reader.sync()).damaged).toHaveLength(4);
    expect(await good.sync()).toMatchObject({ ok: true });
    expect(await reader.contents(planId)).toEqual(await good.contents(planId));
  });
});
