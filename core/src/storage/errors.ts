import { Dexie } from 'dexie';

/**
 * Storage failures the user can act on, each with a code the apps translate. Whatever the
 * failure, the transaction was aborted: nothing was half written.
 */
export type StorageErrorCode =
  | 'quota-exceeded'
  | 'upgrade-blocked'
  | 'connection-lost'
  | 'version-changed'
  | 'storage-failed';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    override readonly cause?: unknown,
  ) {
    super(`${code}${cause instanceof Error ? `: ${cause.message}` : ''}`);
  }
}

export const storageMessages: Record<'fr' | 'en', Record<StorageErrorCode, string>> = {
  fr: {
    'quota-exceeded':
      "L'appareil manque d'espace de stockage : rien n'a été enregistré. Libérez de la place puis réessayez.",
    'upgrade-blocked':
      'Jalon est ouvert dans un autre onglet avec une version plus ancienne : fermez-le pour continuer.',
    'connection-lost':
      "La connexion à la base de données a été perdue : rien n'a été enregistré. Rechargez la page.",
    'version-changed':
      'Une nouvelle version de Jalon a été ouverte dans un autre onglet : rechargez cette page.',
    'storage-failed': "L'enregistrement a échoué : rien n'a été modifié.",
  },
  en: {
    'quota-exceeded':
      'This device is out of storage space: nothing was saved. Free some space and try again.',
    'upgrade-blocked': 'Jalon is open in another tab with an older version: close it to go on.',
    'connection-lost': 'The connection to the database was lost: nothing was saved. Reload the page.',
    'version-changed': 'A newer Jalon was opened in another tab: reload this page.',
    'storage-failed': 'Saving failed: nothing was changed.',
  },
};

export function storageMessage(code: StorageErrorCode, locale: string): string {
  return storageMessages[locale.toLowerCase().startsWith('fr') ? 'fr' : 'en'][code];
}

/** Names the failure; domain errors (PlanError, import refusals) pass through unchanged. */
export function toStorageError(error: unknown): unknown {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return new StorageError('quota-exceeded', error);
  if (name === Dexie.errnames.DatabaseClosed) return new StorageError('connection-lost', error);
  if (name === Dexie.errnames.Version || name === 'VersionError')
    return new StorageError('version-changed', error);
  if (name === 'UnknownError' || name === Dexie.errnames.Abort || name === 'InvalidStateError') {
    return new StorageError('storage-failed', error);
  }
  return error;
}

export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Tells the app when another tab blocks an upgrade of this database, or when a newer version
 * opened elsewhere closed this tab's connection (Dexie closes it on `versionchange`; the tab must
 * reload, or its writes would fail).
 */
export function watchConnection(
  db: Dexie,
  notify: (code: 'upgrade-blocked' | 'version-changed') => void,
): void {
  db.on('blocked', () => notify('upgrade-blocked'));
  db.on('versionchange', () => {
    notify('version-changed');
  });
}
