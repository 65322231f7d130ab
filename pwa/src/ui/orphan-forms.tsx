import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { keptBase } from './draft.ts';
import { setEditing, useOrphanEditors } from './editing.ts';

/**
 * The open forms of records that are no longer in the list (deleted in another tab or by a sync
 * while being edited): the form stays on screen with the user's text, says what happened, and
 * offers to restore the record with the changes or to discard them. A form that held no unsaved
 * input simply closes.
 */
export function OrphanForms<R extends { id: string }>({
  table,
  live,
  children,
}: {
  table: string;
  live: readonly { id: string }[];
  children: (base: R, close: () => void) => ComponentChildren;
}) {
  const ids = useOrphanEditors(table, live);
  const withDraft = ids.filter((id) => keptBase(`${table}:${id}`) !== undefined);
  useEffect(() => {
    for (const id of ids) if (!withDraft.includes(id)) setEditing(`${table}:${id}`, false);
  }, [ids.join(), withDraft.join()]);
  return (
    <>
      {withDraft.map((id) => (
        <article key={id} class="card orphan" data-orphan={id}>
          {children(keptBase<R>(`${table}:${id}`) as R, () => setEditing(`${table}:${id}`, false))}
        </article>
      ))}
    </>
  );
}
