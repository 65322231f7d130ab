/**
 * core's DEFAULT_DB_NAME (@jalon/core/storage), written here because importing it would bring the chunk that holds
 * Dexie into the first screen; has-database.test.ts checks they agree.
 */
export const DB_NAME = 'jalon';

/**
 * Whether this browser holds Jalon's database at all, asked without opening it: on a first visit
 * the start screen then loads neither Dexie nor the schemas. Where the browser cannot tell
 * (`indexedDB.databases` is recent), assume it does.
 */
export async function hasDatabase(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return true;
  }
}
