import { parseUrl, toBase64, utf8 } from './text.ts';

/**
 * Addresses and names in the sync folder. The folder holds one sub-folder per plan,
 * `<folder>/<planId>/`, and in it one file per device, `<deviceId>.json.gz`; ids are lowercase
 * `[a-z0-9-]` with no leading dot, so no server refuses or folds their case.
 */

export const FILE_SUFFIX = '.json.gz';
/** Also read: a plain bundle someone copied into the plan's folder. */
export const PLAIN_SUFFIX = '.json';
/** An empty file saying that device id is retired: never written again. */
export const RETIRED_SUFFIX = '.retired';
export const CALENDAR_NAME = 'calendar.ics';
/** The team key's parameters (salt, key check), when end-to-end encryption is on. */
export const KEY_FILE = 'jalon-key.json';

const FOLDER_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DEVICE_ID = /^[0-9a-f]{16}$/;

/** A plan id that can name a folder on any server (the apps make UUIDs, which can). */
export function isFolderName(planId: string): boolean {
  return FOLDER_ID.test(planId);
}

export type FileKind =
  | { kind: 'bundle'; device: string; plain: boolean }
  | { kind: 'retired'; device: string };

/** What a file of a plan's folder is; undefined for anything else (temp files, `.part`, leftovers). */
export function fileKind(name: string): FileKind | undefined {
  for (const [suffix, make] of [
    [FILE_SUFFIX, (device: string) => ({ kind: 'bundle', device, plain: false }) as const],
    [RETIRED_SUFFIX, (device: string) => ({ kind: 'retired', device }) as const],
    [PLAIN_SUFFIX, (device: string) => ({ kind: 'bundle', device, plain: true }) as const],
  ] as const) {
    if (!name.endsWith(suffix)) continue;
    const device = name.slice(0, -suffix.length);
    return DEVICE_ID.test(device) ? make(device) : undefined;
  }
  return undefined;
}

export type FolderUrlProblem = 'empty' | 'not-a-url' | 'not-http' | 'query' | 'web-page';

export type FolderUrl =
  | {
      ok: true;
      /** Always ends with `/`: Apache answers a collection without it with a 301. */
      url: string;
      origin: string;
      /** User and password typed into the address, moved out of it (fetch refuses them there). */
      user?: string;
      password?: string;
      /** A plain http address that is not this machine: the app warns (passwords in clear). */
      insecure: boolean;
    }
  | { ok: false; problem: FolderUrlProblem; hint?: string };

/**
 * The folder's address as the user typed it, checked and normalised: http or https, no query,
 * credentials moved out, a trailing `/`. A Nextcloud or ownCloud web address (the files app) is
 * refused with the WebDAV address to use instead.
 */
export function normaliseFolderUrl(input: string): FolderUrl {
  const typed = input.trim();
  if (!typed) return { ok: false, problem: 'empty' };
  const url = parseUrl(typed);
  if (!url) return { ok: false, problem: 'not-a-url' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not-http' };
  if (url.search || url.hash) return { ok: false, problem: 'query' };
  const web = /^(.*?)\/(?:index\.php\/)?apps\/files\b/.exec(url.pathname);
  if (web) {
    return { ok: false, problem: 'web-page', hint: `${url.origin}${web[1]}/remote.php/dav/files/USER/` };
  }
  const user = url.username ? safeDecode(url.username) : undefined;
  const password = url.password ? safeDecode(url.password) : undefined;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const local = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(url.host);
  return {
    ok: true,
    url: `${url.origin}${path}`,
    origin: url.origin,
    ...(user ? { user } : {}),
    ...(password ? { password } : {}),
    insecure: url.protocol === 'http:' && !local,
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A child of a collection URL; `name` is encoded as one segment. Collections end with `/`. */
export function childUrl(folderUrl: string, name: string, collection = false): string {
  const base = folderUrl.endsWith('/') ? folderUrl : `${folderUrl}/`;
  return `${base}${encodeURIComponent(name)}${collection ? '/' : ''}`;
}

export function planFolderUrl(folderUrl: string, planId: string): string {
  return childUrl(folderUrl, planId, true);
}

export function deviceFileUrl(folderUrl: string, planId: string, device: string): string {
  return childUrl(planFolderUrl(folderUrl, planId), `${device}${FILE_SUFFIX}`);
}

/**
 * The Basic credentials header: base64 of the UTF-8 bytes of `user:password`. (`btoa` throws on
 * `€` and Latin-1-encodes `ä`, which servers then refuse.)
 */
export function basicAuth(user: string, password: string): string {
  return `Basic ${toBase64(utf8(`${user}:${password}`))}`;
}
