import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Vite's build manifest (build.manifest: true): source path → chunk file and its imports. */
type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[]; src?: string }>;

export const INITIAL_JS_BUDGET = 70 * 1024;
export const TODAY_ROUTE = 'src/screens/today/index.tsx';

export interface InitialJs {
  files: { file: string; gzip: number }[];
  gzip: number;
}

/**
 * The JavaScript the first screen needs: the entry chunk, the /today route chunk and every chunk
 * either imports statically (followed transitively), each counted once, gzipped.
 */
export function initialJs(dist: string): InitialJs {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  if (!entry || !manifest[TODAY_ROUTE]) throw new Error('manifest without an entry or the /today route');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entry);
  visit(TODAY_ROUTE);
  const files = [...seen].map((key) => {
    const file = manifest[key]!.file;
    return { file, gzip: gzipSync(readFileSync(join(dist, file))).length };
  });
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}
