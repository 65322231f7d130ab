import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Vite's build manifest (build.manifest: true): source path → chunk file and its imports. */
type Manifest = Record<string, { file: string; isEntry?: boolean; imports?: string[]; src?: string }>;

/**
 * The screens whose JavaScript has a budget. A first visit opens Start (no plan yet); a returning
 * visit opens the home screen, Today, which needs the database (Dexie alone is ~30 kB gzipped).
 * Whoever changes either screen, or what the shell loads, sees these figures move.
 */
export const SCREENS = {
  firstVisit: {
    route: 'src/screens/start/index.tsx',
    budget: 45 * 1024,
    name: 'first visit (entry + /start)',
  },
  home: {
    route: 'src/screens/today/index.tsx',
    budget: 70 * 1024,
    name: 'home with a plan (entry + /today)',
  },
} as const;
export type ScreenId = keyof typeof SCREENS;

export interface InitialJs {
  files: { file: string; gzip: number }[];
  gzip: number;
}

/**
 * The JavaScript a screen needs before it is complete: the entry chunk, the route's chunk and
 * every chunk either imports statically (followed transitively), each counted once, gzipped.
 * Chunks a screen loads later on demand (dynamic imports) are not counted.
 */
export function initialJs(dist: string, screen: ScreenId = 'home'): InitialJs {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  const route = SCREENS[screen].route;
  if (!entry || !manifest[route]) throw new Error(`manifest without an entry or ${route}`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entry);
  visit(route);
  const files = [...seen].map((key) => {
    const file = manifest[key]!.file;
    return { file, gzip: gzipSync(readFileSync(join(dist, file))).length };
  });
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}
