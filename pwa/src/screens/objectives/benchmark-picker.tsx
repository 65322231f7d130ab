import { type BenchmarkFunnelId, benchmarkFunnels, type FunnelStage } from '@jalon/core';
import { useId } from 'preact/hooks';
import { formatRate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { labels } from '../../ui/labels.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { editFields } from '../../ui/records.ts';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { messages } from './messages.ts';

/**
 * Picks the sector benchmark the plan compares itself with (core's `benchmarkFunnels`), shows
 * its ranges, and can bring its midpoint rates into the plan: for the stages that share an id, or
 * as a whole new set of stages.
 */
export function BenchmarkPicker({ data }: { data: LoadedPlan }) {
  const t = useT(messages);
  const tl = useT(labels);
  const lang = useLang();
  const id = useId();
  const { plan } = data;
  const { state, run } = useSave();
  const benchmark = benchmarkFunnels.find((b) => b.id === plan.benchmarkId);
  const stageLabel = (stageId: string) => {
    const key = `stage.${stageId}`;
    return key in labels.fr ? tl(key as keyof typeof labels.fr) : stageId;
  };
  const choose = (value: string) =>
    run(() => editFields('plans', plan, { benchmarkId: (value || undefined) as BenchmarkFunnelId }));
  const matching = benchmark ? plan.stages.filter((s) => benchmark.stages.some((b) => b.id === s.id)) : [];
  const useRates = () => {
    if (!benchmark) return;
    const stages = plan.stages.map((s): FunnelStage => {
      const b = benchmark.stages.find((candidate) => candidate.id === s.id);
      return b ? { ...s, conversionRate: b.default, source: 'benchmark' } : s;
    });
    return run(() => editFields('plans', plan, { stages }));
  };
  const replace = () => {
    if (!benchmark || !confirm(t('confirmReplace'))) return;
    const stages = benchmark.stages.map(
      (b): FunnelStage => ({
        id: b.id,
        label: stageLabel(b.id),
        conversionRate: b.default,
        source: 'benchmark',
      }),
    );
    return run(() => editFields('plans', plan, { stages }));
  };
  return (
    <section class="benchmark card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('benchmark')}</h3>
      <label for={id}>{t('benchmark')}</label>
      <select id={id} value={plan.benchmarkId ?? ''} onChange={(e) => choose(e.currentTarget.value)}>
        <option value="">{t('benchmarkNone')}</option>
        {benchmarkFunnels.map((b) => (
          <option key={b.id} value={b.id}>
            {t(`benchmark.${b.id}`)}
          </option>
        ))}
      </select>
      {benchmark && (
        <>
          <p class="muted">
            {benchmark.source.name}. {t(`note.${benchmark.id}`)}
          </p>
          <ul class="list">
            {benchmark.stages.map((b) => (
              <li key={b.id}>
                {stageLabel(b.id)} → {stageLabel(b.to === 'won' ? 'customers' : b.to)} :{' '}
                <strong>{formatRate(b.default, lang)}</strong>{' '}
                <span class="muted">
                  ({formatRate(b.low, lang)} – {formatRate(b.high, lang)})
                </span>
              </li>
            ))}
          </ul>
          <div class="actions-bar">
            {matching.length > 0 ? (
              <button type="button" onClick={useRates}>
                {t('useBenchmarkRates')}
              </button>
            ) : (
              <p class="muted">{t('noMatchingStage')}</p>
            )}
            <button type="button" onClick={replace}>
              {t('replaceFunnel')}
            </button>
          </div>
        </>
      )}
      <SaveStatus state={state} />
    </section>
  );
}
