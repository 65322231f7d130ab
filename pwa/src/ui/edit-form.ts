import { PlanError, type TableName } from '@jalon/core';
import { write } from '../data/write.ts';
import { useT } from '../i18n/messages.ts';
import { showToast } from '../shell/toast.tsx';
import { fieldName } from './errors.ts';
import { uiMessages } from './messages.ts';
import { useSave } from './save.tsx';

const BOOKKEEPING = new Set(['id', 'planId', 'createdAt', 'updatedAt']);

/**
 * What every record form of the desk does: save through core (a refused field is named with the
 * form's own label for it), delete after asking, close — settling the draft so that the
 * "unsaved input" guard lets navigation and the update banner go on. While the form is open it
 * says what changed elsewhere (`live` against `base`), and when the record was deleted elsewhere
 * it keeps the text and offers to restore it with the user's changes.
 */
export function useEditForm<K extends string>(options: {
  /** The form's labels: `labels[fieldKeys[field]]` names a field. */
  label: (key: K) => string;
  fieldKeys: Partial<Record<string, K>>;
  settle: () => void;
  onDone: () => void;
  save: (restore: boolean) => Promise<{ kept: string[] } | unknown>;
  /** The stored record being edited: `base` as the form opened it, `live` as it is now (undefined once deleted). */
  existing?:
    | { table: TableName; id: string; name: string; base: object; live: object | undefined }
    | undefined;
}) {
  const tu = useT(uiMessages);
  const nameOf = (field: string) => {
    const key = options.fieldKeys[fieldName(field)];
    return key ? options.label(key) : undefined;
  };
  const { state, run } = useSave(nameOf);
  const close = () => {
    options.settle();
    options.onDone();
  };
  const { existing } = options;
  const gone =
    existing !== undefined &&
    (existing.live === undefined ||
      (state.status === 'error' &&
        state.error instanceof PlanError &&
        state.error.code === 'record-deleted'));
  const changed = existing?.live
    ? Object.keys(existing.base).filter(
        (f) =>
          !BOOKKEEPING.has(f) &&
          JSON.stringify((existing.base as Record<string, unknown>)[f]) !==
            JSON.stringify((existing.live as Record<string, unknown>)[f]),
      )
    : [];
  const labelsOf = (fields: readonly string[]) => [...new Set(fields.map((f) => nameOf(f) ?? f))].join(', ');
  const notice = gone
    ? tu('deletedElsewhere')
    : changed.length > 0
      ? tu('changedElsewhere', { fields: labelsOf(changed) })
      : undefined;
  const saveNow = async (restore: boolean) => {
    let kept: string[] = [];
    const ok = await run(async () => {
      const result = await options.save(restore);
      kept = (result as { kept?: string[] } | undefined)?.kept ?? [];
    });
    if (!ok) return;
    if (kept.length > 0) showToast({ message: tu('keptBoth', { fields: labelsOf(kept) }) });
    close();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void saveNow(false);
  };
  const remove =
    existing && !gone
      ? async () => {
          if (!confirm(tu('confirmDelete', { name: existing.name }))) return;
          if (await run(() => write.deleteRecord(existing.table, existing.id))) close();
        }
      : undefined;
  const restore = gone ? () => void saveNow(true) : undefined;
  return { state, submit, remove, restore, close, notice };
}
