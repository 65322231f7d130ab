import { type BenchmarkFunnelId, benchmarkFunnels } from '@jalon/core';
import { useId } from 'preact/hooks';
import { formatRate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { BenchmarkOptions } from '../start/benchmark-options.tsx';
import { useStageName } from './funnel-bars.tsx';
import { chooseBenchmark, replaceStages, useBenchmarkRates } from './funnel-save.ts';
import { messages } from './messages.ts';

/**
 * Picks the sector benchmark the plan compares itself with (core's `benchmarkFunnels`, grouped by
 * sector), shows its source and ranges, and can bring its midpoint rates into the plan: for the
 * stages that share an id, or as a whole new set of stages.
 */
export function BenchmarkPicker({ data }: { data: LoadedPlan }) {
  const t = useT(messages);
  const lang = useLang();
  const id = useId();
  const { plan } = data;
  const { state, run } = useSave();
  const stageName = useStageName();
  const benchmark = benchmarkFunnels.find((b) => b.id === plan.benchmarkId);
  const matching = benchmark ? plan.stages.filter((s) => benchmark.stages.some((b) => b.id === s.id)) : [];
  const replace = () => {
    if (!benchmark || !confirm(t('confirmReplace'))) return;
    return run(() => replaceStages(plan, benchmark, lang));
  };
  return (
    <section class="benchmark card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('benchmark')}</h3>
      <label for={id}>{t('benchmark')}</label>
      <select
        id={id}
        value={plan.benchmarkId ?? ''}
        onChange={(e) =>
          run(() => chooseBenchmark(plan, (e.currentTarget.value || undefined) as BenchmarkFunnelId))
        }
      >
        <option value="">{t('benchmarkNone')}</option>
        <BenchmarkOptions />
      </select>
      {benchmark && (
        <>
          <p class="muted" data-testid="benchmark-source">
            {benchmark.source.url ? (
              <a href={benchmark.source.url} target="_blank" rel="noopener noreferrer">
                {benchmark.source.name}
              </a>
            ) : (
              benchmark.source.name
            )}
            . {benchmark.source.note[lang]}
          </p>
          <ul class="list">
            {benchmark.stages.map((b) => (
              <li key={b.id}>
                {t('benchmarkLine', {
                  from: stageName('', b.id),
                  to: stageName('', b.to),
                  rate: formatRate(b.default, lang),
                  low: formatRate(b.low, lang),
                  high: formatRate(b.high, lang),
                })}
              </li>
            ))}
          </ul>
          <div class="actions-bar">
            {matching.length > 0 ? (
              <button type="button" onClick={() => run(() => useBenchmarkRates(plan, benchmark))}>
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
