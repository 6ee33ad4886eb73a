/** The options page's form controls: native inputs (keyboard and screen readers for free), styled in options.css. */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';

export interface Choice<T> {
  value: T;
  label: string;
  /** Extra content inside the choice's label, e.g. a colour swatch. */
  decoration?: ComponentChildren;
}

export function ChoiceGroup<T extends string | number>(props: {
  legend: string;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <fieldset class="field choice-group" aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend class="field-label">{props.legend}</legend>
      <div class="segments">
        {props.choices.map((choice) => (
          <label class="segment" key={String(choice.value)}>
            <input
              type="radio"
              name={props.name}
              value={String(choice.value)}
              checked={choice.value === props.value}
              onChange={() => props.onChange(choice.value)}
            />
            <span class="segment-face">
              {choice.decoration}
              {choice.label}
            </span>
          </label>
        ))}
      </div>
      {props.hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </fieldset>
  );
}

export function Slider(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (value: number) => string;
  onChange: (value: number) => void;
}) {
  const id = useId();
  // Saved settings come back a storage round trip later. Until they catch up with what the user set, show
  // the user's value: otherwise an older value arriving mid-gesture would pull the thumb back (four quick
  // arrow presses ended one step short).
  const [draft, setDraft] = useState<number | null>(null);
  useEffect(() => {
    // Compare with the draft as it is now, not as this effect saw it: a press between the render and the
    // effect has already set a newer draft, which must survive.
    setDraft((current) => (current === props.value ? null : current));
  }, [props.value]);
  const shown = draft ?? props.value;
  return (
    <div class="field slider">
      <label class="field-label" for={id}>
        {props.label}
      </label>
      <input
        id={id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={shown}
        aria-valuetext={props.format(shown)}
        onInput={(event) => {
          const value = Number((event.currentTarget as HTMLInputElement).value);
          setDraft(value);
          props.onChange(value);
        }}
        onBlur={() => setDraft(null)}
      />
      <output for={id} class="slider-value">
        {props.format(shown)}
      </output>
    </div>
  );
}

export function Toggle(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => boolean | void;
  hint?: ComponentChildren;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div class="field toggle">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          // `false` from the handler: the change is not made yet (a permission to ask first), so show the saved state.
          if (props.onChange(input.checked) === false) input.checked = props.checked;
        }}
      />
      <label for={id} class="field-label">
        {props.label}
      </label>
      {props.hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

export function Section(props: { title: string; id: string; children: ComponentChildren; description?: string }) {
  return (
    <section class="card" aria-labelledby={`${props.id}-title`}>
      <h2 class="card-title" id={`${props.id}-title`}>
        {props.title}
      </h2>
      {props.description && <p class="card-description">{props.description}</p>}
      {props.children}
    </section>
  );
}
