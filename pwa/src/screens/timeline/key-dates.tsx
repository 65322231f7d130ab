import type { KeyDate } from '@jalon/core';
import { write } from '../../data/write.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { useEditForm } from '../../ui/edit-form.ts';
import { useEditing } from '../../ui/editing.ts';
import { DateField, SelectField, TextField } from '../../ui/fields.tsx';
import { labelOf, labels } from '../../ui/labels.ts';
import { uiMessages } from '../../ui/messages.ts';
import { OrphanForms } from '../../ui/orphan-forms.tsx';
import type { Draft } from '../../ui/records.ts';
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
  const _tu = useT(uiMessages);
  const _tl = useT(labels);
  const _lang = useLang();
  const [creating, setCreating] = useEditing('keyDates:new');
  const shown = keyDates.filter((k) => k.date >= range.start && k.date <= range.end);
  return (
    <section class="card no-print" aria-labelledby="key-dates">
      <div class="section-head">
        <h2 id="key-dates">{t('keyDates')}</h2>
        {!creating && (
          <button type="button" onClick={() => setCreating(true)}>
            {t('newKeyDate')}
          </button>
        )}
      </div>
      {creating && <KeyDateForm planId={planId} start={range.start} onDone={() => setCreating(false)} />}
      <OrphanForms<KeyDate> table="keyDates" live={keyDates}>
        {(base, close) => <KeyDateForm planId={planId} base={base} start={range.start} onDone={close} />}
      </OrphanForms>
      {shown.length === 0 && <p class="muted">{t('noKeyDates')}</p>}
      <ul class="list">
        {shown.map((k) => (
          <KeyDateItem key={k.id} planId={planId} keyDate={k} start={range.start} />
        ))}
      </ul>
    </section>
  );
}

function KeyDateItem({ planId, keyDate, start }: { planId: string; keyDate: KeyDate; start: string }) {
  const tu = useT(uiMessages);
  const tl = useT(labels);
  const lang = useLang();
  const [editing, setEditing] = useEditing(`keyDates:${keyDate.id}`);
  if (editing) {
    return (
      <li>
        <KeyDateForm planId={planId} keyDate={keyDate} start={start} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li class="card-head" data-key-date={keyDate.id}>
      <span>
        <strong>{keyDate.title}</strong>
        <br />
        <span class="muted">
          {formatDate(keyDate.date, lang)} · {labelOf(tl, 'keyDate', keyDate.kind)}
        </span>
      </span>
      <button type="button" onClick={() => setEditing(true)}>
        {tu('edit')}
      </button>
    </li>
  );
}

function KeyDateForm({
  planId,
  keyDate,
  base: openedFrom,
  start,
  onDone,
}: {
  planId: string;
  keyDate?: KeyDate | undefined;
  /** The key date as the form opened it; undefined `keyDate` with a `base`: deleted meanwhile. */
  base?: KeyDate | undefined;
  start: string;
  onDone: () => void;
}) {
  const t = useT(messages);
  const tl = useT(labels);
  const record = keyDate ?? openedFrom;
  const { draft, update, settle, base } = useDraft<Draft<'keyDates'>, KeyDate | undefined>(
    () =>
      record
        ? { title: record.title, date: record.date, kind: record.kind, notes: record.notes }
        : { title: '', date: start, kind: 'event', notes: '' },
    { key: `keyDates:${record?.id ?? 'new'}`, base: record },
  );
  const { state, submit, remove, restore, close, notice } = useEditForm({
    label: t,
    fieldKeys,
    settle,
    onDone,
    save: (restoring) => write.saveKeyDate({ planId, base, draft, restore: restoring }),
    existing: base && { table: 'keyDates', id: base.id, name: base.title, base, live: keyDate },
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
      <FormFooter state={state} onCancel={close} onDelete={remove} onRestore={restore} notice={notice} />
    </form>
  );
}
