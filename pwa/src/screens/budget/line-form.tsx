import type { BudgetLine } from '@jalon/core';
import { write } from '../../data/write.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { useEditForm } from '../../ui/edit-form.ts';
import { DateField, SelectField, TextField } from '../../ui/fields.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import type { Draft } from '../../ui/records.ts';
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
  base: openedFrom,
  data,
  onDone,
}: {
  line?: BudgetLine | undefined;
  /** The line as the form opened it; undefined `line` with a `base`: deleted meanwhile. */
  base?: BudgetLine | undefined;
  data: LoadedPlan;
  onDone: () => void;
}) {
  const t = useT(messages);
  const record = line ?? openedFrom;
  const { draft, update, settle, base } = useDraft<Draft<'budgetLines'>, BudgetLine | undefined>(
    () =>
      record
        ? {
            label: record.label,
            objectiveId: record.objectiveId,
            leverId: record.leverId,
            planned: record.planned,
            actual: record.actual,
            date: record.date,
          }
        : { label: '', planned: 0, actual: 0 },
    { key: `budgetLines:${record?.id ?? 'new'}`, base: record },
  );
  const { state, submit, remove, restore, close, notice } = useEditForm({
    label: t,
    fieldKeys,
    settle,
    onDone,
    save: (restoring) => write.saveBudgetLine({ planId: data.plan.id, base, draft, restore: restoring }),
    existing: base && { table: 'budgetLines', id: base.id, name: base.label, base, live: line },
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
      <FormFooter state={state} onCancel={close} onDelete={remove} onRestore={restore} notice={notice} />
    </form>
  );
}
