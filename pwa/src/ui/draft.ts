import { useEffect, useId, useState } from 'preact/hooks';
import { setUnsaved } from '../shell/unsaved.ts';

/**
 * A form's working copy of a record. While it differs from what was loaded, the shell knows there
 * is unsaved input (an app update then asks before reloading); leaving the form clears that.
 */
export function useDraft<D extends object>(initial: () => D) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [dirty, setDirty] = useState(false);
  useEffect(() => () => setUnsaved(id, false), [id]);
  const update = (patch: Partial<D>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    setUnsaved(id, true);
  };
  const settle = () => {
    setDirty(false);
    setUnsaved(id, false);
  };
  return { draft, update, dirty, settle };
}
