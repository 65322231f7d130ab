import type { KeyAction } from '@jalon/core';
import { resolveSchedule } from '@jalon/core';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { DateField, SelectField } from '../../ui/fields.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import type { Draft } from '../../ui/records.ts';
import { messages } from './messages.ts';
import { spanText } from './when.ts';

/**
 * Dates, duration, key date, and the associated-action placement (relative to another action, a
 * number of days before or after). With an anchor, the dates are `schedule`'s to compute: they are
 * shown, live, instead of being typed.
 */
export function PlacementFields({
  id,
  draft,
  update,
  actions,
  keyDates,
}: {
  id: string | undefined;
  draft: Draft<'actions'>;
  update: (patch: Draft<'actions'>) => void;
  actions: readonly KeyAction[];
  keyDates: readonly { id: string; title: string; date: string }[];
}) {
  const t = useT(messages);
  const lang = useLang();
  const self = id ?? 'new-action';
  const relative = draft.relativeTo;
  // An action cannot hang on itself; a cycle through others is caught by schedule and shown.
  const anchors = actions.filter((a) => a.id !== self);
  let computed: string | undefined;
  if (relative) {
    // Only the placement fields matter to schedule.
    const { startDate, deadline, durationDays } = draft;
    const candidate = { id: self, startDate, deadline, durationDays, relativeTo: relative } as KeyAction;
    const resolved = resolveSchedule([...anchors, candidate]);
    const at = resolved.dates.get(self);
    const reason = resolved.unplaced.get(self);
    computed = at
      ? t('computed', { dates: spanText(at.start, at.end, t, lang) })
      : t('computedNone', { reason: t(`unplaced.${reason ?? 'unknown-anchor'}`) });
  }
  return (
    <fieldset class="pick placement">
      <legend>{t('placement')}</legend>
      <SelectField
        label={t('fieldRelative')}
        name="relative"
        value={relative?.actionId ?? ''}
        options={[
          { value: '', label: t('relativeNone') },
          ...anchors.map((a) => ({ value: a.id, label: a.title })),
        ]}
        onChange={(actionId) =>
          update({ relativeTo: actionId ? { actionId, offsetDays: relative?.offsetDays ?? 0 } : undefined })
        }
      />
      {relative && (
        <>
          <NumberField
            label={t('fieldOffset')}
            name="offset"
            required
            value={relative.offsetDays}
            onChange={(offsetDays) =>
              offsetDays !== undefined &&
              update({ relativeTo: { ...relative, offsetDays: Math.trunc(offsetDays) } })
            }
          />
          <p class="computed" role="status">
            {computed}
          </p>
        </>
      )}
      <div class="grid2">
        {!relative && (
          <>
            <DateField
              label={t('fieldStart')}
              name="startDate"
              value={draft.startDate}
              onChange={(startDate) => update({ startDate })}
            />
            <DateField
              label={t('fieldDeadline')}
              name="deadline"
              value={draft.deadline}
              onChange={(deadline) => update({ deadline })}
            />
          </>
        )}
        <NumberField
          label={t('fieldDuration')}
          name="duration"
          value={draft.durationDays}
          onChange={(d) => update({ durationDays: d === undefined ? undefined : Math.trunc(d) })}
        />
        <SelectField
          label={t('fieldKeyDate')}
          value={draft.keyDateId ?? ''}
          options={[
            { value: '', label: t('keyDateNone') },
            ...keyDates.map((k) => ({ value: k.id, label: `${k.title} (${k.date})` })),
          ]}
          onChange={(keyDateId) => update({ keyDateId: keyDateId || undefined })}
        />
      </div>
    </fieldset>
  );
}
