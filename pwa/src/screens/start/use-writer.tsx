import { useState } from 'preact/hooks';
import { setPlanId } from '../../data/current-plan.ts';
import { type PlanRecords, write as store, type WriteProgress } from '../../data/write.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { navigate } from '../../shell/router.ts';
import { setUnsaved } from '../../shell/unsaved.ts';
import { errorText } from '../../ui/errors.ts';
import { startMessages } from './messages.ts';

/** After a plan is created or imported: it becomes the open plan and the day's checklist shows. */
export function openPlan(id: string): void {
  setPlanId(id);
  navigate('/today');
}

/** Writes a new plan (one transaction), shows its progress and any error, then opens it. */
export function useWriter(formId: string) {
  const t = useT(startMessages);
  const lang = useLang();
  const [progress, setProgress] = useState<WriteProgress | undefined>();
  const [error, setError] = useState<string | undefined>();
  const write = async (records: () => PlanRecords) => {
    setError(undefined);
    try {
      const plan = records();
      const id = plan.plans?.[0]?.id;
      await store.createPlan(plan, setProgress);
      setUnsaved(formId, false);
      if (id) openPlan(id);
    } catch (failure) {
      setProgress(undefined);
      setError(errorText(failure, lang));
    }
  };
  const status = (
    <>
      {progress && (
        <div role="status">
          <p>{t('writing', { done: progress.done, total: progress.total })}</p>
          <progress max={progress.total || 1} value={progress.done} data-testid="write-progress" />
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
  return { write, busy: progress !== undefined && !error, status };
}
