import { deleteRecord, type TableName } from '@jalon/core';
import { db } from '../data/db.ts';
import { useT } from '../i18n/messages.ts';
import { fieldName } from './errors.ts';
import { uiMessages } from './messages.ts';
import { useSave } from './save.tsx';

/**
 * What every record form of the desk does: save through core (a refused field is named with the
 * form's own label for it), delete after asking, and close — settling the draft so that the
 * "unsaved input" guard lets the update banner reload.
 */
export function useEditForm<K extends string>(options: {
  /** The form's labels: `labels[fieldKeys[field]]` names a field core refused. */
  label: (key: K) => string;
  fieldKeys: Partial<Record<string, K>>;
  settle: () => void;
  onDone: () => void;
  save: () => Promise<unknown>;
  /** The stored record, when editing one: it can then be deleted. */
  existing?: { table: TableName; id: string; name: string } | undefined;
}) {
  const tu = useT(uiMessages);
  const { state, run } = useSave((field) => {
    const key = options.fieldKeys[fieldName(field)];
    return key ? options.label(key) : undefined;
  });
  const close = () => {
    options.settle();
    options.onDone();
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await run(options.save)) close();
  };
  const { existing } = options;
  const remove = existing
    ? async () => {
        if (!confirm(tu('confirmDelete', { name: existing.name }))) return;
        if (await run(() => deleteRecord(db, existing.table, existing.id))) close();
      }
    : undefined;
  return { state, submit, remove, close };
}
