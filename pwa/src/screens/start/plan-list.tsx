import { usePlanId } from '../../data/current-plan.ts';
import { useLive } from '../../data/live.ts';
import { plans as listPlans } from '../../data/queries.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { startMessages } from './messages.ts';
import { openPlan } from './use-writer.tsx';

/** The plans on this device, newest first; opening one makes it the plan every screen shows. */
export function PlanList() {
  const t = useT(startMessages);
  const lang = useLang();
  const current = usePlanId();
  const plans = useLive(listPlans, []);
  if (plans.status !== 'ready' || plans.value.length === 0) return null;
  return (
    <section aria-labelledby="plans-title">
      <h2 id="plans-title">{t('yourPlans')}</h2>
      <ul class="list" data-testid="plan-list">
        {plans.value.map((plan) => (
          <li key={plan.id} class="row spread">
            <span>
              <strong>{plan.name}</strong>
              <br />
              <span class="muted small">
                {formatDate(plan.period.start, lang)} – {formatDate(plan.period.end, lang)}
              </span>
            </span>
            {plan.id === current ? (
              <span class="badge">{t('currentPlan')}</span>
            ) : (
              <button type="button" onClick={() => openPlan(plan.id)}>
                {t('openPlan')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
