import type { Plan } from '@jalon/core';
import { shownPlanId } from '../current-plan.ts';
import type { Settings } from '../settings.ts';
import { useT } from '../ui/i18n.tsx';

/** The plan clips go to. Plans come from the PWA by import, or the inbox the extension created. */
export function PlanChoice({
  plans,
  settings,
  onChoose,
}: {
  plans: readonly Plan[];
  settings: Settings;
  onChoose: (planId: string) => void;
}) {
  const t = useT();
  const current = shownPlanId(plans, settings);
  return (
    <section>
      <h2>{t('optionsPlan')}</h2>
      {plans.length === 0 ? (
        <p class="muted">{t('optionsNoPlan')}</p>
      ) : (
        <fieldset class="plans">
          <legend class="muted">{t('optionsPlanHint')}</legend>
          {plans.map((plan) => (
            <label key={plan.id} class="check">
              <input
                type="radio"
                name="plan"
                checked={plan.id === current}
                onChange={() => onChoose(plan.id)}
              />
              {plan.name}
              {plan.id === settings.inboxPlanId && <span class="muted"> {t('optionsInboxPlan')}</span>}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
