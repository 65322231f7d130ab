import { openPlanDb, type PlanDb, watchConnection } from '@jalon/core';

/** The app's one database connection. */
export const db: PlanDb = openPlanDb();

type ConnectionListener = (code: 'upgrade-blocked' | 'version-changed') => void;
const listeners = new Set<ConnectionListener>();
watchConnection(db, (code) => {
  for (const listener of listeners) listener(code);
});

export function onConnectionProblem(listener: ConnectionListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
