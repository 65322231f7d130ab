import type { BudgetLine } from '@jalon/core';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { useEditForm } from '../../ui/edit-form.ts';
import { DateField, SelectField, TextField } from '../../ui/fields.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { type Draft, saveRecord } from '../../ui/records.ts';
import { FormFooter } from '../../ui/save.tsx';
import { type MessageKey, messages } from './messages.ts';

const fieldKeys: Record<string, MessageKey> = {
  label: 'fieldLabel',
  objectiveId: 'fieldObjective',
  leverId: 'fieldLever',
  planned: 'fieldPlanned',
  actual: 'fieldActual',
  date: 'fieldDate',
};

/** A budget line: what it funds (objective, lever), planned and actual spend. */
export function LineForm({
  line,
  data,
  onDone,
}: {
  line?: BudgetLine;
  data: LoadedPlan;
  onDone: () => void;
}) {
  const t = useT(messages);
  const { draft, update, settle } = useDraft<Draft<'budgetLines'>>(() =>
    line
      ? {
          label: line.label,
          objectiveId: line.objectiveId,
          leverId: line.leverId,
          planned: line.planned,
          actual: line.actual,
          date: line.date,
        }
      : { label: '', planned: 0, actual: 0 },
  );
  const { state, submit, remove, close } = useEditForm({
    label: t,
    fieldKeys,
    settle,
    onDone,
    save: () => saveRecord('budgetLines', data.plan.id, line?.id, draft),
    existing: line && { table: 'budgetLines', id: line.id, name: line.label },
  });
  const none = { value: '', label: t('none') };
  return (
    <form class="form" onSubmit={submit}>
      <TextField
        label={t('fieldLabel')}
        name="label"
        required
        value={draft.label ?? ''}
        onInput={(label) => update({ label })}
      />
      <div class="grid2">
        <SelectField
          label={t('fieldObjective')}
          value={draft.objectiveId ?? ''}
          options={[none, ...data.objectives.map((o) => ({ value: o.id, label: o.title }))]}
          onChange={(v) => update({ objectiveId: v || undefined })}
        />
        <SelectField
          label={t('fieldLever')}
          value={draft.leverId ?? ''}
          options={[none, ...data.levers.map((l) => ({ value: l.id, label: l.name }))]}
          onChange={(v) => update({ leverId: v || undefined })}
        />
        <NumberField
          label={t('fieldPlanned')}
          name="planned"
          scale="cents"
          value={draft.planned}
          onChange={(v) => update({ planned: v ?? 0 })}
        />
        <NumberField
          label={t('fieldActual')}
          name="actual"
          scale="cents"
          value={draft.actual}
          onChange={(v) => update({ actual: v ?? 0 })}
        />
        <DateField label={t('fieldDate')} value={draft.date} onChange={(date) => update({ date })} />
      </div>
      <FormFooter state={state} onCancel={close} onDelete={remove} />
    </form>
  );
}
