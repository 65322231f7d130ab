import { openPlanDb, type PlanDb, requestPersistence, watchConnection } from '@jalon/core';

/**
 * The app's one database connection, opened by the first screen that reads or writes the plan
 * (never by the shell: a first visit's start screen loads neither Dexie nor the schemas).
 */
export const db: PlanDb = openPlanDb();
// Safari may evict storage of sites unused for seven days unless it is persistent: asked as soon
// as there is a database to keep.
void requestPersistence();

type ConnectionListener = (code: 'upgrade-blocked' | 'version-changed') => void;
const listeners = new Set<ConnectionListener>();
watchConnection(db, (code) => {
  for (const listener of listeners) listener(code);
});

export function onConnectionProblem(listener: ConnectionListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
