import type { ComponentChildren, JSX } from 'preact';
import { createStore, useStore } from '../../shell/store.ts';

/**
 * Groups of a long list fold away (tap their head) and stay as the user left them for the rest of
 * the session: a reload, Back or another screen and back keep them. The tab's session storage holds
 * only the groups the user turned from their default, by id (`screen:group`).
 */
const KEY = 'jalon.folds';

function readFolds(): Record<string, boolean> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return {};
    // What the storage holds is not trusted: only true/false entries are kept.
    return Object.fromEntries(Object.entries(stored).filter(([, open]) => typeof open === 'boolean'));
  } catch {
    return {};
  }
}

const folds$ = createStore<Record<string, boolean>>(readFolds());
const folds = () => folds$.get();

/** Opens or closes a group from code (a card moved into a folded column opens it). */
export function setFold(id: string, open: boolean): void {
  if (folds()[id] === open) return;
  const next = { ...folds(), [id]: open };
  folds$.set(next);
  try {
    sessionStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // A full or refused storage only forgets the folds at the next reload.
  }
}

/** A group that folds away; `summary` is its head. Other attributes go on the `<details>`. */
export function Fold({
  id,
  defaultOpen = true,
  summary,
  summaryClass,
  children,
  ...rest
}: {
  id: string;
  defaultOpen?: boolean;
  summary: ComponentChildren;
  summaryClass?: string;
  children: ComponentChildren;
} & Omit<JSX.HTMLAttributes<HTMLDetailsElement>, 'id' | 'open' | 'onToggle' | 'summary'>) {
  const open = useStore(folds$, (all) => all[id] ?? defaultOpen);
  return (
    <details
      {...rest}
      data-fold={id}
      open={open}
      onToggle={(e) => {
        if (e.currentTarget.open !== open) setFold(id, e.currentTarget.open);
      }}
    >
      <summary class={summaryClass}>{summary}</summary>
      {children}
    </details>
  );
}
