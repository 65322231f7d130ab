import { benchmarkFunnels, reverseFunnel } from '@jalon/core';
import { useState } from 'preact/hooks';
import { formatMoney } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { errorText, fieldName } from '../../ui/errors.ts';
import { NumberField } from '../../ui/number-field.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { BenchmarkPicker } from './benchmark-picker.tsx';
import { FunnelBars } from './funnel-bars.tsx';
import { type FunnelDraft, saveFunnel } from './funnel-save.ts';
import { messages } from './messages.ts';

/**
 * The reverse funnel (step 1), drawn: a bar per stage as wide as the count core's `reverseFunnel`
 * gives it, live from the rates being typed; tapping a bar edits its rate. A rate typed here
 * becomes the plan's own (source `own`); the benchmark's range sits beside it for comparison.
 */
export function FunnelEditor({ data }: { data: LoadedPlan }) {
  const t = useT(messages);
  const lang = useLang();
  const [editing, setEditing] = useState<string | undefined>(undefined);
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
    if (await run(() => saveFunnel(plan.id, base, draft))) settle();
  };
  const money = (cents: number) => formatMoney(cents, plan.currency, lang);
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
        <p class="muted no-print">{t('tapToEdit')}</p>
        <FunnelBars
          stages={draft.stages}
          counts={counts}
          customers={customers}
          benchmark={benchmark}
          editing={editing}
          onEdit={setEditing}
          onRate={setRate}
        />
        <p class="funnel-goal">
          {t('goalLine', { goal: money(draft.revenueGoal), deal: money(draft.averageDealValue) })}
        </p>
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

export { StageName } from './funnel-bars.tsx';
