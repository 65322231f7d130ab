import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFile, encodeFile, FileRefused, readHeader } from './codec.ts';
import { FolderError } from './errors.ts';
import { KDF_ITERATIONS, keyFileFor, newKeyFile, parseKeyFile, unlockTeamKey } from './keys.ts';
import { GUNZIP_SLICE, GunzipError, gunzip, slices } from './streams.ts';

const info = { plan: 'plan-1', device: '0123456789abcdef', write: 'aaaaaaaaaaaaaaaa', seq: 1 };
const where = { plan: 'plan-1', device: '0123456789abcdef' };
const json = JSON.stringify({ format: 'jalon-bundle', text: 'Café — 12,5 %'.repeat(200) });

async function problem(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'read';
  } catch (error) {
    if (error instanceof FileRefused) return error.problem;
    throw error;
  }
}

describe('a device file, plain', () => {
  it('round-trips, gzipped to a fraction of the JSON', async () => {
    const bytes = await encodeFile(json, info);
    expect(bytes[0]).toBe(0x1f);
    expect(bytes.length).toBeLessThan(json.length / 4);
    expect(await decodeFile(bytes, where, undefined)).toMatchObject({ json, encrypted: false, header: info });
    expect(await readHeader(bytes, where)).toMatchObject({ write: info.write, seq: 1 });
  });

  it('is read as well when the server hands it over already decompressed', async () => {
    const bytes = gunzipSync(await encodeFile(json, info));
    expect((await decodeFile(bytes, where, undefined)).json).toBe(json);
  });

  it('refuses a file cut off mid-upload, at any length', async () => {
    const bytes = await encodeFile(json, info);
    for (const cut of [1, 10, 30, bytes.length / 2, bytes.length - 9, bytes.length - 1].map(Math.floor)) {
      expect(await problem(decodeFile(bytes.subarray(0, cut), where, undefined)), `cut at ${cut}`).toMatch(
        /truncated|not-gzip|damaged/,
      );
    }
  });

  it('refuses a payload changed after it was written (its SHA-256)', async () => {
    const framed = gunzipSync(await encodeFile(json, info));
    framed[framed.length - 3] = (framed[framed.length - 3] ?? 0) ^ 1;
    expect(await problem(decodeFile(gzipSync(framed), where, undefined))).toBe('checksum');
  });

  it('reads a plain bundle copied into the folder, and refuses junk', async () => {
    expect((await decodeFile(new TextEncoder().encode(json), where, undefined)).header).toBeUndefined();
    expect(await problem(decodeFile(new TextEncoder().encode('<html>login</html>'), where, undefined))).toBe(
      'not-jalon',
    );
    expect(await problem(decodeFile(Uint8Array.of(0x1f, 0x8b, 1, 2, 3), where, undefined))).toMatch(
      /not-gzip|truncated/,
    );
  });

  it('hands the inflater small slices, only as it asks for them', async () => {
    const bytes = new Uint8Array(3 * GUNZIP_SLICE + 5).map((_, i) => i % 251);
    const reader = slices(bytes).getReader();
    const sizes: number[] = [];
    const joined: number[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      sizes.push(r.value.length);
      joined.push(...r.value);
    }
    expect(sizes).toEqual([GUNZIP_SLICE, GUNZIP_SLICE, GUNZIP_SLICE, 5]);
    expect(new Uint8Array(joined)).toEqual(bytes);
  });

  it('inflates a file of many slices whole', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `line ${i} ${(i * 7919) % 10007}`).join('\n');
    const packed = gzipSync(text);
    expect(packed.length).toBeGreaterThan(4 * GUNZIP_SLICE);
    expect(new TextDecoder().decode(await gunzip(packed, 10_000_000))).toBe(text);
  });

  it('stops inflating a small file that decompresses to too much (a zip bomb)', async () => {
    const bomb = gzipSync(Buffer.alloc(5_000_000));
    expect(bomb.length).toBeLessThan(10_000);
    await expect(gunzip(bomb, 1_000_000)).rejects.toEqual(new GunzipError('too-large'));
  });
});

describe('a device file, encrypted with the team key', () => {
  it('round-trips; another key, no key, or a rename fails', async () => {
    const { teamKey, file } = await newKeyFile('correct horse battery staple');
    expect(teamKey.extractable).toBe(false);
    expect(file.iterations).toBe(KDF_ITERATIONS);
    const bytes = await encodeFile(json, info, teamKey);
    // The server sees no plain text.
    expect(gunzipSync(bytes).toString('latin1')).not.toContain('Café');
    expect((await decodeFile(bytes, where, teamKey)).json).toBe(json);

    const other = await newKeyFile('another passphrase');
    expect(await problem(decodeFile(bytes, where, other.teamKey))).toBe('decrypt');
    expect(await problem(decodeFile(bytes, where, undefined))).toBe('encrypted-no-key');

    // Renamed to another device, header edited to match: the tag covers both.
    const renamed = gunzipSync(bytes).toString('latin1').replace(info.device, 'ffffffffffffffff');
    const moved = { plan: 'plan-1', device: 'ffffffffffffffff' };
    expect(await problem(decodeFile(gzipSync(Buffer.from(renamed, 'latin1')), moved, teamKey))).toBe(
      'decrypt',
    );
  });

  it('gets the same team key from the passphrase, and refuses a wrong one', async () => {
    const made = await newKeyFile('pässphrase €');
    const read = parseKeyFile(JSON.stringify(made.file));
    const again = await unlockTeamKey('pässphrase €', read);
    const bytes = await encodeFile(json, info, made.teamKey);
    expect((await decodeFile(bytes, where, again)).json).toBe(json);
    await expect(unlockTeamKey('passphrase', read)).rejects.toEqual(new FolderError('wrong-passphrase'));
  });

  it('refuses a key file weakened below 600 000 iterations, or damaged', async () => {
    const made = await newKeyFile('x');
    const file = await keyFileFor(made.teamKey, made.file.salt);
    expect(() => parseKeyFile(JSON.stringify({ ...file, iterations: 1_000 }))).toThrow(FolderError);
    expect(() => parseKeyFile('{')).toThrow(FolderError);
  });
});
