import { bundleLimits } from '../../sync/bundle.ts';
import {
  associatedData,
  EnvelopeError,
  type EnvelopeHeader,
  frame,
  hasMagic,
  unframe,
} from '../../sync/folder/envelope.ts';
import type { FileProblem } from '../../sync/folder/messages.ts';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../sync/folder/text.ts';
import { fileKey } from './keys.ts';
import { GunzipError, gunzip, gzip, randomBytes, sha256Hex } from './streams.ts';

/**
 * A device's file on the server: the bundle's JSON in a self-checking frame (see envelope.ts),
 * gzipped. Encrypted, the frame's payload is the gzipped JSON under AES-256-GCM (compressed
 * before it is encrypted, since ciphertext does not compress); the outer gzip then gains nothing
 * but keeps every `.json.gz` a real gzip stream, which a server that serves `.gz` with
 * `Content-Encoding: gzip` may hand over already decompressed: reading sniffs the bytes.
 */

export class FileRefused extends Error {
  override readonly name = 'FileRefused';
  constructor(readonly problem: FileProblem) {
    super(problem);
  }
}

export interface WriteInfo {
  plan: string;
  device: string;
  write: string;
  seq: number;
}

export async function encodeFile(json: string, info: WriteInfo, teamKey?: CryptoKey): Promise<Uint8Array> {
  const plain = utf8(json);
  if (!teamKey) {
    const header: EnvelopeHeader = { ...info, length: plain.length, sha256: await sha256Hex(plain) };
    return gzip(frame('plain', header, plain));
  }
  const inner = await gzip(plain);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header: EnvelopeHeader = {
    ...info,
    length: inner.length + 16, // the GCM tag
    salt: toBase64(salt),
    iv: toBase64(iv),
  };
  const aad = associatedData(info.plan, info.device, utf8(JSON.stringify(header)));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad as BufferSource },
    await fileKey(teamKey, salt, 'encrypt'),
    inner as BufferSource,
  );
  return gzip(frame('encrypted', header, new Uint8Array(cipher)));
}

export interface DecodedFile {
  json: string;
  /** Absent for a plain `.json` copied into the folder by hand. */
  header?: EnvelopeHeader;
  encrypted: boolean;
}

/** The most a file may hold once decompressed: a bundle's own cap. */
const MAX_PLAIN = bundleLimits.maxChars;

/**
 * Reads a device's file, checking it whole before anything is merged: gzip (or already
 * decompressed), the frame, then the SHA-256 or the GCM tag. Refusals carry their reason.
 */
export async function decodeFile(
  bytes: Uint8Array,
  expected: { plan: string; device: string },
  teamKey: CryptoKey | undefined,
): Promise<DecodedFile> {
  // Shorter than any gzip stream: an upload that has just begun (rclone creates the file empty).
  if (bytes.length < 18) throw new FileRefused('truncated');
  let data = bytes;
  if (data[0] === 0x1f && data[1] === 0x8b) data = await inflate(data);
  if (hasMagic(data)) return readFrame(data, expected, teamKey);
  // A plain bundle (a `.json` someone copied in): the bundle's own checks apply on import.
  const start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  if (data[start] === 0x7b) {
    try {
      return { json: fromUtf8(data.subarray(start)), encrypted: false };
    } catch {
      throw new FileRefused('damaged');
    }
  }
  throw new FileRefused('not-jalon');
}

async function readFrame(
  data: Uint8Array,
  expected: { plan: string; device: string },
  teamKey: CryptoKey | undefined,
): Promise<DecodedFile> {
  let envelope: ReturnType<typeof unframe>;
  try {
    envelope = unframe(data, expected);
  } catch (error) {
    if (error instanceof EnvelopeError) throw new FileRefused(error.problem);
    throw error;
  }
  const { header, payload } = envelope;
  if (envelope.mode === 'plain') {
    if ((await sha256Hex(payload)) !== header.sha256) throw new FileRefused('checksum');
    try {
      return { json: fromUtf8(payload), header, encrypted: false };
    } catch {
      throw new FileRefused('damaged');
    }
  }
  if (!teamKey) throw new FileRefused('encrypted-no-key');
  const salt = fromBase64(header.salt ?? '');
  const iv = fromBase64(header.iv ?? '');
  if (!salt || !iv || iv.length !== 12) throw new FileRefused('damaged');
  let inner: Uint8Array;
  try {
    inner = new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: iv as BufferSource,
          additionalData: associatedData(
            expected.plan,
            expected.device,
            envelope.headerBytes,
          ) as BufferSource,
        },
        await fileKey(teamKey, salt, 'decrypt'),
        payload as BufferSource,
      ),
    );
  } catch {
    throw new FileRefused('decrypt');
  }
  try {
    return { json: fromUtf8(await inflate(inner)), header, encrypted: true };
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    throw new FileRefused('damaged');
  }
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    return await gunzip(bytes, MAX_PLAIN);
  } catch (error) {
    if (error instanceof GunzipError) throw new FileRefused(error.problem);
    throw error;
  }
}

/** Only the header, for telling whose write a file is (twin detection) without decrypting it. */
export async function readHeader(
  bytes: Uint8Array,
  expected: { plan: string; device: string },
): Promise<EnvelopeHeader | undefined> {
  try {
    let data = bytes;
    if (data[0] === 0x1f && data[1] === 0x8b) data = await inflate(data);
    return hasMagic(data) ? unframe(data, expected).header : undefined;
  } catch {
    return undefined;
  }
}
