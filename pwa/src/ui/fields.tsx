import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useT } from '../i18n/messages.ts';
import { uiMessages } from './messages.ts';

/**
 * Labelled form controls. Each wraps one native control (so the keyboard, autofill, the phone's
 * date picker and screen readers work as usual) and reports plain values, never events.
 */

type Base = { label: string; hint?: string | undefined; name?: string };

export function Field({
  label,
  hint,
  children,
}: Base & { children: (id: string, describedBy: string | undefined) => ComponentChildren }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(id, hintId)}
      {hint && (
        <small id={hintId} class="muted">
          {hint}
        </small>
      )}
    </div>
  );
}

export function TextField({
  value,
  onInput,
  required,
  multiline,
  ...base
}: Base & { value: string; onInput: (value: string) => void; required?: boolean; multiline?: boolean }) {
  return (
    <Field {...base}>
      {(id, describedBy) =>
        multiline ? (
          <textarea
            id={id}
            name={base.name}
            rows={3}
            value={value}
            aria-describedby={describedBy}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        ) : (
          <input
            id={id}
            name={base.name}
            value={value}
            required={required}
            aria-describedby={describedBy}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        )
      }
    </Field>
  );
}

/** A list field edited as one item per line; blank lines are dropped. */
export function LinesField({
  value,
  onChange,
  ...base
}: Base & { value: readonly string[]; onChange: (value: string[]) => void }) {
  const t = useT(uiMessages);
  return (
    <Field {...base} hint={base.hint ?? t('linesHint')}>
      {(id, describedBy) => (
        <textarea
          id={id}
          name={base.name}
          rows={Math.max(3, value.length + 1)}
          value={value.join('\n')}
          aria-describedby={describedBy}
          onChange={(e) => onChange(toLines(e.currentTarget.value))}
        />
      )}
    </Field>
  );
}

export function toLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** An ISO date or nothing; the browser's date picker on phones. */
export function DateField({
  value,
  onChange,
  required,
  ...base
}: Base & { value: string | undefined; onChange: (value: string | undefined) => void; required?: boolean }) {
  return (
    <Field {...base}>
      {(id, describedBy) => (
        <input
          id={id}
          name={base.name}
          type="date"
          value={value ?? ''}
          required={required}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value || undefined)}
        />
      )}
    </Field>
  );
}

export type Option<T extends string> = { value: T; label: string };

export function SelectField<T extends string>({
  value,
  options,
  onChange,
  ...base
}: Base & { value: T; options: readonly Option<T>[]; onChange: (value: T) => void }) {
  return (
    <Field {...base}>
      {(id, describedBy) => (
        <select
          id={id}
          name={base.name}
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.currentTarget.value as T)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Several ids picked from a list, as checkboxes (a multi-select is awkward on a phone). */
export function PickField({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: readonly string[];
  options: readonly Option<string>[];
  onChange: (value: string[]) => void;
}) {
  if (options.length === 0) return null;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));
  return (
    <fieldset class="pick">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="check">
          <input
            type="checkbox"
            checked={value.includes(o.value)}
            onChange={(e) => toggle(o.value, e.currentTarget.checked)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
