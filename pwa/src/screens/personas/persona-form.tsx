import type { Persona } from '@jalon/core';
import { write } from '../../data/write.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { useEditForm } from '../../ui/edit-form.ts';
import { DateField, LinesField, TextField } from '../../ui/fields.tsx';
import type { Draft } from '../../ui/records.ts';
import { FormFooter } from '../../ui/save.tsx';
import { type MessageKey, messages } from './messages.ts';

/** The list fields of a persona, edited one item per line. */
export const listFields = ['goals', 'stakes', 'problems', 'channels', 'objections'] as const;
type ListField = (typeof listFields)[number];

export const listLabels: Record<ListField, MessageKey> = {
  goals: 'fieldGoals',
  stakes: 'fieldStakes',
  problems: 'fieldProblems',
  channels: 'fieldChannels',
  objections: 'fieldObjections',
};

const fieldKeys: Record<string, MessageKey> = {
  ...listLabels,
  name: 'fieldName',
  role: 'fieldRole',
  company: 'fieldCompany',
  notes: 'fieldNotes',
  lastReviewed: 'fieldLastReviewed',
};

export function PersonaForm({
  persona,
  base: openedFrom,
  planId,
  onDone,
}: {
  persona?: Persona | undefined;
  /** The persona as the form opened it; undefined `persona` with a `base`: deleted meanwhile. */
  base?: Persona | undefined;
  planId: string;
  onDone: () => void;
}) {
  const t = useT(messages);
  const record = persona ?? openedFrom;
  const { draft, update, settle, base } = useDraft<Draft<'personas'>, Persona | undefined>(
    () =>
      record
        ? {
            name: record.name,
            role: record.role,
            company: record.company,
            goals: record.goals,
            stakes: record.stakes,
            problems: record.problems,
            channels: record.channels,
            objections: record.objections,
            notes: record.notes,
            lastReviewed: record.lastReviewed,
          }
        : {
            name: '',
            role: '',
            company: '',
            goals: [],
            stakes: [],
            problems: [],
            channels: [],
            objections: [],
            notes: '',
          },
    { key: `personas:${record?.id ?? 'new'}`, base: record },
  );
  const { state, submit, remove, restore, close, notice } = useEditForm({
    label: t,
    fieldKeys,
    settle,
    onDone,
    save: (restoring) => write.savePersona({ planId, base, draft, restore: restoring }),
    existing: base && { table: 'personas', id: base.id, name: base.name, base, live: persona },
  });
  return (
    <form class="form" onSubmit={submit}>
      <div class="grid2">
        <TextField
          label={t('fieldName')}
          name="name"
          required
          value={draft.name ?? ''}
          onInput={(name) => update({ name })}
        />
        <TextField
          label={t('fieldRole')}
          name="role"
          value={draft.role ?? ''}
          onInput={(role) => update({ role })}
        />
        <TextField
          label={t('fieldCompany')}
          name="company"
          value={draft.company ?? ''}
          onInput={(company) => update({ company })}
        />
        <DateField
          label={t('fieldLastReviewed')}
          value={draft.lastReviewed}
          onChange={(lastReviewed) => update({ lastReviewed })}
        />
        {listFields.map((field) => (
          <LinesField
            key={field}
            label={t(listLabels[field])}
            name={field}
            value={draft[field] ?? []}
            onChange={(value) => update({ [field]: value })}
          />
        ))}
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
