import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './support.ts';

/** Every file of the built extension, by path relative to dist. */
export function distFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(EXTENSION_DIR, full));
    }
  };
  walk(EXTENSION_DIR);
  return out.sort();
}

export const readDist = (path: string) => readFileSync(join(EXTENSION_DIR, path), 'utf8');

/**
 * The JavaScript an extension page loads: its entry module and every chunk it imports,
 * followed through the static `import … from "./x.js"` statements of the bundle.
 */
export function pageScripts(htmlPath: string): string[] {
  const html = readDist(htmlPath);
  const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1] as string);
  return closure(entries);
}

export function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readDist(file);
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js|\/[^"']+\.js)["']/g)) {
      const spec = m[1] as string;
      visit(spec.startsWith('/') ? spec.slice(1) : join(file, '..', spec));
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen].sort();
}

export function gzipBytes(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(EXTENSION_DIR, file))).length, 0);
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
