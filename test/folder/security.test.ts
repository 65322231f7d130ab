// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FolderError, getRecord } from '@jalon/core/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApacheServer, startApache } from '../support/apache.ts';
import { Device, freshFolder, makeExample, PASSWORD, USER } from './support.ts';

/**
 * What must not leak or hang, against a real Apache: a redirect elsewhere is never followed with
 * the password, an encrypted folder holds only ciphertext and a wrong passphrase writes nothing,
 * and a huge file from the server is refused without being read whole.
 */
describe('folder sync security', () => {
  let apache: ApacheServer;
  let elsewhere: HttpServer;
  const seen: string[] = [];

  beforeAll(async () => {
    // Another origin, recording whatever reaches it.
    elsewhere = createServer((request, response) => {
      seen.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
      response.writeHead(207, { 'Content-Type': 'application/xml' }).end('<multistatus xmlns="DAV:"/>');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const port = (elsewhere.address() as AddressInfo).port;
    apache = await startApache({
      user: USER,
      password: PASSWORD,
      redirectTo: `http://127.0.0.1:${port}/stolen/`,
    });
  });
  afterAll(async () => {
    await apache?.close();
    elsewhere?.close();
    elsewhere?.closeAllConnections();
  });

  it('does not follow a redirect to another server with the password', async () => {
    const device = new Device('Redirected');
    await makeExample(device);
    await device.setup(`${apache.origin}/moved/`);
    const summary = await device.sync();
    expect(summary).toMatchObject({ ok: false, error: { code: 'redirect' } });
    expect(JSON.stringify(summary)).not.toContain(PASSWORD);
    expect(seen).toEqual([]);
  });

  it('keeps only ciphertext on the server; a wrong passphrase saves and writes nothing', async () => {
    const folder = await freshFolder(apache);
    const a = new Device('A');
    const planId = await makeExample(a, 'en');
    const plan = await getRecord(a.db, 'plans', planId);
    await a.setup(folder.url, { passphrase: 'correct horse battery' });
    expect(await a.sync()).toMatchObject({ ok: true, uploaded: 1 });
    const files = readdirSync(join(folder.root, planId));
    expect(files.some((f) => f.endsWith('.json.gz'))).toBe(true);
    expect(files).not.toContain('calendar.ics'); // it would be readable on the server
    for (const name of files) {
      const bytes = readFileSync(join(folder.root, planId, name));
      const text = (() => {
        try {
          return gunzipSync(bytes).toString('latin1');
        } catch {
          return bytes.toString('latin1');
        }
      })();
      expect(text).not.toContain(plan!.name);
    }
    const wrong = new Device('B');
    await expect(wrong.setup(folder.url, { passphrase: 'wrong horse' })).rejects.toEqual(
      new FolderError('wrong-passphrase'),
    );
    await expect(wrong.sync()).rejects.toThrow('not-configured');
    const right = new Device('C');
    await right.setup(folder.url, { passphrase: 'correct horse battery' });
    expect(await right.sync()).toMatchObject({ ok: true, downloaded: 1 });
    expect(await right.contents(planId)).toEqual(await a.contents(planId));
  });

  it('refuses a huge file from another device without reading it whole, and still syncs', async () => {
    const folder = await freshFolder(apache);
    const a = new Device('A');
    const planId = await makeExample(a);
    await a.setup(folder.url);
    await a.sync();
    writeFileSync(
      join(folder.root, planId, 'ffffffffffffffff.json.gz'),
      Buffer.alloc(70 * 1024 * 1024, 0x1f),
    );
    const summary = await a.sync();
    expect(summary.ok).toBe(true);
    expect(summary.damaged).toEqual([
      expect.objectContaining({ device: 'ffffffffffffffff', problem: 'too-large' }),
    ]);
  });
});
