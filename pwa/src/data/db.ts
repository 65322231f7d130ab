import { openPlanDb, type PlanDb, requestPersistence, watchConnection } from '@jalon/core/storage';

type ConnectionListener = (code: 'upgrade-blocked' | 'version-changed') => void;
const listeners = new Set<ConnectionListener>();
let db: PlanDb | undefined;

/**
 * The app's one database connection, opened the first time something needs it (never by the
 * shell: a first visit's start screen loads neither Dexie nor the schemas).
 */
export function planDb(): PlanDb {
  if (!db) {
    db = openPlanDb();
    // Safari may evict storage of sites unused for seven days unless it is persistent: asked as
    // soon as there is a database to keep.
    void requestPersistence();
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
