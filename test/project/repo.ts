import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, for tests that check the project itself. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

/** Source files under `dir` (relative to the root), skipping dependencies and build output. */
export function sourceFiles(dir: string, extensions = ['.ts', '.tsx']): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (extensions.some((e) => name.endsWith(e))) out.push(relative(root, full));
    }
  };
  walk(join(root, dir));
  return out.sort();
}
