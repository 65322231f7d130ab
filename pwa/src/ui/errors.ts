import { PlanError } from '@jalon/core';
import { StorageError, storageMessage } from '@jalon/core/storage';
import { intlLocale, type Lang } from '../i18n/locale.ts';
import { translator } from '../i18n/messages.ts';
import { errorMessages, uiMessages } from './messages.ts';

/**
 * The one error-to-text function of the app: a translated sentence for anything a write, an
 * import or a computation threw. Core's errors carry codes: storage failures and import refusals
 * are translated by core itself, the rest here. `fieldLabel` names the field of a PlanError for
 * the form at hand (core's `field` is a path such as `actions.title`); without a label the path is
 * shown as is. Whatever failed, the transaction was aborted, so the message never says "partly saved".
 */
const translators = new Map<string, (error: Error, lang: Lang) => string>();

/** Teaches `errorText` the errors named `name`, from the lazily loaded module that throws them. */
export function translateErrorsNamed(name: string, translate: (error: Error, lang: Lang) => string): void {
  translators.set(name, translate);
}

export function errorText(
  error: unknown,
  lang: Lang,
  fieldLabel?: (field: string) => string | undefined,
): string {
  // core's BundleImportError, known by its name: importing the class would bring the whole
  // import and merge code into every screen that shows an error (Today among them).
  if (error instanceof Error && error.name === 'BundleImportError') return error.message;
  // Errors of code loaded later (folder sync) bring their own words when they load: only that code
  // can throw them, so they are always known by the time one is shown.
  const named = error instanceof Error ? translators.get(error.name) : undefined;
  if (named) return named(error as Error, lang);
  if (error instanceof StorageError) return storageMessage(error.code, intlLocale(lang));
  if (error instanceof PlanError) {
    const field = fieldLabel?.(error.field) ?? error.field;
    return translator(errorMessages, lang)(error.code, { field });
  }
  return translator(uiMessages, lang)('unexpectedError');
}

/** The last segment of a field path that is a name, not an index: `plans.stages.2.conversionRate` → `conversionRate`. */
export function fieldName(path: string): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? path;
}
