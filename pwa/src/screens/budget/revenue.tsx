import { moneyFromText, type Revenue } from '@jalon/core';
import { useState } from 'preact/hooks';
import { write } from '../../data/write.ts';
import { formatDate, formatMoney, today } from '../../i18n/format.ts';
import { intlLocale, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useUnsaved } from '../../shell/unsaved.ts';
import { errorText } from '../../ui/errors.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { messages } from './messages.ts';

/**
 * Realised revenue: what a lever, and optionally one of its actions, actually won, recorded
 * through core's `recordRevenue` (the amount read in the user's locale into cents by core), and
 * the revenue recorded so far (`revenues`, those a filter keeps), newest first. Realised ROMI per
 * lever and per action reads these.
 */
export function RevenueSection({
  data,
  revenues: shown,
}: {
  data: LoadedPlan;
  revenues: readonly Revenue[];
}) {
  const t = useT(messages);
  const lang = useLang();
  const { plan } = data;
  const locale = intlLocale(lang);
  const money = (cents: number) => formatMoney(cents, plan.currency, lang);
  const [leverId, setLeverId] = useState(data.levers[0]?.id ?? '');
  const [actionId, setActionId] = useState('');
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useUnsaved('revenue', text.trim() !== '' || note.trim() !== '');

  const lever = data.levers.find((l) => l.id === leverId) ?? data.levers[0];
  const actions = data.actions.filter((a) => a.leverId === lever?.id);
  const names = new Map<string, string>([
    ...data.levers.map((l) => [l.id, l.name] as const),
    ...data.actions.map((a) => [a.id, a.title] as const),
  ]);
  const revenues = [...shown].sort((a, b) => b.date.localeCompare(a.date));
  const total = revenues.reduce((sum, r) => sum + r.amount, 0);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!lever) return;
    const amount = moneyFromText(text, plan.currency, locale);
    if (amount === undefined || amount === 0) {
      setError(t('revenueBadAmount', { text, currency: plan.currency }));
      return;
    }
    setBusy(true);
    try {
      await write.recordRevenue({
        leverId: lever.id,
        ...(actionId && actions.some((a) => a.id === actionId) ? { actionId } : {}),
        date,
        text,
        locale,
        note,
      });
      setSaved(t('revenueSaved', { amount: money(amount), date: formatDate(date, lang) }));
      setText('');
      setNote('');
      setError(undefined);
    } catch (failure) {
      setError(errorText(failure, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="budget-revenues" data-testid="revenues">
      <h2 id="budget-revenues">{t('revenues')}</h2>
      <p class="muted">{t('revenuesIntro')}</p>
      {data.levers.length > 0 && (
        <form class="revenue-form" onSubmit={(e) => void save(e)} noValidate>
          <div class="grid2">
            <label class="field">
              <span>{t('revenueLever')}</span>
              <select
                id="revenue-lever"
                value={lever?.id}
                onChange={(e) => {
                  setLeverId(e.currentTarget.value);
                  setActionId('');
                }}
              >
                {data.levers.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('revenueAction')}</span>
              <select
                id="revenue-action"
                value={actionId}
                onChange={(e) => setActionId(e.currentTarget.value)}
              >
                <option value="">{t('revenueNoAction')}</option>
                {actions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('revenueDate')}</span>
              <input
                id="revenue-date"
                type="date"
                value={date}
                required
                onInput={(e) => setDate(e.currentTarget.value || today())}
              />
            </label>
            <label class="field">
              <span>{t('revenueAmount')}</span>
              <input
                id="revenue-amount"
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={text}
                placeholder={t('revenueAmountHint')}
                aria-invalid={error ? true : undefined}
                onInput={(e) => {
                  setText(e.currentTarget.value);
                  setError(undefined);
                  setSaved(undefined);
                }}
              />
            </label>
          </div>
          <label class="field">
            <span>{t('revenueNote')}</span>
            <input
              id="revenue-note"
              type="text"
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          {error && (
            <p class="error" role="alert" data-testid="revenue-error">
              {error}
            </p>
          )}
          <p>
            <button type="submit" class="primary" disabled={busy}>
              {t('revenueSave')}
            </button>
          </p>
          <p role="status" data-testid="revenue-saved">
            {saved}
          </p>
        </form>
      )}
      {revenues.length === 0 ? (
        <p class="muted">{t('revenueNone')}</p>
      ) : (
        <>
          <p data-testid="revenue-total">{t('revenueTotal', { amount: money(total) })}</p>
          <ul class="list revenue-list">
            {revenues.map((r) => (
              <li key={r.id} data-revenue={r.id}>
                <time dateTime={r.date}>{formatDate(r.date, lang)}</time> · <strong>{money(r.amount)}</strong>{' '}
                · {names.get(r.leverId)}
                {r.actionId && <> · {names.get(r.actionId)}</>}
                {r.note && <span class="muted"> · {r.note}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
