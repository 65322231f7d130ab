import { useState } from 'preact/hooks';
import { useLang } from '../i18n/locale.ts';
import { useT } from '../i18n/messages.ts';
import { errorText } from './errors.ts';
import { uiMessages } from './messages.ts';

export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string };

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
      setState({ status: 'error', message: errorText(error, lang, fieldLabel) });
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

/** The end of every edit form: save, cancel, delete (for a record that exists), and the save status. */
export function FormFooter({
  state,
  onCancel,
  onDelete,
}: {
  state: SaveState;
  onCancel: () => void;
  onDelete?: (() => void) | undefined;
}) {
  const t = useT(uiMessages);
  return (
    <>
      <div class="actions-bar">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
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
