import { type BenchmarkFunnel, benchmarkStageLabel, type FunnelStage } from '@jalon/core';
import { useEffect, useRef } from 'preact/hooks';
import { formatNumber, formatRate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { uiMessages } from '../../ui/messages.ts';
import { NumberField } from '../../ui/number-field.tsx';
import { messages } from './messages.ts';

/** A stage's own label (the plan's words), else core's short name of its id. */
export function useStageName(): (label: string, id: string) => string {
  const lang = useLang();
  return (label, id) => label || (benchmarkStageLabel(id, lang, 'short') ?? id);
}

export function StageName({ label, id }: { label: string; id: string }) {
  return <span>{useStageName()(label, id)}</span>;
}

/** A bar's width: its count as a share of the widest stage's (the top of the funnel). */
export function barShare(count: number | undefined, widest: number): number {
  if (count === undefined || !(widest > 0)) return 0;
  return Math.min(1, count / widest);
}

/**
 * The reverse funnel drawn: one bar per stage, as wide as the stage's count against the top's,
 * then the customers. Each stage's bar is a button: tapped, it opens its rate for editing, and the
 * bars follow as the rate is typed. The bars are decoration (`aria-hidden`); the count, the name
 * and the rate beside each are the text screen readers and paper read.
 */
export function FunnelBars({
  stages,
  counts,
  customers,
  benchmark,
  editing,
  onEdit,
  onRate,
}: {
  stages: readonly FunnelStage[];
  counts: ReadonlyMap<string, number> | undefined;
  customers: number | undefined;
  benchmark: BenchmarkFunnel | undefined;
  editing: string | undefined;
  onEdit: (stageId: string | undefined) => void;
  onRate: (index: number, rate: number | undefined) => void;
}) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const lang = useLang();
  const stageName = useStageName();
  const widest = Math.max(0, ...stages.map((s) => counts?.get(s.id) ?? 0), customers ?? 0);
  const count = (n: number | undefined) => (n === undefined ? tu('none') : formatNumber(n, lang));
  return (
    <ol class="funnel-bars">
      {stages.map((stage, index) => {
        const n = counts?.get(stage.id);
        const range = benchmark?.stages.find((b) => b.id === stage.id);
        const open = editing === stage.id;
        const last = index === stages.length - 1;
        return (
          <li key={stage.id} data-stage={stage.id} class={open ? 'open' : undefined}>
            <button
              type="button"
              class="funnel-bar-button"
              aria-expanded={open}
              aria-controls={`rate-edit-${stage.id}`}
              title={t('editRate')}
              onClick={() => onEdit(open ? undefined : stage.id)}
            >
              <span
                class="funnel-bar"
                aria-hidden="true"
                style={{ width: `${100 * barShare(n, widest)}%` }}
              />
              <span class="funnel-count">
                <strong>{count(n)}</strong> {stageName(stage.label, stage.id)}
              </span>
            </button>
            <p class="funnel-rate">
              <span aria-hidden="true">↓ </span>
              {t(last ? 'rateLineCustomers' : 'rateLine', { rate: formatRate(stage.conversionRate, lang) })}{' '}
              <span class={`chip source-${stage.source}`}>
                {stage.source === 'own' ? t('sourceOwn') : t('sourceBenchmark')}
              </span>{' '}
              {range && (
                <span class="muted">
                  {t('benchmarkRange', {
                    low: formatRate(range.low, lang),
                    high: formatRate(range.high, lang),
                  })}
                </span>
              )}
            </p>
            {open && (
              <RateEditor
                stage={stage}
                last={last}
                onRate={(rate) => onRate(index, rate)}
                onClose={() => onEdit(undefined)}
              />
            )}
          </li>
        );
      })}
      <li data-stage="customers" class="funnel-customers">
        <span class="funnel-bar-button">
          <span
            class="funnel-bar"
            aria-hidden="true"
            style={{ width: `${100 * barShare(customers, widest)}%` }}
          />
          <span class="funnel-count">
            <strong>{count(customers)}</strong> {t('customersNeeded')}
          </span>
        </span>
      </li>
    </ol>
  );
}

function RateEditor({
  stage,
  last,
  onRate,
  onClose,
}: {
  stage: FunnelStage;
  last: boolean;
  onRate: (rate: number | undefined) => void;
  onClose: () => void;
}) {
  const t = useT(messages);
  const box = useRef<HTMLFieldSetElement>(null);
  // The tap that opened the editor puts the caret in its rate.
  useEffect(() => box.current?.querySelector('input')?.focus(), []);
  return (
    <fieldset
      class="funnel-edit row"
      id={`rate-edit-${stage.id}`}
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <legend class="visually-hidden">{t('editRate')}</legend>
      <NumberField
        label={last ? t('rateToCustomers') : t('rateTo')}
        name={`rate-${stage.id}`}
        scale="rate"
        required
        value={stage.conversionRate}
        onChange={onRate}
      />
      <button type="button" onClick={onClose}>
        {t('rateDone')}
      </button>
    </fieldset>
  );
}
