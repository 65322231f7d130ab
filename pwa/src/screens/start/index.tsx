import type { ImportReport } from '@jalon/core/storage';
import { getPlanId } from '../../data/current-plan.ts';
import { plans as listPlans } from '../../data/queries.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { href } from '../../shell/router.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { showToast } from '../../shell/toast.tsx';
import { ImportPanel } from '../sync/import-panel.tsx';
import { AssessmentStart } from './assessment-form.tsx';
import { ExampleStart } from './example.tsx';
import { startMessages } from './messages.ts';
import { PlanList } from './plan-list.tsx';
import { ScratchStart } from './scratch.tsx';
import { openPlan } from './use-writer.tsx';

const modes = ['scratch', 'example', 'assessment', 'import'] as const;
type Mode = (typeof modes)[number];

/** Open a plan of this device, or make a new one four ways. Each way is its own sub-view (?mode=). */
export default function Start({ query }: ScreenProps) {
  const t = useT(startMessages);
  const mode = modes.find((m) => m === query.get('mode'));
  if (mode) {
    return (
      <>
        <p class="no-print">
          <a href={href('/start')}>← {t('back')}</a>
        </p>
        <ModeView mode={mode} />
      </>
    );
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <PlanList />
      <h2>{t('newPlan')}</h2>
      <ul class="options">
        {modes.map((m) => (
          <li key={m}>
            <a class="option card" href={href(`/start?mode=${m}`)} data-mode={m}>
              <strong>{t(`option.${m}`)}</strong>
              <span class="muted">{t(`option.${m}.hint`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p class="muted small">{t('installHint')}</p>
    </>
  );
}

function ModeView({ mode }: { mode: Mode }) {
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
