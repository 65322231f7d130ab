import { type Plan, type PlanData, sortPlanData } from '@jalon/core';
import type { ComponentChildren } from 'preact';
import { useLive } from '../data/live.ts';
import { planData } from '../data/queries.ts';
import { intlLocale, useLang } from '../i18n/locale.ts';
import { useT } from '../i18n/messages.ts';
import { errorText } from './errors.ts';
import { uiMessages } from './messages.ts';
// Every desk screen renders through PlanGate, so the shared styles come with it.
import './desk.css';
import './forms.css';
import './charts.css';

export type LoadedPlan = PlanData & { plan: Plan };

/**
 * Every live record of the plan, re-read whenever any of them changes (here, in another tab or
 * through an import). The desk screens read the whole plan: a plan is small, and the objective →
 * lever → action tree crosses every table.
 */
export function PlanGate({
  planId,
  children,
}: {
  planId: string;
  children: (data: LoadedPlan) => ComponentChildren;
}) {
  const t = useT(uiMessages);
  const lang = useLang();
  const live = useLive(() => planData(planId), [planId]);
  if (live.status === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  if (live.status === 'error') {
    return (
      <p role="alert" class="error">
        {t('loadFailed')} {errorText(live.error, lang)}
      </p>
    );
  }
  const plan = live.value?.plans[0];
  if (!live.value || !plan) return <p role="alert">{t('planMissing')}</p>;
  return <>{children({ ...sortPlanData(live.value, intlLocale(lang)), plan })}</>;
}
