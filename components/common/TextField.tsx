import type { JSX } from 'preact';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'date' | 'number' | 'search';
  required?: boolean;
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: JSX.HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  rows?: number;
}

/** A labelled input with its hint and error tied to it for screen readers (aria-describedby, aria-invalid). */
export function TextField(props: TextFieldProps) {
  const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    required: props.required,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': described,
    autoComplete: props.autoComplete,
    placeholder: props.placeholder,
  };
  return (
    <div class={`field${props.error ? ' field-invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 4} onInput={(e) => props.onInput(e.currentTarget.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} inputMode={props.inputMode} onInput={(e) => props.onInput(e.currentTarget.value)} />
      )}
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} class="error">
          {props.error}
        </p>
      )}
    </div>
  );
}
