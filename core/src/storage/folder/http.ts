import {
  type DavListing,
  ListingError,
  normaliseEtag,
  PROPFIND_BODY,
  parseMultistatus,
} from '../../sync/folder/propfind.ts';
import { basicAuth } from '../../sync/folder/urls.ts';
import { FolderError, folderErrorFor } from './errors.ts';

/** The app's `fetch` (injected: the PWA, the extension's worker and Node tests pass their own). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface Access {
  user: string;
  password: string;
}

export interface ClientOptions {
  fetch: FetchLike;
  /** Whether the device says it is online (`navigator.onLine`); a failed request then says "offline". */
  online?: () => boolean;
  /**
   * In a web page, a request the browser refuses (no CORS headers) and an unreachable server both
   * end in a TypeError: a second, credential-less `no-cors` request tells them apart.
   */
  probeCors?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export const transferLimits = {
  /** A listing larger than this is not a Jalon folder. */
  listingBytes: 16 * 1024 * 1024,
  /** A device's file (compressed) larger than this is refused before it is read whole. */
  fileBytes: 64 * 1024 * 1024,
} as const;

export interface Traffic {
  requests: number;
  bytesDown: number;
  bytesUp: number;
}

/**
 * A minimal WebDAV client over `fetch`. Every request omits cookies (a logged-in Nextcloud
 * session would answer "CSRF check failed"), never follows a redirect (it would carry the
 * password elsewhere), bypasses the HTTP cache (a cached listing hides peers' changes) and sends
 * Basic credentials built from UTF-8.
 */
export class DavClient {
  readonly traffic: Traffic = { requests: 0, bytesDown: 0, bytesUp: 0 };
  private readonly authorization: string;

  constructor(
    access: Access,
    private readonly options: ClientOptions,
  ) {
    this.authorization = basicAuth(access.user, access.password);
  }

  async request(
    method: string,
    url: string,
    init: { headers?: Record<string, string>; body?: Uint8Array | string } = {},
  ): Promise<Response> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 120_000);
    const signal = this.options.signal ? AbortSignal.any([this.options.signal, timeout]) : timeout;
    this.traffic.requests++;
    if (init.body !== undefined) {
      this.traffic.bytesUp += typeof init.body === 'string' ? init.body.length : init.body.byteLength;
    }
    let response: Response;
    try {
      response = await this.options.fetch(url, {
        method,
        headers: { Authorization: this.authorization, ...init.headers },
        ...(init.body !== undefined ? { body: init.body as BodyInit } : {}),
        credentials: 'omit',
        redirect: 'manual',
        cache: 'no-store',
        mode: 'cors',
        signal,
      });
    } catch (error) {
      throw await this.networkFailure(error, url, timeout.aborted);
    }
    // A redirect is never followed: `manual` gives an opaque redirect in browsers, the 3xx in Node.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      throw new FolderError('redirect', response.status ? String(response.status) : '', response.status);
    }
    return response;
  }

  private async networkFailure(error: unknown, url: string, timedOut: boolean): Promise<Error> {
    if ((error as { name?: string })?.name === 'AbortError' && this.options.signal?.aborted)
      return error as Error;
    if (timedOut) return new FolderError('timeout');
    if (this.options.online && !this.options.online()) return new FolderError('offline');
    if (this.options.probeCors && url) {
      try {
        await this.options.fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
        return new FolderError('cors');
      } catch {
        // unreachable either way
      }
    }
    return new FolderError('unreachable');
  }

  /** PROPFIND with `Depth` 0 or 1 (Apache refuses a missing Depth or infinity). 207 or an error. */
  async list(url: string, depth: 0 | 1): Promise<DavListing> {
    const response = await this.request('PROPFIND', url, {
      headers: { Depth: String(depth), 'Content-Type': 'application/xml; charset=utf-8' },
      body: PROPFIND_BODY,
    });
    if (response.status !== 207) {
      const body = await shortText(response);
      if (response.ok) throw new FolderError('not-webdav', String(response.status), response.status);
      throw folderErrorFor(response.status, body);
    }
    let bytes: Uint8Array;
    try {
      bytes = await this.readCapped(response, transferLimits.listingBytes);
    } catch (error) {
      if (error instanceof TooLargeError) throw new FolderError('not-webdav', 'too-large');
      throw error;
    }
    const text = new TextDecoder().decode(bytes);
    try {
      return parseMultistatus(text, url);
    } catch (error) {
      if (error instanceof ListingError) throw new FolderError('not-webdav', error.reason);
      throw error;
    }
  }

  /** GET a file; with `etag`, a 304 says it has not changed and nothing is downloaded. */
  async get(
    url: string,
    options: { etag?: string; maxBytes?: number } = {},
  ): Promise<{ notModified: true } | { notModified: false; bytes: Uint8Array; etag?: string }> {
    const headers: Record<string, string> = {};
    if (options.etag) headers['If-None-Match'] = `"${options.etag}"`;
    const response = await this.request('GET', url, { headers });
    if (response.status === 304) return { notModified: true };
    if (!response.ok) throw folderErrorFor(response.status, await shortText(response));
    const bytes = await this.readCapped(response, options.maxBytes ?? transferLimits.fileBytes);
    const etag = normaliseEtag(response.headers.get('ETag'));
    return etag ? { notModified: false, bytes, etag } : { notModified: false, bytes };
  }

  async put(url: string, body: Uint8Array, contentType: string): Promise<void> {
    const response = await this.request('PUT', url, { headers: { 'Content-Type': contentType }, body });
    await response.body?.cancel();
    if (!response.ok) throw folderErrorFor(response.status, '');
  }

  /** Creates a collection; one that exists already is fine (Apache 405, IIS 409 after a stat). */
  async mkcol(url: string): Promise<void> {
    const response = await this.request('MKCOL', url);
    await response.body?.cancel();
    if (response.ok || response.status === 405) return;
    if (response.status === 409) {
      // 409 means a missing parent on most servers, an existing folder on some: look.
      await this.list(url, 0);
      return;
    }
    throw folderErrorFor(response.status, '');
  }

  async delete(url: string): Promise<void> {
    const response = await this.request('DELETE', url);
    await response.body?.cancel();
    if (response.ok || response.status === 404) return;
    throw folderErrorFor(response.status, '');
  }

  /** The body, refused as soon as it passes `max` bytes (a hostile server may send gigabytes). */
  private async readCapped(response: Response, max: number): Promise<Uint8Array> {
    const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
    if (declared > max) {
      await response.body?.cancel();
      throw new TooLargeError();
    }
    const reader = response.body?.getReader();
    if (!reader) return new Uint8Array(0);
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        this.traffic.bytesDown += value.byteLength;
        if (total > max) {
          await reader.cancel();
          throw new TooLargeError();
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof TooLargeError) throw error;
      // The connection dropped mid-body (the server stopped): no CORS question here.
      throw await this.networkFailure(error, '', false);
    }
    return concat(chunks, total);
  }
}

/** A body past its cap: the download was stopped there. */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
}

export function concat(chunks: readonly Uint8Array[], total = chunks.reduce((n, c) => n + c.byteLength, 0)) {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The server's own words on a refusal (a 403 often says why), as plain short text. */
async function shortText(response: Response): Promise<string> {
  try {
    const text = await response.text();
    const type = response.headers.get('Content-Type') ?? '';
    // An error page's <head> only repeats its heading ("403 Forbidden"): its body says why.
    const plain = /html|xml/.test(type)
      ? text.replace(/<head[\s>][\s\S]*?<\/head>/i, ' ').replace(/<[^>]*>/g, ' ')
      : text;
    return plain.replace(/\s+/g, ' ').trim().slice(0, 160);
  } catch {
    return '';
  }
}
