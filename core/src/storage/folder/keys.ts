import * as z from 'zod/mini';
import { fromBase64, toBase64, utf8 } from '../../sync/folder/text.ts';
import { FolderError } from './errors.ts';
import { randomBytes } from './streams.ts';

/**
 * The team key of an end-to-end encrypted folder. The passphrase goes through PBKDF2-SHA-256 at
 * OWASP's 600 000 iterations (2023 cheat sheet, still current) with a random 16-byte salt kept in
 * the folder's `jalon-key.json`; that gives a non-extractable HKDF key, kept on the device in place of
 * the passphrase (which is never stored). Each file then gets its own AES-256-GCM key from HKDF
 * with a random per-file salt: one slow derivation per device, not one per download. The key
 * file also holds a key check (a fixed text encrypted with the key), so a wrong passphrase is
 * told apart from a damaged file and never writes anything.
 */

export const KDF_ITERATIONS = 600_000;
/** Refused below (a server replacing the key file must not weaken the key) and above (a stall). */
const MIN_ITERATIONS = 600_000;
const MAX_ITERATIONS = 10_000_000;
const CHECK_TEXT = 'jalon-team-key-check';

const b64 = z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/), z.maxLength(64));

export const keyFileSchema = z.strictObject({
  format: z.literal('jalon-key'),
  version: z.literal(1),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.int().check(z.gte(MIN_ITERATIONS), z.lte(MAX_ITERATIONS)),
  salt: b64,
  check: z.strictObject({ salt: b64, iv: b64, data: b64 }),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export function parseKeyFile(text: string): KeyFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new FolderError('key-damaged');
  }
  const parsed = keyFileSchema.safeParse(data);
  if (!parsed.success) throw new FolderError('key-damaged');
  return parsed.data;
}

function bytes(text: string): Uint8Array {
  const out = fromBase64(text);
  if (!out) throw new FolderError('key-damaged');
  return out;
}

/** The slow step: passphrase → the device's kept team key (HKDF, not extractable). */
export async function deriveTeamKey(
  passphrase: string,
  salt: string,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')) as BufferSource,
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt) as BufferSource, iterations },
    material,
    256,
  );
  return crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
}

/** A file's own AES-256-GCM key. */
export function fileKey(
  teamKey: CryptoKey,
  salt: Uint8Array,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: salt as BufferSource,
      info: utf8('jalon-file-v1') as BufferSource,
    },
    teamKey,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** A new key file for a folder that has none, and the team key it checks. */
export async function newKeyFile(passphrase: string): Promise<{ file: KeyFile; teamKey: CryptoKey }> {
  const salt = toBase64(randomBytes(16));
  const teamKey = await deriveTeamKey(passphrase, salt, KDF_ITERATIONS);
  return { file: await keyFileFor(teamKey, salt), teamKey };
}

/** The key file of a team key and its salt, with a fresh key check. */
export async function keyFileFor(teamKey: CryptoKey, salt: string): Promise<KeyFile> {
  const checkSalt = randomBytes(16);
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    await fileKey(teamKey, checkSalt, 'encrypt'),
    utf8(CHECK_TEXT) as BufferSource,
  );
  return {
    format: 'jalon-key',
    version: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations: KDF_ITERATIONS,
    salt,
    check: { salt: toBase64(checkSalt), iv: toBase64(iv), data: toBase64(new Uint8Array(data)) },
  };
}

/** Whether `teamKey` is the one the key file checks (else: a wrong passphrase). */
export async function checkTeamKey(teamKey: CryptoKey, file: KeyFile): Promise<boolean> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes(file.check.iv) as BufferSource },
      await fileKey(teamKey, bytes(file.check.salt), 'decrypt'),
      bytes(file.check.data) as BufferSource,
    );
    return new TextDecoder().decode(plain) === CHECK_TEXT;
  } catch (error) {
    if (error instanceof FolderError) throw error;
    return false;
  }
}

/** Derives the team key from the passphrase and the folder's key file, refusing a wrong passphrase. */
export async function unlockTeamKey(passphrase: string, file: KeyFile): Promise<CryptoKey> {
  const teamKey = await deriveTeamKey(passphrase, file.salt, file.iterations);
  if (!(await checkTeamKey(teamKey, file))) throw new FolderError('wrong-passphrase');
  return teamKey;
}
