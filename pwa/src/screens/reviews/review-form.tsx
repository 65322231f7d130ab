import type { KpiReview, Period, ReviewKind } from '@jalon/core';
import { write } from '../../data/write.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { fieldName } from '../../ui/errors.ts';
import { TextField } from '../../ui/fields.tsx';
import { uiMessages } from '../../ui/messages.ts';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { type MessageKey, messages } from './messages.ts';

const texts = ['worked', 'flopped', 'decisions'] as const;

/**
 * What worked, what flopped, the decisions — saved as a Review with the KPIs as they stand now
 * (core's report fields that form a `kpiSnapshot`), so later edits do not rewrite the past. The
 * texts also print as paragraphs: a textarea prints only what fits in it.
 */
export function ReviewForm({
  planId,
  kind,
  period,
  kpis,
  onSaved,
}: {
  planId: string;
  kind: ReviewKind;
  period: Period;
  kpis: readonly KpiReview[];
  onSaved: (id: string) => void;
}) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const { draft, update, settle } = useDraft(() => ({ worked: '', flopped: '', decisions: '' }));
  const { state, run } = useSave((field) => {
    const name = fieldName(field);
    return (texts as readonly string[]).includes(name) ? t(name as MessageKey) : undefined;
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    const kpiSnapshot = kpis.map((k) => ({
      kpiId: k.kpiId,
      target: k.target,
      status: k.status,
      ...(k.start === undefined ? {} : { start: k.start }),
      ...(k.end === undefined ? {} : { end: k.end }),
      ...(k.change === undefined ? {} : { change: k.change }),
    }));
    let id = '';
    const ok = await run(async () => {
      id = (await write.addRecord('reviews', { planId, kind, period, kpiSnapshot, ...draft })).id;
    });
    if (ok) {
      settle();
      onSaved(id);
    }
  };
  return (
    <form class="form review-form" onSubmit={submit}>
      {texts.map((key) => (
        <div key={key}>
          <div class="no-print">
            <TextField
              label={t(key)}
              name={key}
              multiline
              value={draft[key]}
              onInput={(value) => update({ [key]: value })}
            />
          </div>
          <div class="print-only">
            <h3>{t(key)}</h3>
            <p class="pre">{draft[key]}</p>
          </div>
        </div>
      ))}
      <div class="actions-bar no-print">
        <button type="submit" class="primary">
          {t('saveReview')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {tu('print')}
        </button>
      </div>
      <SaveStatus state={state} />
    </form>
  );
}
