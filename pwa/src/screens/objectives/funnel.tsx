import { benchmarkFunnels, type FunnelStage, reverseFunnel } from '@jalon/core';
import { write } from '../../data/write.ts';
import { formatMoney, formatNumber, formatRate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { errorText, fieldName } from '../../ui/errors.ts';
import { labels } from '../../ui/labels.ts';
import { uiMessages } from '../../ui/messages.ts';
import { NumberField } from '../../ui/number-field.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { BenchmarkPicker } from './benchmark-picker.tsx';
import { messages } from './messages.ts';

type FunnelDraft = { stages: FunnelStage[]; revenueGoal: number; averageDealValue: number };

/**
 * The reverse funnel (step 1): revenue goal → new customers → each stage up to visitors, counted by
 * core's `reverseFunnel` live from the rates being typed. A rate typed here becomes the plan's own
 * (source `own`); the benchmark's range sits beside it for comparison.
 */
export function FunnelEditor({ data }: { data: LoadedPlan }) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const lang = useLang();
  const { plan } = data;
  const stored: FunnelDraft = {
    stages: plan.stages,
    revenueGoal: plan.revenueGoal,
    averageDealValue: plan.averageDealValue,
  };
  const { draft, update, settle, dirty, base } = useDraft<FunnelDraft, FunnelDraft>(
    () => ({ ...stored, stages: plan.stages.map((s) => ({ ...s })) }),
    { key: `plans:${plan.id}:funnel`, base: stored },
  );
  const { state, run } = useSave((field) => {
    const name = fieldName(field);
    if (name === 'conversionRate') return t('rateTo');
    if (name === 'revenueGoal') return t('revenueGoal');
    if (name === 'averageDealValue') return t('averageDeal');
    return undefined;
  });
  const benchmark = benchmarkFunnels.find((b) => b.id === plan.benchmarkId);
  let counts: Map<string, number> | undefined;
  let customers: number | undefined;
  let broken: string | undefined;
  try {
    const funnel = reverseFunnel({
      goal: { revenue: draft.revenueGoal, averageDealValue: draft.averageDealValue },
      stages: draft.stages,
    });
    counts = new Map(funnel.stages.map((s) => [s.id, s.count]));
    customers = funnel.customers;
  } catch (error) {
    broken = errorText(error, lang);
  }
  const setRate = (index: number, rate: number | undefined) => {
    if (rate === undefined) return;
    const stages = draft.stages.map((s, i) =>
      i === index ? { ...s, conversionRate: rate, source: 'own' as const } : s,
    );
    update({ stages });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await run(() => write.editRecord('plans', plan.id, { base, draft }))) settle();
  };
  const money = (cents: number) => formatMoney(cents, plan.currency, lang);
  // Shown from the goal down to the top of the funnel, the way the method reasons.
  const bottomUp = draft.stages.map((stage, index) => ({ stage, index })).reverse();
  return (
    <>
      <form class="form funnel" onSubmit={submit}>
        <div class="grid2">
          <NumberField
            label={t('revenueGoal')}
            scale="cents"
            required
            value={draft.revenueGoal}
            onChange={(v) => v !== undefined && update({ revenueGoal: v })}
          />
          <NumberField
            label={t('averageDeal')}
            scale="cents"
            required
            value={draft.averageDealValue}
            onChange={(v) => v !== undefined && update({ averageDealValue: v })}
          />
        </div>
        {broken && (
          <p role="alert" class="error">
            {t('funnelBroken', { error: broken })}
          </p>
        )}
        <ol class="funnel-steps">
          <li class="funnel-goal">
            <strong>{money(draft.revenueGoal)}</strong>{' '}
            <span class="muted">÷ {money(draft.averageDealValue)}</span>
          </li>
          <li class="funnel-customers" data-stage="customers">
            <strong>{customers === undefined ? tu('none') : formatNumber(customers, lang)}</strong>{' '}
            {t('customersNeeded')}
          </li>
          {bottomUp.map(({ stage, index }) => {
            const range = benchmark?.stages.find((b) => b.id === stage.id);
            const count = counts?.get(stage.id);
            return (
              <li key={stage.id} data-stage={stage.id}>
                <div class="funnel-count">
                  <strong>{count === undefined ? tu('none') : formatNumber(count, lang)}</strong>{' '}
                  <StageName label={stage.label} id={stage.id} />
                </div>
                <div class="row">
                  <NumberField
                    label={index === draft.stages.length - 1 ? t('rateToCustomers') : t('rateTo')}
                    name={`rate-${stage.id}`}
                    scale="rate"
                    required
                    value={stage.conversionRate}
                    onChange={(rate) => setRate(index, rate)}
                  />
                  <span class={`chip source-${stage.source}`}>
                    {stage.source === 'own' ? t('sourceOwn') : t('sourceBenchmark')}
                  </span>
                  {range && (
                    <span class="muted">
                      {t('benchmarkRange', {
                        low: formatRate(range.low, lang),
                        high: formatRate(range.high, lang),
                      })}
                    </span>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        <div class="actions-bar">
          <button type="submit" class="primary" disabled={!dirty}>
            {t('saveFunnel')}
          </button>
        </div>
        <SaveStatus state={state} />
      </form>
      <BenchmarkPicker data={data} />
    </>
  );
}

/** A stage's own label (the plan's words), else the translated benchmark name of its id. */
export function StageName({ label, id }: { label: string; id: string }) {
  const tl = useT(labels);
  const key = `stage.${id}`;
  return <span>{label || (key in labels.fr ? tl(key as keyof typeof labels.fr) : id)}</span>;
}
