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
