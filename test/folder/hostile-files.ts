import { createGzip, gzipSync } from 'node:zlib';

/** How deep the hostile files nest: far past any parser's recursion limit. */
export const NESTING = 100_000;

/** A bundle-looking JSON text with 100 000 nested arrays (or objects) in it. */
export function deeplyNested(kind: 'arrays' | 'objects'): string {
  const head = '{"format":"jalon-bundle","version":2,"tables":';
  const body =
    kind === 'arrays'
      ? `${'['.repeat(NESTING)}${']'.repeat(NESTING)}`
      : `${'{"a":'.repeat(NESTING)}1${'}'.repeat(NESTING)}`;
  return `${head}${body}}`;
}

/**
 * A valid gzip stream of `megabytes` of zeros: about a thousandth of that on the server, far
 * more than any device's file once inflated. Made in chunks, never whole in memory.
 */
export async function zipBomb(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) {
    if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(out);
}

let made: Promise<Record<string, { bytes: Buffer; problem: string }>> | undefined;

/** The hostile files "other devices" put in a plan folder, by device id (16 hex digits). */
export function hostileFiles(): Promise<Record<string, { bytes: Buffer; problem: string }>> {
  made ??= make();
  return made;
}

async function make(): Promise<Record<string, { bytes: Buffer; problem: string }>> {
  return {
    d00000000000a001: { bytes: Buffer.from(deeplyNested('arrays')), problem: 'too-deep' },
    d00000000000a002: { bytes: gzipSync(deeplyNested('objects')), problem: 'too-deep' },
    d00000000000a003: { bytes: gzipSync(deeplyNested('arrays')), problem: 'too-deep' },
    d00000000000a004: { bytes: await zipBomb(256), problem: 'too-large' },
  };
}
