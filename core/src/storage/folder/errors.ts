import type { FolderErrorCode } from '../../sync/folder/messages.ts';

/**
 * A failure of the folder or of the way to it. `detail` is safe to show: a status code or the
 * server's own short answer, never a credential or an address holding one.
 */
export class FolderError extends Error {
  override readonly name = 'FolderError';
  constructor(
    readonly code: FolderErrorCode,
    readonly detail = '',
    readonly status?: number,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export function folderErrorFor(status: number, detail = ''): FolderError {
  if (status >= 300 && status < 400) return new FolderError('redirect', String(status), status);
  switch (status) {
    case 401:
      return new FolderError('unauthorized', '', status);
    case 403:
      return new FolderError('forbidden', detail, status);
    case 404:
      return new FolderError('not-found', '', status);
    case 405:
      return new FolderError('method-not-allowed', '', status);
    case 409:
      return new FolderError('conflict', '', status);
    case 413:
      return new FolderError('payload-too-large', '', status);
    case 423:
      return new FolderError('locked', '', status);
    case 429:
      return new FolderError('throttled', '', status);
    case 507:
      return new FolderError('insufficient-storage', '', status);
  }
  if (status >= 500) return new FolderError('server-error', String(status), status);
  return new FolderError('unexpected-status', String(status), status);
}
