import { useEffect } from 'preact/hooks';

/**
 * Forms report unsaved input here, so that an update (which reloads the page) never throws away
 * what the user is typing.
 */
const dirty = new Set<string>();

export function setUnsaved(id: string, isDirty: boolean): void {
  if (isDirty) dirty.add(id);
  else dirty.delete(id);
}

export function hasUnsaved(): boolean {
  return dirty.size > 0;
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
