import { parseUrl } from './text.ts';
import { childNamed, childrenNamed, parseXml, type XmlElement, XmlError } from './xml.ts';

export const DAV = 'DAV:';

/** The body of every PROPFIND: only the properties sync reads. */
export const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?>\n' +
  '<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/><d:getcontentlength/>' +
  '<d:getlastmodified/></d:prop></d:propfind>';

/** One member of a listing. Properties are strings as the server sent them; missing = undefined. */
export interface DavEntry {
  /** The decoded, NFC-normalised last path segment ('' for the listed folder itself). */
  name: string;
  /** The decoded, NFC-normalised path. */
  path: string;
  collection: boolean;
  /** Normalised (see normaliseEtag). */
  etag?: string;
  length?: string;
  lastModified?: string;
}

export interface DavListing {
  /** The listed resource itself, when the server included it. */
  self?: DavEntry;
  children: DavEntry[];
}

/** Why a PROPFIND answer is not a listing: the caller reports a configuration error, never an empty folder. */
export class ListingError extends Error {
  override readonly name = 'ListingError';
  constructor(readonly reason: 'not-multistatus' | 'malformed' | 'too-large') {
    super(reason);
  }
}

/**
 * Reads a 207 Multi-Status answer to a PROPFIND of `requestUrl`. Elements are matched by
 * namespace URI; properties come from the propstat whose status is 200 (servers split found and
 * missing properties over several); hrefs may be relative or absolute, with any percent-encoding
 * case and either Unicode normal form, and a proxy may add a prefix: names are compared decoded
 * and NFC-normalised.
 */
export function parseMultistatus(body: string, requestUrl: string): DavListing {
  let root: XmlElement;
  try {
    root = parseXml(body);
  } catch (error) {
    throw new ListingError(
      error instanceof XmlError && error.code === 'too-large' ? 'too-large' : 'malformed',
    );
  }
  if (root.ns !== DAV || root.name !== 'multistatus') throw new ListingError('not-multistatus');
  const requestPath = decodePath(parseUrl(requestUrl)?.pathname ?? '/');
  const entries: DavEntry[] = [];
  for (const response of childrenNamed(root, DAV, 'response')) {
    const href = childNamed(response, DAV, 'href')?.text.trim();
    if (!href) continue;
    const url = parseUrl(href, requestUrl);
    if (!url) continue;
    const path = decodePath(url.pathname);
    const props = foundProps(response);
    const collection = props?.resourcetype
      ? childNamed(props.resourcetype, DAV, 'collection') !== undefined
      : url.pathname.endsWith('/');
    const entry: DavEntry = { name: lastSegment(path), path, collection };
    const etag = normaliseEtag(props?.getetag?.text);
    if (etag) entry.etag = etag;
    const length = props?.getcontentlength?.text.trim();
    if (length) entry.length = length;
    const modified = props?.getlastmodified?.text.trim();
    if (modified) entry.lastModified = modified;
    entries.push(entry);
  }
  const selfIndex = findSelf(entries, requestPath);
  const self = selfIndex < 0 ? undefined : entries[selfIndex];
  const children = entries.filter((_, index) => index !== selfIndex);
  return self ? { self: { ...self, name: '' }, children } : { children };
}

/** The props of the 200 propstat, by local name (DAV: namespace only). */
function foundProps(response: XmlElement): Record<string, XmlElement> | undefined {
  for (const propstat of childrenNamed(response, DAV, 'propstat')) {
    const status = childNamed(propstat, DAV, 'status')?.text ?? '';
    if (!/^\s*HTTP\/\d(\.\d)?\s+2\d\d\b/.test(status)) continue;
    const prop = childNamed(propstat, DAV, 'prop');
    if (!prop) continue;
    const out: Record<string, XmlElement> = {};
    for (const child of prop.children) if (child.ns === DAV) out[child.name] = child;
    return out;
  }
  // A response with its own 2xx status and no propstat (rare): no properties.
  const status = childNamed(response, DAV, 'status')?.text ?? '';
  return /^\s*HTTP\/\d(\.\d)?\s+2\d\d\b/.test(status) ? {} : undefined;
}

/**
 * The listed folder itself: the entry at the request's path; behind a proxy that adds or strips
 * a prefix, the shortest path among those ending like the request's.
 */
function findSelf(entries: DavEntry[], requestPath: string): number {
  const trimmed = stripSlash(requestPath);
  const exact = entries.findIndex((e) => stripSlash(e.path) === trimmed);
  if (exact >= 0) return exact;
  const last = lastSegment(requestPath);
  let best = -1;
  entries.forEach((entry, index) => {
    if (!entry.collection || lastSegment(entry.path) !== last) return;
    if (best < 0 || entry.path.length < (entries[best]?.path.length ?? 0)) best = index;
  });
  return best;
}

/** Each segment percent-decoded (a bad escape kept as written) and NFC-normalised. */
export function decodePath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment).normalize('NFC');
      } catch {
        return segment.normalize('NFC');
      }
    })
    .join('/');
}

function stripSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function lastSegment(path: string): string {
  const parts = stripSlash(path).split('/');
  return parts[parts.length - 1] ?? '';
}

/**
 * One spelling per ETag: Apache sends `W/"…"` for a second after a write then `"…"` for the same
 * file, and compressing proxies append `-gzip` (or `-br`) or `;gzip`.
 */
export function normaliseEtag(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let tag = raw.trim();
  if (tag.startsWith('W/')) tag = tag.slice(2);
  const suffix = /[-;](gzip|br|deflate|zstd)$/i;
  tag = tag
    .replace(suffix, '')
    .replace(/^"+|"+$/g, '')
    .replace(suffix, '');
  return tag || undefined;
}
