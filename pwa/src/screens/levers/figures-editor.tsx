import type { Figure } from '@jalon/core';
import { useT } from '../../i18n/messages.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { NumberField } from '../../ui/number-field.tsx';
import { isCurrencyUnit } from './figures.ts';
import { messages } from './messages.ts';

/**
 * Last period's figures as editable rows. The unit is a count, a percentage or the plan's
 * currency (then the value is typed in units and kept in cents); a figure imported with another
 * unit keeps it as an option.
 */
export function FiguresEditor({
  figures,
  currency,
  onChange,
}: {
  figures: readonly Figure[];
  currency: string;
  onChange: (figures: Figure[]) => void;
}) {
  const t = useT(messages);
  const set = (index: number, patch: Partial<Figure>) =>
    onChange(figures.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  return (
    <fieldset class="pick figures-editor">
      <legend>{t('figures')}</legend>
      {figures.map((figure, index) => {
        const units = [
          '',
          '%',
          currency,
          ...(['', '%', currency].includes(figure.unit) ? [] : [figure.unit]),
        ];
        return (
          // Figures have no id, so rows are keyed by index: a row's inputs follow their value props
          // (NumberField re-syncs its text), so removing a row cannot leave stale text behind.
          <div key={index} class="figure-row">
            <TextField
              label={t('figureLabel')}
              value={figure.label}
              onInput={(label) => set(index, { label })}
            />
            <NumberField
              label={t('figureValue')}
              scale={isCurrencyUnit(figure.unit) ? 'cents' : 'plain'}
              required
              value={figure.value}
              onChange={(value) => value !== undefined && set(index, { value })}
            />
            <SelectField
              label={t('figureUnit')}
              value={figure.unit}
              options={units.map((u) => ({ value: u, label: u === '' ? t('unitCount') : u }))}
              onChange={(unit) => set(index, { unit })}
            />
            <button
              type="button"
              class="danger"
              aria-label={t('removeFigure', { label: figure.label })}
              onClick={() => onChange(figures.filter((_, i) => i !== index))}
            >
              ✕
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...figures, { label: '', value: 0, unit: '' }])}>
        {t('addFigure')}
      </button>
    </fieldset>
  );
}
