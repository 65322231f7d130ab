import { createStore, useStore } from '../shell/store.ts';

/** The plan the app shows, per device (like the language): a phone may follow one plan of several. */
const STORAGE_KEY = 'jalon.planId';

function read(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

const current = createStore(read());

export function getPlanId(): string | undefined {
  return current.get();
}

export function setPlanId(id: string | undefined): void {
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // private mode: the choice lasts for the session
  }
  current.set(id);
}

export function usePlanId(): string | undefined {
  return useStore(current);
}
