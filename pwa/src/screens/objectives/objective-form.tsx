import type { KpiUnit, Objective } from '@jalon/core';
import { write } from '../../data/write.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { useEditForm } from '../../ui/edit-form.ts';
import { DateField, PickField, SelectField, TextField } from '../../ui/fields.tsx';
import { labels } from '../../ui/labels.ts';
import { uiMessages } from '../../ui/messages.ts';
import { NumberField } from '../../ui/number-field.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import type { Draft } from '../../ui/records.ts';
import { FormFooter } from '../../ui/save.tsx';
import { scaleOf } from '../../ui/values.ts';
import { type MessageKey, messages } from './messages.ts';
import { SmartCheck } from './smart-check.tsx';

const fieldKeys: Record<string, MessageKey> = {
  title: 'fieldTitle',
  description: 'fieldDescription',
  kind: 'fieldKind',
  metric: 'fieldMetric',
  unit: 'fieldUnit',
  baseline: 'fieldBaseline',
  target: 'fieldTarget',
  startDate: 'fieldStart',
  deadline: 'fieldDeadline',
  owner: 'fieldOwner',
  parentId: 'fieldParent',
  kpiIds: 'fieldKpis',
};

/** Creates (no `objective`) or edits an objective, with its SMART check live as it is typed. */
export function ObjectiveForm({
  objective,
  base: openedFrom,
  data,
  onDone,
}: {
  objective?: Objective | undefined;
  /** The objective as the form opened it; undefined `objective` with a `base`: deleted meanwhile. */
  base?: Objective | undefined;
  data: LoadedPlan;
  onDone: () => void;
}) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const tl = useT(labels);
  const record = objective ?? openedFrom;
  const { draft, update, settle, base } = useDraft<Draft<'objectives'>, Objective | undefined>(
    () =>
      record
        ? { ...record }
        : {
            title: '',
            description: '',
            kind: 'business',
            kpiIds: [],
            startDate: data.plan.period.start,
            deadline: data.plan.period.end,
          },
    { key: `objectives:${record?.id ?? 'new'}`, base: record },
  );
  const { state, submit, remove, restore, close, notice } = useEditForm({
    label: t,
    fieldKeys,
    settle,
    onDone,
    save: (restoring) => {
      const {
        id: _id,
        createdAt: _c,
        updatedAt: _u,
        planId: _p,
        ...fields
      } = draft as Draft<'objectives'> & Partial<Objective>;
      return write.saveObjective({ planId: data.plan.id, base, draft: fields, restore: restoring });
    },
    existing: base && { table: 'objectives', id: base.id, name: base.title, base, live: objective },
  });
  const scale = scaleOf(draft.unit);
  const parents = data.objectives.filter((o) => o.kind === 'business' && o.id !== record?.id);
  return (
    <form class="form" onSubmit={submit}>
      <TextField
        label={t('fieldTitle')}
        name="title"
        value={draft.title ?? ''}
        required
        onInput={(title) => update({ title })}
      />
      <TextField
        label={t('fieldDescription')}
        multiline
        value={draft.description ?? ''}
        onInput={(description) => update({ description })}
      />
      <div class="grid2">
        <SelectField
          label={t('fieldKind')}
          value={draft.kind ?? 'business'}
          options={(['business', 'intermediate'] as const).map((k) => ({ value: k, label: tl(`kind.${k}`) }))}
          onChange={(kind) => update({ kind })}
        />
        {draft.kind === 'intermediate' && (
          <SelectField
            label={t('fieldParent')}
            value={draft.parentId ?? ''}
            options={[
              { value: '', label: tu('none') },
              ...parents.map((o) => ({ value: o.id, label: o.title })),
            ]}
            onChange={(parentId) => update({ parentId: parentId || undefined })}
          />
        )}
        <TextField
          label={t('fieldMetric')}
          name="metric"
          value={draft.metric ?? ''}
          onInput={(metric) => update({ metric: metric || undefined })}
        />
        <SelectField<KpiUnit | ''>
          label={t('fieldUnit')}
          value={draft.unit ?? ''}
          options={[
            { value: '', label: t('unitNone') },
            ...(['number', 'percent', 'currency'] as const).map((u) => ({
              value: u,
              label: tl(`unit.${u}`),
            })),
          ]}
          onChange={(unit) => update({ unit: unit || undefined })}
        />
        <NumberField
          label={t('fieldBaseline')}
          name="baseline"
          scale={scale}
          value={draft.baseline}
          onChange={(baseline) => update({ baseline })}
        />
        <NumberField
          label={t('fieldTarget')}
          name="target"
          scale={scale}
          value={draft.target}
          onChange={(target) => update({ target })}
        />
        <DateField
          label={t('fieldStart')}
          value={draft.startDate}
          onChange={(startDate) => update({ startDate })}
        />
        <DateField
          label={t('fieldDeadline')}
          name="deadline"
          value={draft.deadline}
          onChange={(deadline) => update({ deadline })}
        />
        <TextField
          label={t('fieldOwner')}
          name="owner"
          value={draft.owner ?? ''}
          onInput={(owner) => update({ owner: owner || undefined })}
        />
      </div>
      <PickField
        legend={t('fieldKpis')}
        value={draft.kpiIds ?? []}
        options={data.kpis.map((k) => ({ value: k.id, label: k.name }))}
        onChange={(kpiIds) => update({ kpiIds })}
      />
      <SmartCheck objective={{ ...draft, title: draft.title ?? '' }} />
      <FormFooter state={state} onCancel={close} onDelete={remove} onRestore={restore} notice={notice} />
    </form>
  );
}
