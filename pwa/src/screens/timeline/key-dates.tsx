import type { KeyDate } from '@jalon/core';
import { useState } from 'preact/hooks';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { useEditForm } from '../../ui/edit-form.ts';
import { DateField, SelectField, TextField } from '../../ui/fields.tsx';
import { labelOf, labels } from '../../ui/labels.ts';
import { uiMessages } from '../../ui/messages.ts';
import { type Draft, saveRecord } from '../../ui/records.ts';
import { FormFooter } from '../../ui/save.tsx';
import type { Range } from './calendar.ts';
import { type MessageKey, messages } from './messages.ts';

const kinds = ['event', 'launch', 'season', 'deadline', 'other'] as const;
const fieldKeys: Record<string, MessageKey> = {
  title: 'fieldTitle',
  date: 'fieldDate',
  kind: 'fieldKind',
  notes: 'fieldNotes',
};

/** The key dates of the shown period (trade shows, launches, seasons), added and edited here. */
export function KeyDates({
  planId,
  keyDates,
  range,
}: {
  planId: string;
  keyDates: readonly KeyDate[];
  range: Range;
}) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const tl = useT(labels);
  const lang = useLang();
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const shown = keyDates.filter((k) => k.date >= range.start && k.date <= range.end);
  return (
    <section class="card no-print" aria-labelledby="key-dates">
      <div class="section-head">
        <h2 id="key-dates">{t('keyDates')}</h2>
        {editing !== 'new' && (
          <button type="button" onClick={() => setEditing('new')}>
            {t('newKeyDate')}
          </button>
        )}
      </div>
      {editing === 'new' && (
        <KeyDateForm planId={planId} start={range.start} onDone={() => setEditing(undefined)} />
      )}
      {shown.length === 0 && <p class="muted">{t('noKeyDates')}</p>}
      <ul class="list">
        {shown.map((k) =>
          editing === k.id ? (
            <li key={k.id}>
              <KeyDateForm
                planId={planId}
                keyDate={k}
                start={range.start}
                onDone={() => setEditing(undefined)}
              />
            </li>
          ) : (
            <li key={k.id} class="card-head" data-key-date={k.id}>
              <span>
                <strong>{k.title}</strong>
                <br />
                <span class="muted">
                  {formatDate(k.date, lang)} · {labelOf(tl, 'keyDate', k.kind)}
                </span>
              </span>
              <button type="button" onClick={() => setEditing(k.id)}>
                {tu('edit')}
              </button>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function KeyDateForm({
  planId,
  keyDate,
  start,
  onDone,
}: {
  planId: string;
  keyDate?: KeyDate;
  start: string;
  onDone: () => void;
}) {
  const t = useT(messages);
  const tl = useT(labels);
  const { draft, update, settle } = useDraft<Draft<'keyDates'>>(() =>
    keyDate
      ? { title: keyDate.title, date: keyDate.date, kind: keyDate.kind, notes: keyDate.notes }
      : { title: '', date: start, kind: 'event', notes: '' },
  );
  const { state, submit, remove, close } = useEditForm({
    label: t,
    fieldKeys,
    settle,
    onDone,
    save: () => saveRecord('keyDates', planId, keyDate?.id, draft),
    existing: keyDate && { table: 'keyDates', id: keyDate.id, name: keyDate.title },
  });
  return (
    <form class="form" onSubmit={submit}>
      <div class="grid2">
        <TextField
          label={t('fieldTitle')}
          name="title"
          required
          value={draft.title ?? ''}
          onInput={(title) => update({ title })}
        />
        <DateField
          label={t('fieldDate')}
          name="date"
          required
          value={draft.date}
          onChange={(date) => update({ date })}
        />
        <SelectField
          label={t('fieldKind')}
          value={draft.kind ?? 'event'}
          options={kinds.map((k) => ({ value: k, label: labelOf(tl, 'keyDate', k) }))}
          onChange={(kind) => update({ kind })}
        />
      </div>
      <TextField
        label={t('fieldNotes')}
        multiline
        value={draft.notes ?? ''}
        onInput={(notes) => update({ notes })}
      />
      <FormFooter state={state} onCancel={close} onDelete={remove} />
    </form>
  );
}
