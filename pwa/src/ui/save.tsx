import { useState } from 'preact/hooks';
import { useLang } from '../i18n/locale.ts';
import { useT } from '../i18n/messages.ts';
import { errorText } from './errors.ts';
import { uiMessages } from './messages.ts';

export type SaveState =
  | { status: 'idle' | 'saving' | 'saved' }
  | { status: 'error'; message: string; error: unknown };

/**
 * Runs a write and keeps its outcome for the form to show: core refuses bad input with a
 * PlanError naming the field, which `fieldLabel` turns into the label the user sees.
 * Resolves true when the write went through.
 */
export function useSave(fieldLabel?: (field: string) => string | undefined) {
  const lang = useLang();
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    setState({ status: 'saving' });
    try {
      await work();
      setState({ status: 'saved' });
      return true;
    } catch (error) {
      setState({ status: 'error', message: errorText(error, lang, fieldLabel), error });
      return false;
    }
  };
  return { state, run, reset: () => setState({ status: 'idle' }) };
}

export function SaveStatus({ state }: { state: SaveState }) {
  const t = useT(uiMessages);
  if (state.status === 'error') {
    return (
      <p role="alert" class="error">
        {state.message}
      </p>
    );
  }
  return (
    <p role="status" class="muted save-status">
      {state.status === 'saving' ? t('saving') : state.status === 'saved' ? t('saved') : ''}
    </p>
  );
}

/**
 * The end of every edit form: save, cancel, delete (for a record that exists), the save status,
 * and what happened to the record elsewhere while the form was open (`notice`); when it was
 * deleted, "restore and save" replaces save and cancel becomes "discard my changes".
 */
export function FormFooter({
  state,
  onCancel,
  onDelete,
  onRestore,
  notice,
}: {
  state: SaveState;
  onCancel: () => void;
  onDelete?: (() => void) | undefined;
  onRestore?: (() => void) | undefined;
  notice?: string | undefined;
}) {
  const t = useT(uiMessages);
  return (
    <>
      {notice && (
        <p class="warn" role="status" data-testid="form-notice">
          {notice}
        </p>
      )}
      <div class="actions-bar">
        {onRestore ? (
          <button type="button" class="primary" onClick={onRestore}>
            {t('restoreAndSave')}
          </button>
        ) : (
          <button type="submit" class="primary">
            {t('save')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {onRestore ? t('discard') : t('cancel')}
        </button>
        {onDelete && (
          <button type="button" class="danger" onClick={onDelete}>
            {t('delete')}
          </button>
        )}
      </div>
      <SaveStatus state={state} />
    </>
  );
}
