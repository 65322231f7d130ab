import { type Kpi, kpiValueFromText } from '@jalon/core';
import { useMemo, useState } from 'preact/hooks';
import { useLive } from '../../data/live.ts';
import { getPlan, kpiEntries, kpisWithLatest } from '../../data/queries.ts';
import { write } from '../../data/write.ts';
import { formatDate, formatValue, today } from '../../i18n/format.ts';
import { intlLocale, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { navigate } from '../../shell/router.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { useUnsaved } from '../../shell/unsaved.ts';
import { errorText } from '../../ui/errors.ts';
import { examples, kpiMessages } from './messages.ts';
import { StatusPanel } from './status-panel.tsx';

/** Quick entry after an event: pick the KPI, type the figure as you would write it, save in one tap. */
export default function KpiEntryScreen({ planId, query }: ScreenProps) {
  const t = useT(kpiMessages);
  const lang = useLang();
  const data = useLive(
    async () => ({ plan: await getPlan(planId), kpis: await kpisWithLatest(planId) }),
    [planId],
  );
  const sorted = useMemo(() => {
    if (data.status !== 'ready') return { recent: [], others: [] };
    const { kpis } = data.value;
    const recent = kpis
      .filter((k) => k.latestDate)
      .sort((a, b) => ((a.latestDate ?? '') < (b.latestDate ?? '') ? 1 : -1));
    const others = kpis.filter((k) => !k.latestDate).sort((a, b) => a.kpi.name.localeCompare(b.kpi.name));
    return { recent: recent.map((k) => k.kpi), others: others.map((k) => k.kpi) };
  }, [data]);

  if (data.status === 'error') return <p role="alert">{errorText(data.error, lang)}</p>;
  if (data.status === 'loading') return <h1 aria-busy="true">{t('title')}</h1>;
  const all = [...sorted.recent, ...sorted.others];
  const kpi = all.find((k) => k.id === query.get('kpi')) ?? all[0];
  return (
    <>
      <h1>{t('title')}</h1>
      {kpi ? (
        <EntryForm
          key={kpi.id}
          kpi={kpi}
          recent={sorted.recent}
          others={sorted.others}
          currency={data.value.plan?.currency ?? 'EUR'}
        />
      ) : (
        <p>{t('noKpis')}</p>
      )}
    </>
  );
}

function EntryForm({
  kpi,
  recent,
  others,
  currency,
}: {
  kpi: Kpi;
  recent: Kpi[];
  others: Kpi[];
  currency: string;
}) {
  const t = useT(kpiMessages);
  const lang = useLang();
  const [text, setText] = useState('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const entries = useLive(() => kpiEntries(kpi.id), [kpi.id]);
  useUnsaved('kpi-entry', text.trim() !== '' || note.trim() !== '');

  const example = examples[lang][kpi.unit];
  const read = kpiValueFromText(text, kpi.unit, currency, intlLocale(lang));
  const preview = read.ok ? formatValue(read.value, kpi.unit, currency, lang) : undefined;

  const save = async (event: Event) => {
    event.preventDefault();
    if (!read.ok) {
      setError(t(`error.${read.error}`, { text, example, currency: read.currency ?? currency }));
      return;
    }
    setBusy(true);
    try {
      await write.addKpiValue({ kpiId: kpi.id, text, locale: intlLocale(lang), date, note });
      setSaved(t('saved', { value: preview ?? '', date: formatDate(date, lang) }));
      setText('');
      setNote('');
      setError(undefined);
    } catch (failure) {
      setError(errorText(failure, lang));
    } finally {
      setBusy(false);
    }
  };

  const option = (k: Kpi) => (
    <option key={k.id} value={k.id}>
      {k.name}
    </option>
  );
  return (
    <>
      <form class="kpi-form" onSubmit={(e) => void save(e)} noValidate>
        <label for="kpi-pick">{t('kpi')}</label>
        <select
          id="kpi-pick"
          value={kpi.id}
          onChange={(e) =>
            navigate(`/kpi?kpi=${encodeURIComponent(e.currentTarget.value)}`, { replace: true })
          }
        >
          {recent.length > 0 && <optgroup label={t('recent')}>{recent.map(option)}</optgroup>}
          {recent.length > 0 ? (
            <optgroup label={t('others')}>{others.map(option)}</optgroup>
          ) : (
            others.map(option)
          )}
        </select>
        <label for="kpi-value">{t('value')}</label>
        <input
          id="kpi-value"
          class="big-number"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          placeholder={example}
          aria-describedby="kpi-value-hint kpi-value-read"
          aria-invalid={error ? true : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setError(undefined);
            setSaved(undefined);
          }}
        />
        <p id="kpi-value-hint" class="muted small">
          {t('valueHint', { example })}
        </p>
        <p id="kpi-value-read" class="small" aria-live="polite">
          {preview && t('readAs', { value: preview })}
        </p>
        {error && (
          <p class="error" role="alert" data-testid="kpi-error">
            {error}
          </p>
        )}
        <label for="kpi-date">{t('date')}</label>
        <input
          id="kpi-date"
          type="date"
          value={date}
          required
          onInput={(e) => setDate(e.currentTarget.value || today())}
        />
        <label for="kpi-note">{t('note')}</label>
        <textarea id="kpi-note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <p>
          <button type="submit" class="primary wide" disabled={busy}>
            {t('save')}
          </button>
        </p>
        <p role="status" data-testid="kpi-saved">
          {saved}
        </p>
      </form>
      {entries.status === 'ready' && <StatusPanel kpi={kpi} entries={entries.value} currency={currency} />}
    </>
  );
}
