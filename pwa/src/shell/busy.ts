import { createStore } from './store.ts';

/**
 * Long work that must not be cut short by an app update's reload (an import): the update banner
 * waits until the count is back to zero.
 */
export const running = createStore(0);

export function whenIdle(): Promise<void> {
  if (running.get() === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = running.subscribe((count) => {
      if (count > 0) return;
      stop();
      resolve();
    });
  });
}
