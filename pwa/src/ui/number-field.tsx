import { parseMetric, toCents } from '@jalon/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../i18n/format.ts';
import { intlLocale, type Lang, useLang } from '../i18n/locale.ts';
import { useT } from '../i18n/messages.ts';
import { Field } from './fields.tsx';
import { uiMessages } from './messages.ts';

/**
 * How a stored number is typed: `plain` as is, `cents` as money in units ("1 234,56" → 123456),
 * `rate` as a percentage ("3,5" → 0.035). Core keeps money in cents and rates as fractions; people
 * type neither.
 */
export type NumberScale = 'plain' | 'cents' | 'rate';

const factor: Record<NumberScale, number> = { plain: 1, cents: 100, rate: 0.01 };

/** What a user types, as the stored number; undefined when empty, null when unreadable. */
export function parseTyped(text: string, scale: NumberScale, lang: Lang): number | undefined | null {
  if (text.trim() === '') return undefined;
  const metric = parseMetric(text, intlLocale(lang));
  if (!metric) return null;
  if (scale === 'cents') {
    try {
      return toCents(metric.value);
    } catch {
      return null;
    }
  }
  // Dividing by 100 rather than multiplying by 0.01 keeps 3.5 % exactly 0.035.
  if (scale === 'rate') return metric.value / 100;
  return metric.value;
}

export function showTyped(value: number | undefined, scale: NumberScale, lang: Lang): string {
  if (value === undefined) return '';
  const shown = scale === 'rate' ? value * 100 : value / factor[scale];
  return formatNumber(shown, lang, scale === 'rate' ? 4 : 2);
}

/**
 * Text input for numbers in the user's locale (comma decimals in French, any space as thousands
 * separator), parsed with core's `parseMetric`. An unreadable entry marks the input invalid, so
 * the browser refuses to submit the form rather than saving the previous value silently.
 */
export function NumberField({
  label,
  hint,
  name,
  value,
  onChange,
  scale = 'plain',
  required,
}: {
  label: string;
  hint?: string | undefined;
  name?: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  scale?: NumberScale;
  required?: boolean;
}) {
  const t = useT(uiMessages);
  const lang = useLang();
  const [text, setText] = useState(() => showTyped(value, scale, lang));
  const input = useRef<HTMLInputElement>(null);
  // A value changed from outside (another field, a sync) replaces the text, unless it is what the
  // text already says: re-formatting while the user types would move the caret.
  useEffect(() => {
    if (parseTyped(text, scale, lang) !== value) setText(showTyped(value, scale, lang));
  }, [value, scale, lang]);
  const onInput = (next: string) => {
    setText(next);
    const parsed = parseTyped(next, scale, lang);
    input.current?.setCustomValidity(parsed === null ? t('invalidNumber') : '');
    if (parsed !== null) onChange(parsed);
  };
  return (
    <Field label={label} hint={hint}>
      {(id, describedBy) => (
        <input
          ref={input}
          id={id}
          name={name}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          required={required}
          aria-describedby={describedBy}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
