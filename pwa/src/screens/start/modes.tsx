import type { ImportReport } from '@jalon/core/storage';
import { getPlanId } from '../../data/current-plan.ts';
import { plans as listPlans } from '../../data/queries.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { href } from '../../shell/router.ts';
import { showToast } from '../../shell/toast.tsx';
import { ImportPanel } from '../sync/import-panel.tsx';
import { AssessmentStart } from './assessment-form.tsx';
import { ExampleStart } from './example.tsx';
import { startMessages } from './messages.ts';
import { ScratchStart } from './scratch.tsx';
import { openPlan } from './use-writer.tsx';

export type Mode = 'scratch' | 'example' | 'assessment' | 'import';

/** The four ways to make a plan, each its own sub-view of Start (`?mode=`), in their own chunk. */
export function ModeView({ mode }: { mode: Mode }) {
  const t = useT(startMessages);
  return (
    <>
      <p class="no-print">
        <a href={href('/start')}>← {t('back')}</a>
      </p>
      <ModeBody mode={mode} />
    </>
  );
}

function ModeBody({ mode }: { mode: Mode }) {
  const t = useT(startMessages);
  const lang = useLang();
  if (mode === 'scratch') return <ScratchStart />;
  if (mode === 'example') return <ExampleStart />;
  if (mode === 'assessment') return <AssessmentStart />;
  return (
    <>
      <h1>{t('option.import')}</h1>
      <p>{t('option.import.hint')}</p>
      <ImportPanel
        onImported={(report) =>
          void afterImport(report, t(pluralKey('imported', report.added, lang), { added: report.added }))
        }
      />
    </>
  );
}

/** An imported file may bring several plans: open the newest unless one is open already. */
async function afterImport(report: ImportReport, done: string): Promise<void> {
  const plans = await listPlans();
  const current = getPlanId();
  const keep = plans.find((p) => p.id === current) ?? plans[0];
  if (!keep) return; // a file without a plan: its report stays on screen
  if (report.added > 0) showToast({ message: done });
  openPlan(keep.id);
}
