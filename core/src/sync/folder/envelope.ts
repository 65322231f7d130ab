import * as z from 'zod/mini';
import { DEVICE_ID_PATTERN } from '../hlc.ts';
import { fromUtf8, utf8 } from './text.ts';

/**
 * The frame of a device's file, which checks itself: some servers' PUT is not atomic (rclone,
 * Nextcloud external storages), so a reader may see a file cut off mid-upload. Layout:
 *
 *   magic (8 bytes) · format version (1) · mode (1) · header length (4, big-endian) · header · payload
 *
 * The header is JSON: the plan and device the file belongs to, a random id and a sequence number
 * of this write (to tell a twin install apart, see docs/sync-webdav.md), the payload's length and,
 * in plain mode, its SHA-256; encrypted, the per-file salt and IV (AES-GCM's tag checks the rest,
 * and the header itself is authenticated as associated data). The whole frame is then gzipped.
 */

export const MAGIC = Uint8Array.of(0x89, 0x4a, 0x4c, 0x4e, 0x0d, 0x0a, 0x1a, 0x0a);
export const ENVELOPE_VERSION = 1;
const PREFIX = MAGIC.length + 6;
const MAX_HEADER = 16 * 1024;

export const MODES = { plain: 0, encrypted: 1 } as const;
export type Mode = keyof typeof MODES;

const hex = (length: number) => z.string().check(z.regex(new RegExp(`^[0-9a-f]{${length}}$`)));
const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]+={0,2}$/), z.maxLength(64));

export const headerSchema = z.strictObject({
  plan: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  device: z.string().check(z.regex(DEVICE_ID_PATTERN)),
  /** Random per write: a file under my id with a write id I did not make is a twin's. */
  write: hex(16),
  seq: z.int().check(z.gte(1)),
  length: z.int().check(z.gte(0)),
  sha256: z.optional(hex(64)),
  salt: z.optional(base64),
  iv: z.optional(base64),
});
export type EnvelopeHeader = z.infer<typeof headerSchema>;

export type EnvelopeProblem =
  | 'not-jalon'
  | 'newer-version'
  | 'truncated'
  | 'damaged'
  /** The file says it belongs to another plan or device than its place in the folder. */
  | 'misplaced';

export class EnvelopeError extends Error {
  override readonly name = 'EnvelopeError';
  constructor(readonly problem: EnvelopeProblem) {
    super(problem);
  }
}

export interface Envelope {
  mode: Mode;
  header: EnvelopeHeader;
  /** The header's bytes as stored: the associated data of the encrypted mode. */
  headerBytes: Uint8Array;
  payload: Uint8Array;
}

export function hasMagic(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

export function frame(mode: Mode, header: EnvelopeHeader, payload: Uint8Array): Uint8Array {
  const headerBytes = utf8(JSON.stringify(header));
  const out = new Uint8Array(PREFIX + headerBytes.length + payload.length);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint8(MAGIC.length, ENVELOPE_VERSION);
  view.setUint8(MAGIC.length + 1, MODES[mode]);
  view.setUint32(MAGIC.length + 2, headerBytes.length);
  out.set(headerBytes, PREFIX);
  out.set(payload, PREFIX + headerBytes.length);
  return out;
}

/**
 * Reads a frame and checks everything that needs no key: magic, version, the header, the
 * payload's length, and that the file is the one expected at this place of the folder.
 */
export function unframe(bytes: Uint8Array, expected: { plan: string; device: string }): Envelope {
  if (!hasMagic(bytes)) throw new EnvelopeError('not-jalon');
  if (bytes.length < PREFIX) throw new EnvelopeError('truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(MAGIC.length);
  if (version > ENVELOPE_VERSION) throw new EnvelopeError('newer-version');
  if (version !== ENVELOPE_VERSION) throw new EnvelopeError('damaged');
  const modeByte = view.getUint8(MAGIC.length + 1);
  const mode = (Object.keys(MODES) as Mode[]).find((m) => MODES[m] === modeByte);
  if (!mode) throw new EnvelopeError('damaged');
  const headerLength = view.getUint32(MAGIC.length + 2);
  if (headerLength > MAX_HEADER) throw new EnvelopeError('damaged');
  if (bytes.length < PREFIX + headerLength) throw new EnvelopeError('truncated');
  const headerBytes = bytes.subarray(PREFIX, PREFIX + headerLength);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromUtf8(headerBytes));
  } catch {
    throw new EnvelopeError('damaged');
  }
  const header = headerSchema.safeParse(parsed);
  if (!header.success) throw new EnvelopeError('damaged');
  const payload = bytes.subarray(PREFIX + headerLength);
  if (payload.length < header.data.length) throw new EnvelopeError('truncated');
  if (payload.length > header.data.length) throw new EnvelopeError('damaged');
  if ((mode === 'plain') !== (header.data.sha256 !== undefined)) throw new EnvelopeError('damaged');
  if ((mode === 'encrypted') !== (header.data.iv !== undefined && header.data.salt !== undefined)) {
    throw new EnvelopeError('damaged');
  }
  if (header.data.plan !== expected.plan || header.data.device !== expected.device) {
    throw new EnvelopeError('misplaced');
  }
  return { mode, header: header.data, headerBytes, payload };
}

/** The associated data of an encrypted file: a file renamed to another device's name fails its tag. */
export function associatedData(plan: string, device: string, headerBytes: Uint8Array): Uint8Array {
  const prefix = utf8(`jalon|${ENVELOPE_VERSION}|${plan}|${device}|`);
  const out = new Uint8Array(prefix.length + headerBytes.length);
  out.set(prefix, 0);
  out.set(headerBytes, prefix.length);
  return out;
}
