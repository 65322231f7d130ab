import { useEffect, useState } from 'preact/hooks';
import { createStore, useStore } from './store.ts';

/** Paths are relative to the app's base URL, so the static build can live in a sub-folder. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The location the app shows; changes on every in-app navigation and on Back/Forward. */
const location$ = createStore(0);

/**
 * Asked before leaving the current screen (a link, Back, Forward): false keeps the user where
 * they are. The app sets it to "no unsaved input, or the user agrees to lose it".
 */
let mayLeave: () => boolean = () => true;
export function setLeaveGuard(guard: () => boolean): void {
  mayLeave = guard;
}

// Each history entry of the app carries its position, so that a Back the user cancels can be undone.
let position = typeof history !== 'undefined' ? ((history.state as { at?: number } | null)?.at ?? 0) : 0;
let undoing = false;

export function currentPath(): string {
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname;
  return path === '' ? '/' : path;
}

export function href(path: string): string {
  return `${base}${path}`;
}

/**
 * In-app navigation. A `replace` is a redirect and never asks; a new screen asks first when input
 * would be lost. `keepScroll` is for a change of the same screen's address (a list's filter): the
 * page stays where the user is.
 */
export function navigate(path: string, options: { replace?: boolean; keepScroll?: boolean } = {}): void {
  const url = href(path);
  if (options.replace) history.replaceState({ at: position }, '', url);
  else {
    if (url !== location.pathname + location.search && !mayLeave()) return;
    position += 1;
    history.pushState({ at: position }, '', url);
  }
  location$.set((n) => n + 1);
  if (!options.keepScroll) window.scrollTo(0, 0);
}

/** Back and Forward ask like a link does; when the user stays, the history move is undone. */
export function watchHistory(signal: AbortSignal): void {
  if (!(history.state as { at?: number } | null)) history.replaceState({ at: position }, '');
  window.addEventListener(
    'popstate',
    (event) => {
      const at = (event.state as { at?: number } | null)?.at ?? 0;
      if (undoing) {
        undoing = false;
        return;
      }
      if (!mayLeave()) {
        undoing = true;
        history.go(position - at);
        return;
      }
      position = at;
      location$.set((n) => n + 1);
    },
    { signal },
  );
}

export function useRoute(): { path: string; query: URLSearchParams } {
  useStore(location$);
  return { path: currentPath(), query: new URLSearchParams(location.search) };
}

/** Internal links navigate without a page load (and work offline from the precache). */
export function interceptLinks(root: HTMLElement, signal: AbortSignal): void {
  root.addEventListener(
    'click',
    (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const anchor = (event.target as Element).closest('a');
      if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, location.href);
      if (url.origin !== location.origin || !url.pathname.startsWith(base)) return;
      event.preventDefault();
      navigate(url.pathname.slice(base.length) + url.search);
    },
    { signal },
  );
}

/** The path, for effects that run when the screen changes. */
export function usePathChange(effect: (path: string) => void): void {
  const { path } = useRoute();
  const [seen, setSeen] = useState(path);
  useEffect(() => {
    if (path === seen) return;
    setSeen(path);
    effect(path);
  }, [path]);
}
