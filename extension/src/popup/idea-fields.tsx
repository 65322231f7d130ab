import type { PopupContext } from '../protocol.ts';
import { useT } from '../ui/i18n.tsx';

export interface IdeaChoices {
  leverId?: string;
  objectiveId?: string;
  personaIds: string[];
  tags: string;
  note: string;
}

/** Where the idea belongs in the plan: lever, objective, personas; and the user's own words. */
export function IdeaFields({
  context,
  value,
  onChange,
}: {
  context: PopupContext;
  value: IdeaChoices;
  onChange: (next: IdeaChoices) => void;
}) {
  const t = useT();
  const pick = (field: 'leverId' | 'objectiveId', id: string) => {
    const { [field]: _, ...rest } = value;
    onChange(id ? { ...rest, [field]: id } : rest);
  };
  const togglePersona = (id: string, on: boolean) =>
    onChange({
      ...value,
      personaIds: on ? [...value.personaIds, id] : value.personaIds.filter((p) => p !== id),
    });
  return (
    <>
      <div class="row">
        <label>
          {t('fieldLever')}
          <select value={value.leverId ?? ''} onChange={(e) => pick('leverId', e.currentTarget.value)}>
            <option value="">{t('none')}</option>
            {context.levers.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fieldObjective')}
          <select
            value={value.objectiveId ?? ''}
            onChange={(e) => pick('objectiveId', e.currentTarget.value)}
          >
            <option value="">{t('none')}</option>
            {context.objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {context.personas.length > 0 && (
        <fieldset class="personas">
          <legend>{t('fieldPersonas')}</legend>
          {context.personas.map((p) => (
            <label key={p.id} class="check">
              <input
                type="checkbox"
                checked={value.personaIds.includes(p.id)}
                onChange={(e) => togglePersona(p.id, e.currentTarget.checked)}
              />
              {p.name}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        {t('fieldTags')}
        <input
          name="tags"
          value={value.tags}
          placeholder={t('fieldTagsHint')}
          onInput={(e) => onChange({ ...value, tags: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('fieldNote')}
        <textarea
          name="note"
          rows={2}
          value={value.note}
          onInput={(e) => onChange({ ...value, note: e.currentTarget.value })}
        />
      </label>
    </>
  );
}
