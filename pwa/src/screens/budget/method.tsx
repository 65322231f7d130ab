import { type Economics, objectivesMethod } from '@jalon/core';
import { write } from '../../data/write.ts';
import { formatMoney, formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { errorText, fieldName } from '../../ui/errors.ts';
import { uiMessages } from '../../ui/messages.ts';
import { NumberField } from '../../ui/number-field.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { type MessageKey, messages } from './messages.ts';

const fieldKeys: Record<string, MessageKey> = {
  budget: 'setBudget',
  averageRevenuePerAccount: 'fieldArpa',
  grossMargin: 'fieldMargin',
  monthlyChurn: 'fieldChurn',
  cac: 'fieldCac',
  targetLtvToCac: 'fieldRatio',
};

type EconomicsDraft = { [K in keyof Economics]?: Economics[K] | undefined };

/**
 * Step 6's first half: the budget the revenue goal calls for (core's reverse funnel, unit
 * economics and objectives-method budget), the plan's own budget, and the unit economics behind.
 */
export function ObjectivesMethod({ data, readOnly }: { data: LoadedPlan; readOnly?: boolean }) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const lang = useLang();
  const { plan } = data;
  const money = (cents: number) => formatMoney(cents, plan.currency, lang);
  const label = (field: string) => {
    const key = fieldKeys[fieldName(field)];
    return key ? t(key) : undefined;
  };
  const { state, run } = useSave(label);
  const { draft, update, settle, dirty, base } = useDraft<
    {
      budget: number | undefined;
      economics: EconomicsDraft;
    },
    { budget: number; economics: Economics | undefined }
  >(() => ({ budget: plan.budget, economics: { ...plan.economics } }), {
    key: `plans:${plan.id}:budget`,
    base: { budget: plan.budget, economics: plan.economics },
  });
  let method: ReturnType<typeof objectivesMethod>;
  let broken: string | undefined;
  try {
    method = objectivesMethod(plan);
  } catch (error) {
    broken = errorText(error, lang, label);
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    const e = draft.economics;
    const complete =
      e.averageRevenuePerAccount !== undefined && e.grossMargin !== undefined && e.monthlyChurn !== undefined;
    // Economics are all-or-nothing in the schema: an incomplete set is left as it was.
    const changes = { budget: draft.budget ?? 0, ...(complete ? { economics: e as Economics } : {}) };
    if (await run(() => write.editRecord('plans', plan.id, { base, draft: changes }))) settle();
  };
  const setEconomics = (patch: EconomicsDraft) => update({ economics: { ...draft.economics, ...patch } });
  return (
    <section class="card method" aria-labelledby="budget-method">
      <h2 id="budget-method">{t('method')}</h2>
      {broken && <p class="error">{t('methodBroken', { error: broken })}</p>}
      {!method && !broken && <p class="muted">{t('noEconomics')}</p>}
      {method && (
        <>
          <p class="big" data-testid="method-line">
            {t('methodLine', {
              customers: formatNumber(method.customers, lang),
              cac: money(method.budget.allowableCac),
              total: money(method.budget.total),
            })}
          </p>
          <p class="muted">
            {method.basis === 'cac'
              ? t('basisCac')
              : t('basisLtv', { ratio: formatNumber(method.targetLtvToCac ?? 3, lang) })}
          </p>
          <dl class="figures">
            <div>
              <dt>{t('ltv')}</dt>
              <dd>{money(method.economics.ltv)}</dd>
            </div>
            <div>
              <dt>{t('lifetime')}</dt>
              <dd>{t('months', { n: formatNumber(method.economics.lifetimeMonths, lang, 1) })}</dd>
            </div>
            {method.economics.ltvToCac !== undefined && (
              <div>
                <dt>{t('ltvToCac')}</dt>
                <dd>{formatNumber(method.economics.ltvToCac, lang, 1)}</dd>
              </div>
            )}
            {method.economics.paybackMonths !== undefined && (
              <div>
                <dt>{t('payback')}</dt>
                <dd>{t('months', { n: formatNumber(method.economics.paybackMonths, lang, 1) })}</dd>
              </div>
            )}
          </dl>
        </>
      )}
      {!readOnly && (
        <form class="form no-print" onSubmit={submit}>
          <div class="grid2">
            <NumberField
              label={t('setBudget')}
              name="budget"
              scale="cents"
              required
              value={draft.budget}
              onChange={(budget) => update({ budget })}
            />
            {method && method.budget.total !== draft.budget && (
              <div class="field">
                <button type="button" onClick={() => update({ budget: method.budget.total })}>
                  {t('useMethod')}
                </button>
              </div>
            )}
          </div>
          <details open={!plan.economics}>
            <summary>{t('economics')}</summary>
            <div class="grid2">
              <NumberField
                label={t('fieldArpa')}
                scale="cents"
                value={draft.economics.averageRevenuePerAccount}
                onChange={(v) => setEconomics({ averageRevenuePerAccount: v })}
              />
              <NumberField
                label={t('fieldMargin')}
                scale="rate"
                value={draft.economics.grossMargin}
                onChange={(v) => setEconomics({ grossMargin: v })}
              />
              <NumberField
                label={t('fieldChurn')}
                scale="rate"
                value={draft.economics.monthlyChurn}
                onChange={(v) => setEconomics({ monthlyChurn: v })}
              />
              <NumberField
                label={t('fieldCac')}
                scale="cents"
                value={draft.economics.cac}
                onChange={(v) => setEconomics({ cac: v })}
              />
              <NumberField
                label={t('fieldRatio')}
                value={draft.economics.targetLtvToCac}
                onChange={(v) => setEconomics({ targetLtvToCac: v })}
              />
            </div>
          </details>
          <div class="actions-bar">
            <button type="submit" class="primary" disabled={!dirty}>
              {tu('save')}
            </button>
          </div>
          <SaveStatus state={state} />
        </form>
      )}
    </section>
  );
}
