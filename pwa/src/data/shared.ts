import { getRecord } from '@jalon/core/storage';
import { planDb } from './db.ts';

/**
 * What the service worker parked when something was shared with Jalon (sw/share.ts): the form's
 * fields as JSON at `share/<id>`, a shared file's bytes at `share/<id>/file`. Read here, checked
 * by core (ideaFromShare) or the import, then forgotten.
 */
const SHARE_CACHE = 'jalon-share';
const base = import.meta.env.BASE_URL;

export interface Parked {
  /** The shared fields, unchecked: core's `ideaFromShare` validates them. */
  fields: unknown;
  file?: File;
}

const key = (id: string, part = '') => new URL(`${base}share/${id}${part}`, location.origin).href;

export async function readShare(id: string): Promise<Parked | undefined> {
  if (typeof caches === 'undefined') return undefined;
  const cache = await caches.open(SHARE_CACHE);
  const entry = await cache.match(key(id));
  if (!entry) return undefined;
  let fields: unknown;
  try {
    fields = await entry.json();
  } catch {
    fields = undefined;
  }
  const name = (fields as { file?: unknown } | undefined)?.file;
  const stored = typeof name === 'string' ? await cache.match(key(id, '/file')) : undefined;
  if (typeof name !== 'string' || !stored) return { fields };
  return { fields, file: new File([await stored.blob()], name.slice(0, 255)) };
}

export async function forgetShare(id: string): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(SHARE_CACHE);
  await Promise.all([cache.delete(key(id)), cache.delete(key(id, '/file'))]);
}

/** Whether the idea a share becomes is already saved (the page was reloaded mid-way). */
export async function ideaSaved(id: string): Promise<boolean> {
  return (await getRecord(planDb(), 'ideas', id)) !== undefined;
}
