import { type ActionStatus, type KeyAction, limits } from '@jalon/core';
import { useState } from 'preact/hooks';
import type { MessageKey } from '../i18n.ts';
import type { Language } from '../protocol.ts';
import { useT } from '../ui/i18n.tsx';
import { write } from './data.ts';
import { failureText } from './failure.ts';

const STATUS: Record<ActionStatus, MessageKey> = {
  todo: 'actionStatusTodo',
  doing: 'actionStatusDoing',
  done: 'actionStatusDone',
  cancelled: 'actionStatusCancelled',
};

/**
 * One action: its title and status; "Rename" turns the title into a field. Saving is core's
 * `editRecord` from the title the field started with: a title changed meanwhile elsewhere (the
 * phone, before a sync) is kept as a conflict for review, never silently replaced.
 */
export function ActionRow({ action, language }: { action: KeyAction; language: Language }) {
  const t = useT();
  const [draft, setDraft] = useState<string | undefined>();
  const [base, setBase] = useState(action.title);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const title = draft?.trim() ?? '';

  async function save() {
    if (title === base) {
      setDraft(undefined);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await write.editRecord('actions', action.id, { base: { title: base }, draft: { title } });
      setDraft(undefined);
    } catch (caught) {
      setError(failureText(caught, language, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="plan-action" data-action-id={action.id}>
      {draft === undefined ? (
        <div class="row">
          <span class="action-title">{action.title}</span>
          <span class={`status status-${action.status}`}>{t(STATUS[action.status])}</span>
          <button
            type="button"
            aria-label={t('actionRenameLabel', { title: action.title })}
            onClick={() => {
              setBase(action.title);
              setDraft(action.title);
            }}
          >
            {t('actionRename')}
          </button>
        </div>
      ) : (
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <input
            aria-label={t('actionTitleField')}
            value={draft}
            required
            maxLength={limits.shortText}
            // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked to rename
            autoFocus
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setDraft(undefined);
            }}
          />
          <button type="submit" class="primary" disabled={busy || title === ''}>
            {t('save')}
          </button>
          <button type="button" onClick={() => setDraft(undefined)}>
            {t('cancel')}
          </button>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
