import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The one store primitive of the shell (router, toast, update, current plan, drafts): a value,
 * `get`/`set`, and subscribers. Components read it with `useStore`, which re-renders on change.
 */
export interface Store<T> {
  get(): T;
  set(next: T | ((previous: T) => T)): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      if (Object.is(resolved, value)) return;
      value = resolved;
      for (const listener of [...listeners]) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's value (or a part of it), re-rendering the component when it changes. */
export function useStore<T, S = T>(store: Store<T>, select: (value: T) => S = (v) => v as unknown as S): S {
  const [, setTick] = useState(0);
  const selected = select(store.get());
  const rendered = useRef(selected);
  rendered.current = selected;
  useEffect(() => {
    const refresh = () => {
      if (!Object.is(select(store.get()), rendered.current)) setTick((n) => n + 1);
    };
    const stop = store.subscribe(refresh);
    // A change between this render and the subscription would otherwise go unseen.
    refresh();
    return stop;
  }, [store]);
  return selected;
}
