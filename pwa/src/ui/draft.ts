import { useEffect, useId, useState } from 'preact/hooks';
import { createStore } from '../shell/store.ts';
import { setUnsaved, unsaved } from '../shell/unsaved.ts';

/**
 * The drafts of open record forms, by record (`actions:<id>`). A form's draft lives here rather
 * than in the component, so that a form the screen re-mounts elsewhere — the record moved to
 * another lever in another tab, the list re-sorted after a sync — opens again with what the user
 * typed. `base` is the record as it was when the form opened: saving sends only the fields the
 * user changed from it (core's editRecord).
 */
interface Entry {
  base: unknown;
  draft: unknown;
}
const entries = createStore<ReadonlyMap<string, Entry>>(new Map());

function put(key: string, entry: Entry | undefined): void {
  entries.set((current) => {
    const next = new Map(current);
    if (entry) next.set(key, entry);
    else next.delete(key);
    return next;
  });
}

// Leaving with "discard" (router, update) forgets the drafts kept for re-mounted forms too.
unsaved.subscribe((dirty) => {
  for (const key of entries.get().keys()) if (!dirty.has(key)) put(key, undefined);
});

export function useDraft<D extends object, B = undefined>(
  initial: () => D,
  options: { key?: string | undefined; base?: B } = {},
) {
  const localId = useId();
  const id = options.key ?? localId;
  const [state, setState] = useState(() => {
    const kept = options.key ? entries.get().get(options.key) : undefined;
    return kept
      ? { draft: kept.draft as D, base: kept.base as B, dirty: true }
      : { draft: initial(), base: options.base as B, dirty: false };
  });
  // Until the user types, the form follows the record: an untouched form shows what is stored now.
  const liveBase = JSON.stringify(options.base ?? null);
  useEffect(() => {
    setState((s) => (s.dirty ? s : { draft: initial(), base: options.base as B, dirty: false }));
  }, [liveBase]);
  // A form closed without saving forgets its draft; one merely re-mounted keeps it (see above).
  useEffect(
    () => () => {
      if (!options.key || !entries.get().has(options.key)) setUnsaved(id, false);
    },
    [id],
  );
  const update = (patch: Partial<D>) => {
    setState((s) => {
      const next = { ...s, draft: { ...s.draft, ...patch }, dirty: true };
      if (options.key) put(options.key, { base: next.base, draft: next.draft });
      return next;
    });
    setUnsaved(id, true);
  };
  const settle = () => {
    setState((s) => ({ ...s, dirty: false }));
    if (options.key) put(options.key, undefined);
    setUnsaved(id, false);
  };
  return { draft: state.draft, base: state.base, dirty: state.dirty, update, settle };
}

/** The record a kept draft started from, when a form for `key` was left with unsaved input. */
export function keptBase<B>(key: string): B | undefined {
  return entries.get().get(key)?.base as B | undefined;
}
