import { changeKey, keyFileIn } from '../../sync/folder/peers.ts';
import type { DavListing } from '../../sync/folder/propfind.ts';
import { utf8 } from '../../sync/folder/text.ts';
import { childUrl, KEY_FILE } from '../../sync/folder/urls.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { FolderError } from './errors.ts';
import type { DavClient } from './http.ts';
import { checkTeamKey, keyFileFor, parseKeyFile } from './keys.ts';
import { type FolderSetup, writeSetup } from './state.ts';

/**
 * Which key a folder (the root, or a plan's folder) is written with. The key file decides, and
 * each plan folder holds a copy of the root's, so that the one listing a round makes of a plan
 * shows at once that the team turned encryption on:
 * - present, this device needs the team key that file checks, else nothing is written
 *   (`passphrase-needed`; the key is dropped when the file now checks another one);
 * - absent, a device with a team key writes it (again). Read only when its listing changed.
 */
export async function teamKeyFor(
  db: PlanDb,
  client: DavClient,
  setup: FolderSetup,
  folderUrl: string,
  listing: DavListing | undefined,
): Promise<CryptoKey | undefined> {
  const entry = listing ? keyFileIn(listing) : undefined;
  const url = childUrl(folderUrl, KEY_FILE);
  if (!entry) {
    if (!setup.encrypt) return undefined;
    if (!setup.teamKey || !setup.keySalt) throw new FolderError('passphrase-needed');
    const file = await keyFileFor(setup.teamKey, setup.keySalt);
    await client.put(url, utf8(JSON.stringify(file, null, 2)), 'application/json');
    return setup.teamKey;
  }
  if (!setup.teamKey) throw new FolderError('passphrase-needed');
  const seenKey = `keyfile:${folderUrl}`;
  const seen = (await guard(() => db.folderSync.get(seenKey)))?.value;
  if (seen === changeKey(entry)) return setup.teamKey;
  const got = await client.get(url, { maxBytes: 64 * 1024 });
  if (got.notModified) return setup.teamKey;
  const file = parseKeyFile(new TextDecoder().decode(got.bytes));
  if (file.salt !== setup.keySalt || !(await checkTeamKey(setup.teamKey, file))) {
    // Another key now (the folder was re-keyed): ask for the passphrase again, write nothing.
    const { teamKey: _key, keySalt: _salt, ...rest } = setup;
    await writeSetup(db, rest);
    throw new FolderError('passphrase-needed');
  }
  await guard(() => db.folderSync.put({ key: seenKey, value: changeKey(entry) }));
  return setup.teamKey;
}
