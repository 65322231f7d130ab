import { useState } from 'preact/hooks';
import type { Translate } from '../i18n.ts';
import { AskError } from './ask.ts';

/** The message to show for a failed request: the worker's own (translated) one, else a generic one. */
export function errorText(error: unknown, t: Translate): string {
  if (
    error instanceof AskError &&
    (error.code === 'storage' || error.code === 'plan' || error.code === 'kpi-value') &&
    error.detail
  ) {
    return error.detail;
  }
  return t('errorGeneric');
}

/** A busy flag and an error for one user action; errors are shown, never swallowed. */
export function useAction(t: Translate) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(undefined);
    try {
      return await work();
    } catch (caught) {
      setError(errorText(caught, t));
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
