import { concat } from './http.ts';

/** gzip through the platform's CompressionStream (browsers, workers, Node 20). */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export class GunzipError extends Error {
  override readonly name = 'GunzipError';
  constructor(readonly problem: 'too-large' | 'not-gzip' | 'truncated') {
    super(problem);
  }
}

/**
 * Decompresses, stopping as soon as the output passes `max` bytes: a small file may inflate to
 * gigabytes (a zip bomb), and the page must not freeze or run out of memory reading it.
 */
export async function gunzip(bytes: Uint8Array, max: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let produced = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      produced = true;
      total += value.byteLength;
      if (total > max) {
        await reader.cancel().catch(() => {});
        throw new GunzipError('too-large');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof GunzipError) throw error;
    // A stream cut off mid-upload ends early; anything else is not gzip at all.
    throw new GunzipError(produced ? 'truncated' : 'not-gzip');
  }
  return concat(chunks, total);
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function randomHex(bytes: number): string {
  return Array.from(randomBytes(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
