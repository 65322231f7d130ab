import { openPlanDb, type PlanDb, watchConnection } from '@jalon/core/storage';

type ConnectionListener = (code: 'upgrade-blocked' | 'version-changed') => void;
const listeners = new Set<ConnectionListener>();
let db: PlanDb | undefined;

/** The app's one database connection, opened the first time something needs it. */
export function planDb(): PlanDb {
  if (!db) {
    db = openPlanDb();
    watchConnection(db, (code) => {
      for (const listener of listeners) listener(code);
    });
  }
  return db;
}

export function onConnectionProblem(listener: ConnectionListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
