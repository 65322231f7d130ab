import { type ChecklistStep, newId } from '@jalon/core';
import { useT } from '../../i18n/messages.ts';
import { messages } from './messages.ts';

/** An action's checklist: label and done for each step, steps added at the end or removed. */
export function StepsEditor({
  steps,
  onChange,
}: {
  steps: readonly ChecklistStep[];
  onChange: (steps: ChecklistStep[]) => void;
}) {
  const t = useT(messages);
  const set = (id: string, patch: Partial<ChecklistStep>) =>
    onChange(steps.map((s) => (s.id === id ? { ...s, ...patch } : s)));
  return (
    <fieldset class="pick steps-editor">
      <legend>{t('fieldSteps')}</legend>
      <ol class="plain">
        {steps.map((step, i) => (
          <li key={step.id} class="step-row">
            <label class="tick-box">
              <input
                type="checkbox"
                checked={step.done}
                aria-label={`${t('stepDone')} — ${t('stepLabel', { n: i + 1 })}`}
                onChange={(e) => set(step.id, { done: e.currentTarget.checked })}
              />
            </label>
            <input
              aria-label={t('stepLabel', { n: i + 1 })}
              value={step.label}
              required
              onInput={(e) => set(step.id, { label: e.currentTarget.value })}
            />
            <button
              type="button"
              class="danger"
              aria-label={t('removeStep', { n: i + 1 })}
              onClick={() => onChange(steps.filter((s) => s.id !== step.id))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...steps, { id: newId(), label: '', done: false }])}>
        {t('addStep')}
      </button>
    </fieldset>
  );
}
