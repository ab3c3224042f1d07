'use client';

import { useFormStatus } from 'react-dom';
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { FormState } from './form-state';

const INPUT_CLASS =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-slate-500 focus:ring-2 focus:ring-slate-300 focus:outline-none aria-[invalid=true]:border-red-500';

/** The form's outcome, announced to screen readers: an alert for errors, a status for success. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === 'error') {
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
        {state.message}
      </p>
    );
  }
  if (state.status === 'success') {
    return (
      <p
        role="status"
        className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
      >
        {state.message}
      </p>
    );
  }
  return null;
}

/** A submit button that says it is working while the action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  tone = 'primary',
}: {
  children: ReactNode;
  pendingLabel?: string;
  tone?: 'primary' | 'secondary' | 'danger';
}) {
  const { pending } = useFormStatus();
  const tones = {
    primary: 'bg-slate-900 text-white hover:bg-slate-700',
    secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50',
    danger: 'border border-red-300 bg-white text-red-700 hover:bg-red-50',
  };
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap focus-visible:ring-2 focus-visible:ring-slate-400 focus-visible:ring-offset-2 focus-visible:outline-none disabled:opacity-60 ${tones[tone]}`}
    >
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'> {
  readonly name: string;
  readonly label: string;
  readonly state: FormState;
  readonly idPrefix: string;
  readonly hint?: string;
}

/** A labelled input with its hint and its error, linked for assistive technology. */
export function TextField({ name, label, state, idPrefix, hint, defaultValue, ...input }: TextFieldProps) {
  const id = `${idPrefix}-${name}`;
  const error = state.status === 'error' ? state.fieldErrors?.[name] : undefined;
  const kept = state.status === 'error' ? state.values?.[name] : undefined;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        defaultValue={kept ?? defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={INPUT_CLASS}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled select, styled like the text fields. */
export function SelectField({
  name,
  label,
  idPrefix,
  state,
  options,
  defaultValue,
}: {
  name: string;
  label: string;
  idPrefix: string;
  state: FormState;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
}) {
  const id = `${idPrefix}-${name}`;
  const error = state.status === 'error' ? state.fieldErrors?.[name] : undefined;
  const kept = state.status === 'error' ? state.values?.[name] : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={kept ?? defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={INPUT_CLASS}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
