import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PWA_SRC = fileURLToPath(new URL('../../pwa/src', import.meta.url));

export interface FoundCatalog {
  file: string;
  name: string;
  fr: Record<string, string>;
  en: Record<string, string>;
}

/**
 * Every `messages.ts` or `<part>-messages.ts` under pwa/src (the shell's included), relative paths
 * sorted; i18n/messages.ts is the catalog mechanism itself, not a catalog.
 */
export function messageFiles(dir = PWA_SRC): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/(^|-)messages\.ts$/.test(name) && relative(PWA_SRC, full) !== join('i18n', 'messages.ts')) {
        out.push(relative(PWA_SRC, full));
      }
    }
  };
  walk(dir);
  return out.sort();
}

const isCatalog = (value: unknown): value is { fr: Record<string, string>; en: Record<string, string> } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { fr?: unknown }).fr === 'object' &&
  typeof (value as { en?: unknown }).en === 'object';

/** The catalogs (`defineMessages(fr, en)` results) each messages.ts exports. */
export async function loadCatalogs(): Promise<FoundCatalog[]> {
  const found: FoundCatalog[] = [];
  for (const file of messageFiles()) {
    const module = (await import(join(PWA_SRC, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (isCatalog(value)) found.push({ file, name, fr: value.fr, en: value.en });
    }
  }
  return found;
}
