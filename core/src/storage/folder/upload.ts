import { changeKey } from '../../sync/folder/peers.ts';
import type { DavEntry } from '../../sync/folder/propfind.ts';
import { FolderError } from './errors.ts';
import type { DavClient } from './http.ts';

/**
 * Writes a file and checks what landed: PUT is not atomic on every server (rclone, Nextcloud
 * external storages) and some answer a PUT with an ETag that the next listing does not show
 * (Apache sends none). A listing of the file itself (Depth 0) must show the size sent; on a
 * mismatch the file is sent once more. A missing plan folder (404 on rclone, 409 on Apache and
 * sabre) is created and the write tried again.
 */
export async function putVerified(
  client: DavClient,
  url: string,
  folderUrl: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<{ key: string; entry: DavEntry }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    await putCreatingFolder(client, url, folderUrl, bytes, contentType);
    const listed = await client.list(url, 0).catch((error: unknown) => {
      if (error instanceof FolderError && error.code === 'not-found') return undefined;
      throw error;
    });
    const entry = listed?.self ?? listed?.children[0];
    if (entry && entry.length === String(bytes.length)) return { key: changeKey(entry), entry };
  }
  throw new FolderError('write-unverified');
}

async function putCreatingFolder(
  client: DavClient,
  url: string,
  folderUrl: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<void> {
  try {
    await client.put(url, bytes, contentType);
  } catch (error) {
    if (!(error instanceof FolderError) || (error.code !== 'not-found' && error.code !== 'conflict'))
      throw error;
    await client.mkcol(folderUrl);
    await client.put(url, bytes, contentType);
  }
}
