import { useEffect } from 'preact/hooks';
import { createStore, useStore } from './store.ts';

/**
 * One toast at a time, at the bottom of the screen, above the tab bar: "Done — Undo". A new toast
 * replaces the previous one (its undo is no longer offered: the user has moved on).
 */
export interface Toast {
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
  /** Where the thing just done can be seen ("See the action"). */
  link?: { label: string; href: string };
}

const TOAST_MS = 6_000;
const current = createStore<(Toast & { id: number }) | undefined>(undefined);
let nextId = 1;

export function showToast(toast: Toast): void {
  current.set({ ...toast, id: nextId++ });
}

function dismiss(id: number): void {
  current.set((shown) => (shown?.id === id ? undefined : shown));
}

export function ToastHost() {
  const toast = useStore(current);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast?.id]);
  // The live region stays in the page so that screen readers announce each new message.
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast" data-testid="toast">
          <span>{toast.message}</span>
          {toast.link && (
            <a href={toast.link.href} onClick={() => dismiss(toast.id)}>
              {toast.link.label}
            </a>
          )}
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                dismiss(toast.id);
                void toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
