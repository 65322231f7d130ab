import { useEffect, useState } from 'preact/hooks';

/**
 * One toast at a time, at the bottom of the screen, above the tab bar: "Done — Undo". A new toast
 * replaces the previous one (its undo is no longer offered: the user has moved on).
 */
export interface Toast {
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
}

const TOAST_MS = 6_000;
let current: (Toast & { id: number }) | undefined;
let nextId = 1;
const listeners = new Set<() => void>();

export function showToast(toast: Toast): void {
  current = { ...toast, id: nextId++ };
  for (const listener of listeners) listener();
}

function dismiss(id: number): void {
  if (current?.id !== id) return;
  current = undefined;
  for (const listener of listeners) listener();
}

export function ToastHost() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    listeners.add(update);
    return () => listeners.delete(update);
  }, []);
  const toast = current;
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
