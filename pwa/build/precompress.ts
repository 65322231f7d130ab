import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(?:js|css|html|svg|webmanifest)$/;

/**
 * Writes a .br and a .gz copy beside each text file of the build, so that a server can send them
 * as they are (Caddy's `precompressed`, nginx's `gzip_static` / `brotli_static`) rather than
 * compressing on every request, and at the highest levels. The service worker does not precache them.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'jalon:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!TEXT.test(fileName)) continue;
        const data = Buffer.from(output.type === 'chunk' ? output.code : output.source);
        if (data.length < 1024) continue; // not worth a round of decompression
        const path = join(outDir, fileName);
        writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}
