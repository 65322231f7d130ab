/**
 * A row of toggle buttons, one pressed (a view switch, a decision). A fieldset with a hidden
 * legend names the group for screen readers; each button says whether it is pressed.
 */
export function Segmented<T extends string>({
  legend,
  value,
  options,
  onChange,
  class: className,
}: {
  legend: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  class?: string;
}) {
  return (
    <fieldset class={`segmented ${className ?? ''}`}>
      <legend class="visually-hidden">{legend}</legend>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          class={`seg-${o.value}`}
          aria-pressed={value === o.value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}
