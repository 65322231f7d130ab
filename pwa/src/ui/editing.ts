import { createStore, useStore } from '../shell/store.ts';

/**
 * Which record forms are open, by record (`actions:<id>`, `levers:new`). Kept outside the
 * components for the same reason as drafts (ui/draft.ts): a form stays open when its card is
 * re-mounted elsewhere, and a screen can still show the form of a record deleted meanwhile.
 */
const open = createStore<ReadonlySet<string>>(new Set());

export function setEditing(key: string, on: boolean): void {
  open.set((current) => {
    if (current.has(key) === on) return current;
    const next = new Set(current);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  });
}

export function useEditing(key: string): [boolean, (on: boolean) => void] {
  const editing = useStore(open, (keys) => keys.has(key));
  return [editing, (on) => setEditing(key, on)];
}

/** The ids of `table`'s open forms whose record is not among `live` (deleted or moved out meanwhile). */
export function useOrphanEditors(table: string, live: readonly { id: string }[]): string[] {
  const keys = useStore(open);
  const ids = new Set(live.map((r) => r.id));
  return [...keys]
    .filter((key) => key.startsWith(`${table}:`))
    .map((key) => key.slice(table.length + 1))
    .filter((id) => !id.startsWith('new') && !ids.has(id));
}

/** Closes every open form (the user left the screen). */
export function closeEditors(): void {
  open.set(new Set());
}
