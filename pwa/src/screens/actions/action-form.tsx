import { type ActionStatus, type KeyAction, ownersOf } from '@jalon/core';
import { today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useDraft } from '../../ui/draft.ts';
import { useEditForm } from '../../ui/edit-form.ts';
import { DateField, PickField, SelectField, TextField } from '../../ui/fields.tsx';
import { labelOf, labels } from '../../ui/labels.ts';
import { NumberField } from '../../ui/number-field.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import type { Draft } from '../../ui/records.ts';
import { FormFooter } from '../../ui/save.tsx';
import { saveAction } from './action-save.ts';
import { type MessageKey, messages } from './messages.ts';
import { PlacementFields } from './placement-fields.tsx';
import { StepsEditor } from './steps-editor.tsx';

const fieldKeys: Record<string, MessageKey> = {
  title: 'fieldTitle',
  description: 'fieldDescription',
  leverId: 'fieldLever',
  owner: 'fieldOwner',
  importance: 'fieldImportance',
  difficulty: 'fieldDifficulty',
  status: 'fieldStatus',
  startDate: 'fieldStart',
  deadline: 'fieldDeadline',
  durationDays: 'fieldDuration',
  doneOn: 'fieldDoneOn',
  steps: 'fieldSteps',
  label: 'fieldSteps',
  relativeTo: 'fieldRelative',
  actionId: 'fieldRelative',
  offsetDays: 'fieldOffset',
  keyDateId: 'fieldKeyDate',
  plannedCost: 'fieldPlanned',
  actualCost: 'fieldActual',
  expectedRevenue: 'fieldRevenue',
  personaIds: 'fieldPersonas',
  kpiIds: 'fieldKpis',
};

const scores = ['1', '2', '3', '4', '5'] as const;
const statuses: readonly ActionStatus[] = ['todo', 'doing', 'done', 'cancelled'];

/**
 * Every field of a key action (step 4–5 of the method), for a new action or an existing one.
 * `action` is the stored action as it is now; `base` (an existing action's form) the action as
 * the form opened it — undefined `action` with a `base` means it was deleted meanwhile.
 */
export function ActionForm({
  action,
  base: openedFrom,
  leverId,
  data,
  onDone,
}: {
  action?: KeyAction | undefined;
  base?: KeyAction | undefined;
  leverId?: string;
  data: LoadedPlan;
  onDone: () => void;
}) {
  const t = useT(messages);
  const tl = useT(labels);
  const lang = useLang();
  const record = action ?? openedFrom;
  const { draft, update, settle, base } = useDraft<Draft<'actions'>, KeyAction | undefined>(
    () => {
      if (!record)
        return {
          leverId: leverId ?? data.levers[0]?.id ?? '',
          title: '',
          steps: [],
          personaIds: [],
          kpiIds: [],
        };
      const { id: _i, planId: _p, createdAt: _c, updatedAt: _u, ...fields } = record;
      return fields;
    },
    { key: `actions:${record?.id ?? (leverId ? `new:${leverId}` : 'new')}`, base: record },
  );
  const { state, submit, remove, restore, close, notice } = useEditForm({
    label: t,
    fieldKeys,
    settle,
    onDone,
    save: (restoring) => saveAction(data.plan.id, base, draft, restoring),
    existing: base && { table: 'actions', id: base.id, name: base.title, base, live: action },
  });
  const money = (key: 'plannedCost' | 'actualCost' | 'expectedRevenue', label: MessageKey) => (
    <NumberField
      label={t(label)}
      name={key}
      scale="cents"
      value={draft[key]}
      onChange={(v) => update({ [key]: v ?? 0 })}
    />
  );
  const listId = `owners-${record?.id ?? 'new'}`;
  return (
    <form class="form action-form" onSubmit={submit}>
      <TextField
        label={t('fieldTitle')}
        name="title"
        required
        value={draft.title ?? ''}
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
          label={t('fieldLever')}
          name="lever"
          value={draft.leverId ?? ''}
          options={data.levers.map((l) => ({ value: l.id, label: l.name }))}
          onChange={(v) => update({ leverId: v })}
        />
        <div class="field">
          <label for={`${listId}-input`}>{t('fieldOwner')}</label>
          <input
            id={`${listId}-input`}
            name="owner"
            list={listId}
            value={draft.owner ?? ''}
            onInput={(e) => update({ owner: e.currentTarget.value })}
          />
          <datalist id={listId}>
            {ownersOf(data.actions, lang).map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </div>
        <SelectField
          label={t('fieldImportance')}
          name="importance"
          value={String(draft.importance ?? 3) as (typeof scores)[number]}
          options={scores.map((s) => ({ value: s, label: s }))}
          onChange={(v) => update({ importance: Number(v) })}
        />
        <SelectField
          label={t('fieldDifficulty')}
          name="difficulty"
          value={String(draft.difficulty ?? 3) as (typeof scores)[number]}
          options={scores.map((s) => ({ value: s, label: s }))}
          onChange={(v) => update({ difficulty: Number(v) })}
        />
        <SelectField<ActionStatus>
          label={t('fieldStatus')}
          name="status"
          value={draft.status ?? 'todo'}
          options={statuses.map((s) => ({ value: s, label: labelOf(tl, 'action', s) }))}
          // doneOn dates the action in reviews: set it on completion, drop it when reopened.
          onChange={(status) =>
            update({ status, doneOn: status === 'done' ? (draft.doneOn ?? today()) : undefined })
          }
        />
        {draft.status === 'done' && (
          <DateField
            label={t('fieldDoneOn')}
            name="doneOn"
            value={draft.doneOn}
            onChange={(doneOn) => update({ doneOn })}
          />
        )}
      </div>
      <PlacementFields
        id={record?.id}
        draft={draft}
        update={update}
        actions={data.actions}
        keyDates={data.keyDates}
      />
      <StepsEditor steps={draft.steps ?? []} onChange={(steps) => update({ steps })} />
      <fieldset class="pick">
        <legend>{t('money')}</legend>
        <div class="grid2">
          {money('plannedCost', 'fieldPlanned')}
          {money('actualCost', 'fieldActual')}
          {money('expectedRevenue', 'fieldRevenue')}
        </div>
      </fieldset>
      <PickField
        legend={t('fieldPersonas')}
        value={draft.personaIds ?? []}
        options={data.personas.map((p) => ({ value: p.id, label: p.name }))}
        onChange={(personaIds) => update({ personaIds })}
      />
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
