import { useEffect } from 'preact/hooks';
import { createStore } from './store.ts';

/**
 * What the user typed and has not saved, by form. An app update, a reload, closing the tab, an
 * in-app link and Back all ask before throwing it away (shell/router.ts, shell/update.tsx).
 */
export const unsaved = createStore<ReadonlySet<string>>(new Set());

export function setUnsaved(id: string, isDirty: boolean): void {
  unsaved.set((current) => {
    if (current.has(id) === isDirty) return current;
    const next = new Set(current);
    if (isDirty) next.add(id);
    else next.delete(id);
    return next;
  });
}

export function hasUnsaved(): boolean {
  return unsaved.get().size > 0;
}

/** A form's dirty flag for as long as it is on screen; leaving the screen drops it. */
export function useUnsaved(id: string, isDirty: boolean): void {
  useEffect(() => setUnsaved(id, isDirty), [id, isDirty]);
  useEffect(() => () => setUnsaved(id, false), [id]);
}

/** Closing or reloading the tab with unsaved input asks first, like the update banner does. */
export function warnBeforeUnload(signal: AbortSignal): void {
  window.addEventListener(
    'beforeunload',
    (event) => {
      if (hasUnsaved()) event.preventDefault();
    },
    { signal },
  );
}

/** Forgets every draft: the user chose to leave without saving. */
export function discardUnsaved(): void {
  unsaved.set(new Set());
}
