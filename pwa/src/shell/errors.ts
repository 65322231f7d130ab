import { PlanError, StorageError, storageMessage } from '@jalon/core';
import { intlLocale, type Lang } from '../i18n/locale.ts';
import { translator } from '../i18n/messages.ts';
import { shellMessages } from './messages.ts';

/**
 * The message to show for a failed write or import. Core's errors carry codes: storage failures
 * and import refusals are translated by core itself (the import got `locale`), the rest here.
 * Whatever failed, the transaction was aborted, so the message never says "partly saved".
 */
export function errorMessage(error: unknown, lang: Lang): string {
  // core's BundleImportError, known by its name: importing the class would bring the whole
  // import and merge code into every screen that shows an error (Today among them).
  if (error instanceof Error && error.name === 'BundleImportError') return error.message;
  if (error instanceof StorageError) return storageMessage(error.code, intlLocale(lang));
  const t = translator(shellMessages, lang);
  if (error instanceof PlanError) return t('invalidInput', { field: error.field });
  return t('unexpectedError');
}
