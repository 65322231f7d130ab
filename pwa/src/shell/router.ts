import { useEffect, useState } from 'preact/hooks';

/** Paths are relative to the app's base URL, so the static build can live in a sub-folder. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const listeners = new Set<() => void>();

export function currentPath(): string {
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname;
  return path === '' ? '/' : path;
}

export function href(path: string): string {
  return `${base}${path}`;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = href(path);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

export function useRoute(): { path: string; query: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
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
