import type { PlanDb } from './db.ts';

/**
 * A command with the app's database bound, so that screens call `write.acceptIdea(id, …)` without
 * ever holding the database (an app's data module binds each command once). `db` may be a
 * function, so that the database is opened only when the first command runs. One command at a
 * time keeps its generic signature (`addRecord<T>`), which a mapped type over all would lose.
 */
export function bindCommand<A extends unknown[], R>(
  db: PlanDb | (() => PlanDb),
  command: (db: PlanDb, ...args: A) => R,
): (...args: A) => R {
  const get = typeof db === 'function' ? db : () => db;
  return (...args) => command(get(), ...args);
}
