import { folderMessage } from '@jalon/core';
import { BundleImportError, FolderError, StorageError, storageMessage } from '@jalon/core/storage';
import type { Translate } from '../i18n.ts';
import type { Language } from '../protocol.ts';

/**
 * The options page's one error-to-text function: import refusals and storage failures come
 * translated from core; anything else is the generic "nothing was changed".
 */
export function failureText(caught: unknown, language: Language, t: Translate): string {
  if (caught instanceof BundleImportError) return caught.message;
  if (caught instanceof FolderError) return folderMessage(caught.code, language, caught.detail);
  if (caught instanceof StorageError) return storageMessage(caught.code, language);
  return t('errorGeneric');
}
