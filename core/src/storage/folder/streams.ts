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
 * How much compressed input the inflater gets at a time. Deflate expands at most ~1032 times, so
 * one step yields at most ~8 MB: the browser inflates each input chunk in one go on the page's
 * thread, and a zip bomb handed over whole froze the page for seconds before the cap could stop it.
 */
export const GUNZIP_SLICE = 8 * 1024;

/** Output between two turns given back to the event loop while inflating. */
const YIELD_EVERY = 4 * 1024 * 1024;

/** The bytes as a stream of slices of at most `size`, each given only when the reader wants more. */
export function slices(bytes: Uint8Array, size = GUNZIP_SLICE): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= bytes.length) {
          controller.close();
          return;
        }
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * Decompresses, stopping as soon as the output passes `max` bytes: a small file may inflate to
 * gigabytes (a zip bomb), and the page must not freeze or run out of memory reading it.
 */
export async function gunzip(bytes: Uint8Array, max: number): Promise<Uint8Array> {
  const reader = slices(bytes)
    .pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let produced = false;
  let sinceBreak = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      produced = true;
      total += value.byteLength;
      if (total > max) {
        // Reading stops here: the inflater waits (nothing pulls) and goes with the stream. Not
        // cancelled: Node 20's inflater may still push a chunk into a cancelled stream and throw.
        reader.releaseLock();
        throw new GunzipError('too-large');
      }
      chunks.push(value);
      // Reads resolve as microtasks, which never let the page draw or answer a click: give the
      // event loop a turn every few megabytes.
      sinceBreak += value.byteLength;
      if (sinceBreak >= YIELD_EVERY) {
        sinceBreak = 0;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
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
