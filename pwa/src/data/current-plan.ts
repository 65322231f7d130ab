import { useEffect, useState } from 'preact/hooks';

/** The plan the app shows, per device (like the language): a phone may follow one plan of several. */
const STORAGE_KEY = 'jalon.planId';
const listeners = new Set<(id: string | undefined) => void>();

function read(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

let current = read();

export function getPlanId(): string | undefined {
  return current;
}

export function setPlanId(id: string | undefined): void {
  current = id;
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // private mode: the choice lasts for the session
  }
  for (const listener of listeners) listener(id);
}

export function usePlanId(): string | undefined {
  const [id, set] = useState(current);
  useEffect(() => {
    listeners.add(set);
    return () => listeners.delete(set);
  }, []);
  return id;
}
