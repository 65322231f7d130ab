import { PlanError, StorageError, storageMessage } from '@jalon/core';
import type { Lang } from '../i18n/locale.ts';
import { translator } from '../i18n/messages.ts';
import { errorMessages, uiMessages } from './messages.ts';

/**
 * A translated sentence for anything a save or a computation threw. `fieldLabel` names the field
 * of a PlanError for the form at hand (core's `field` is a path such as `actions.title` or
 * `plans.stages.2.conversionRate`); without a label the path is shown as is.
 */
export function errorText(
  error: unknown,
  lang: Lang,
  fieldLabel?: (field: string) => string | undefined,
): string {
  if (error instanceof PlanError) {
    const field = fieldLabel?.(error.field) ?? error.field;
    return translator(errorMessages, lang)(error.code, { field });
  }
  if (error instanceof StorageError) return storageMessage(error.code, lang);
  const message = error instanceof Error ? error.message : String(error);
  return translator(uiMessages, lang)('failed', { message });
}

/** The last segment of a field path that is a name, not an index: `plans.stages.2.conversionRate` → `conversionRate`. */
export function fieldName(path: string): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? path;
}
