import { type Channel, channels, type Lever } from '@jalon/core';
import { write } from '../../data/write.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { useEditForm } from '../../ui/edit-form.ts';
import { PickField, SelectField, TextField } from '../../ui/fields.tsx';
import { labelOf, labels } from '../../ui/labels.ts';
import { NumberField } from '../../ui/number-field.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import type { Draft } from '../../ui/records.ts';
import { FormFooter } from '../../ui/save.tsx';
import { isCurrencyUnit } from './figures.ts';
import { FiguresEditor } from './figures-editor.tsx';
import { type MessageKey, messages } from './messages.ts';

const fieldKeys: Record<string, MessageKey> = {
  name: 'fieldName',
  channel: 'fieldChannel',
  verdict: 'fieldVerdict',
  cause: 'fieldCause',
  objectiveIds: 'fieldObjectives',
  metric: 'fieldTargetMetric',
  value: 'fieldTargetValue',
  unit: 'fieldTargetUnit',
  kpiIds: 'fieldKpis',
  weight: 'fieldWeight',
  label: 'figureLabel',
};

type Target = { metric: string; value: number | undefined; unit: string };

/** Creates or edits a lever: channel, last period, objectives served, target, KPIs and weight. */
export function LeverForm({
  lever,
  base: openedFrom,
  data,
  onDone,
}: {
  lever?: Lever | undefined;
  /** The lever as the form opened it; undefined `lever` with a `base`: deleted meanwhile. */
  base?: Lever | undefined;
  data: LoadedPlan;
  onDone: () => void;
}) {
  const t = useT(messages);
  const tl = useT(labels);
  const record = lever ?? openedFrom;
  const { draft, update, settle, base } = useDraft<
    Draft<'levers'> & { targetDraft: Target },
    Lever | undefined
  >(
    () => ({
      name: record?.name ?? '',
      channel: record?.channel ?? 'other',
      lastPeriod: record?.lastPeriod ?? { figures: [], verdict: '', cause: 'unknown' },
      objectiveIds: record?.objectiveIds ?? [],
      kpiIds: record?.kpiIds ?? [],
      weight: record?.weight ?? 1,
      targetDraft: {
        metric: record?.target?.metric ?? '',
        value: record?.target?.value,
        unit: record?.target?.unit ?? '',
      },
    }),
    { key: `levers:${record?.id ?? 'new'}`, base: record },
  );
  const save = (restoring: boolean) => {
    const { targetDraft, ...fields } = draft;
    // A target needs a value; its metric defaults to the lever's name, as in the example plans.
    const target =
      targetDraft.value === undefined
        ? undefined
        : {
            metric: targetDraft.metric || (fields.name ?? ''),
            value: targetDraft.value,
            unit: targetDraft.unit,
          };
    return write.saveLever({ planId: data.plan.id, base, draft: { ...fields, target }, restore: restoring });
  };
  const { state, submit, remove, restore, close, notice } = useEditForm({
    label: t,
    fieldKeys,
    settle,
    onDone,
    save,
    existing: base && { table: 'levers', id: base.id, name: base.name, base, live: lever },
  });
  const lastPeriod = draft.lastPeriod ?? { figures: [], verdict: '', cause: 'unknown' as const };
  const target = draft.targetDraft;
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
        <SelectField<Channel>
          label={t('fieldChannel')}
          value={draft.channel ?? 'other'}
          options={channels.map((c) => ({ value: c, label: labelOf(tl, 'channel', c) }))}
          onChange={(channel) => update({ channel })}
        />
      </div>
      <FiguresEditor
        figures={lastPeriod.figures}
        currency={data.plan.currency}
        onChange={(figures) => update({ lastPeriod: { ...lastPeriod, figures } })}
      />
      <TextField
        label={t('fieldVerdict')}
        multiline
        value={lastPeriod.verdict}
        onInput={(verdict) => update({ lastPeriod: { ...lastPeriod, verdict } })}
      />
      <SelectField
        label={t('fieldCause')}
        hint={t('causeNote')}
        value={lastPeriod.cause}
        options={(['lever', 'execution', 'unknown'] as const).map((c) => ({
          value: c,
          label: labelOf(tl, 'cause', c),
        }))}
        onChange={(cause) => update({ lastPeriod: { ...lastPeriod, cause } })}
      />
      <PickField
        legend={t('fieldObjectives')}
        value={draft.objectiveIds ?? []}
        options={data.objectives.map((o) => ({ value: o.id, label: o.title }))}
        onChange={(objectiveIds) => update({ objectiveIds })}
      />
      <div class="grid2">
        <TextField
          label={t('fieldTargetMetric')}
          value={target.metric}
          onInput={(metric) => update({ targetDraft: { ...target, metric } })}
        />
        <NumberField
          label={t('fieldTargetValue')}
          name="target-value"
          scale={isCurrencyUnit(target.unit) ? 'cents' : 'plain'}
          value={target.value}
          onChange={(value) => update({ targetDraft: { ...target, value } })}
        />
        <TextField
          label={t('fieldTargetUnit')}
          value={target.unit}
          onInput={(unit) => update({ targetDraft: { ...target, unit } })}
        />
        <NumberField
          label={t('fieldWeight')}
          name="weight"
          hint={t('weightHint')}
          required
          value={draft.weight}
          onChange={(weight) => weight !== undefined && update({ weight })}
        />
      </div>
      <PickField
        legend={t('fieldKpis')}
        value={draft.kpiIds ?? []}
        options={data.kpis.map((k) => ({ value: k.id, label: k.name }))}
        onChange={(kpiIds) => update({ kpiIds })}
      />
      <FormFooter state={state} onCancel={close} onDelete={remove} onRestore={restore} notice={notice} />
    </form>
  );
}
