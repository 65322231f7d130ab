import {
  addDays,
  type BenchmarkFunnelId,
  benchmarkFunnels,
  benchmarkPlanStages,
  buildFoundation,
  deriveObjectives,
  type FunnelStage,
  foundationTexts,
  newId,
} from '@jalon/core';
import { useMemo, useState } from 'preact/hooks';
import { formatNumber, formatRate, today } from '../../i18n/format.ts';
import { intlLocale, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { readMoney, readRate } from '../../i18n/read.ts';
import { useUnsaved } from '../../shell/unsaved.ts';
import { BenchmarkOptions } from './benchmark-options.tsx';
import { startMessages } from './messages.ts';
import { useWriter } from './use-writer.tsx';

export const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'CAD'] as const;

/** A new plan from the revenue goal and a sector funnel whose rates the user can replace. */
export function ScratchStart() {
  const t = useT(startMessages);
  const lang = useLang();
  const locale = intlLocale(lang);
  const day = today();
  const [touched, setTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [name, setName] = useState(t('defaultName', { year: day.slice(0, 4) }));
  const [start, setStart] = useState(day);
  const [end, setEnd] = useState(addDays(day, 181));
  const [currency, setCurrency] = useState<string>('EUR');
  const [goal, setGoal] = useState('');
  const [deal, setDeal] = useState('');
  const [owner, setOwner] = useState(foundationTexts[lang].defaultOwner);
  const [benchmarkId, setBenchmarkId] = useState<BenchmarkFunnelId>('b2b-saas-inbound');
  const [rates, setRates] = useState<Record<string, string>>({});
  const { write, busy, status } = useWriter('start-scratch');
  useUnsaved('start-scratch', touched);

  const benchmark = useMemo(() => benchmarkPlanStages(benchmarkId, lang), [benchmarkId, lang]);
  const funnel = benchmarkFunnels.find((f) => f.id === benchmarkId);
  const source = funnel?.source;
  const stages: (FunnelStage | undefined)[] = benchmark.map((stage) => {
    const typed = rates[stage.id];
    if (typed === undefined) return stage;
    const rate = readRate(typed, locale);
    return rate === undefined ? undefined : { ...stage, conversionRate: rate, source: 'own' };
  });
  const revenueGoal = readMoney(goal, currency, locale);
  const averageDealValue = readMoney(deal, currency, locale);
  const valid = {
    name: name.trim() !== '',
    period: start !== '' && end !== '' && start <= end,
    goal: revenueGoal !== undefined && revenueGoal > 0,
    deal: averageDealValue !== undefined && averageDealValue > 0,
    stages: stages.every(Boolean),
  };
  const ok = Object.values(valid).every(Boolean);
  const preview = useMemo(() => {
    if (!valid.goal || !valid.deal || !valid.stages) return undefined;
    try {
      return deriveObjectives(
        {
          revenueGoal: revenueGoal ?? 0,
          averageDealValue: averageDealValue ?? 0,
          stages: stages as FunnelStage[],
          period: { start, end },
        },
        { customersLabel: t('customers') },
      ).objectives;
    } catch {
      return undefined;
    }
  }, [revenueGoal, averageDealValue, JSON.stringify(stages), start, end]);

  const edit = (set: (value: string) => void) => (e: Event) => {
    set((e.currentTarget as HTMLInputElement).value);
    setTouched(true);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (!ok) return;
    void write(() => {
      const f = buildFoundation(
        {
          name: name.trim(),
          start,
          end,
          currency,
          revenueGoal: revenueGoal ?? 0,
          averageDealValue: averageDealValue ?? 0,
          benchmarkId,
          stages: stages as FunnelStage[],
          owner: owner.trim(),
        },
        lang,
        { newId, now: new Date().toISOString() },
      );
      return { plans: [f.plan], objectives: f.objectives, kpis: f.kpis.all };
    });
  };
  const err = (field: keyof typeof valid, message: string) =>
    submitted && !valid[field] ? (
      <p class="error" id={`err-${field}`}>
        {message}
      </p>
    ) : null;
  const money = t('error.money', { currency });

  return (
    <form onSubmit={submit} noValidate>
      <h1>{t('option.scratch')}</h1>
      <label for="plan-name">{t('name')}</label>
      <input id="plan-name" class="wide" value={name} onInput={edit(setName)} />
      {err('name', t('error.name'))}
      <div class="row">
        <span>
          <label for="plan-start">{t('start')}</label>
          <input id="plan-start" type="date" value={start} onInput={edit(setStart)} />
        </span>
        <span>
          <label for="plan-end">{t('end')}</label>
          <input id="plan-end" type="date" value={end} onInput={edit(setEnd)} />
        </span>
      </div>
      {err('period', t('error.period'))}
      <label for="plan-currency">{t('currency')}</label>
      <select id="plan-currency" value={currency} onChange={edit(setCurrency)}>
        {currencies.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <label for="plan-goal">{t('revenueGoal')}</label>
      <input
        id="plan-goal"
        class="wide"
        inputMode="decimal"
        value={goal}
        onInput={edit(setGoal)}
        placeholder="120 000"
      />
      {err('goal', money)}
      <label for="plan-deal">{t('averageDealValue')}</label>
      <input
        id="plan-deal"
        class="wide"
        inputMode="decimal"
        value={deal}
        onInput={edit(setDeal)}
        placeholder="6 000"
      />
      {err('deal', money)}
      <label for="plan-owner">{t('owner')}</label>
      <input id="plan-owner" class="wide" value={owner} onInput={edit(setOwner)} />
      <label for="plan-benchmark">{t('benchmark')}</label>
      <select
        id="plan-benchmark"
        value={benchmarkId}
        onChange={(e) => {
          setBenchmarkId(e.currentTarget.value as BenchmarkFunnelId);
          setRates({});
        }}
      >
        <BenchmarkOptions />
      </select>
      {source && (
        <p class="muted small" data-testid="benchmark-source">
          {t('benchmarkSource', { source: source.name })} {source.note[lang]}
        </p>
      )}
      <fieldset>
        <legend>{t('stagesTitle')}</legend>
        <p class="muted small">{t('stagesHint')}</p>
        {benchmark.map((stage, i) => (
          <div key={stage.id}>
            <label for={`rate-${stage.id}`}>{t('rateOf', { stage: stage.label })}</label>
            <input
              id={`rate-${stage.id}`}
              inputMode="decimal"
              value={rates[stage.id] ?? formatRate(stage.conversionRate, lang)}
              aria-invalid={stages[i] ? undefined : true}
              onInput={(e) => {
                setRates({ ...rates, [stage.id]: e.currentTarget.value });
                setTouched(true);
              }}
            />
            <RangeHint low={funnel?.stages[i]?.low} high={funnel?.stages[i]?.high} />
          </div>
        ))}
        {err('stages', t('error.rate'))}
      </fieldset>
      {preview && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t('funnelPreview')}</h2>
          <ul class="list funnel">
            {preview.map((o) => (
              <li key={o.stageId} class="row spread">
                <span>{o.label}</span>
                <strong>{formatNumber(o.target, lang)}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
      {submitted && !ok && (
        <p class="error" role="alert">
          {t('fixErrors')}
        </p>
      )}
      <p>
        <button type="submit" class="primary wide" disabled={busy}>
          {t('create')}
        </button>
      </p>
      {status}
    </form>
  );
}

/** The sector's range for a stage, beside the rate typed. */
function RangeHint({ low, high }: { low: number | undefined; high: number | undefined }) {
  const t = useT(startMessages);
  const lang = useLang();
  if (low === undefined || high === undefined) return null;
  return (
    <span class="muted small">
      {' '}
      {t('benchmarkRange', { low: formatRate(low, lang), high: formatRate(high, lang) })}
    </span>
  );
}
