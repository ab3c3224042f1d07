'use client';

import { useActionState, useId, type ReactNode } from 'react';
import { CopyButton } from '../tokens/copy-button';
import { SubmitButton } from './form-controls';
import { IDLE, type FormAction } from './form-state';

/**
 * One button that runs a server action (test, rotate, approve, remove…), with its outcome
 * beside it: the API's refusal as an alert, success as a status, and a secret the action
 * returns (a new signing secret) shown once with a copy button. `children` are extra fields
 * sent with it (a reason, a choice). Works without JavaScript, like every form here.
 */
export function ActionButton({
  action,
  label,
  pendingLabel,
  formLabel,
  tone = 'secondary',
  secretLabel = 'New secret',
  children,
}: {
  action: FormAction;
  label: ReactNode;
  pendingLabel: string;
  /** The accessible name of the form, such as "Send a test notification through on-call". */
  formLabel: string;
  tone?: 'primary' | 'secondary' | 'danger';
  secretLabel?: string;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const secretId = useId();
  return (
    <div className="space-y-2">
      <form action={formAction} aria-label={formLabel} className="flex flex-wrap items-end gap-2">
        {children}
        <SubmitButton tone={tone} pendingLabel={pendingLabel}>
          {label}
        </SubmitButton>
      </form>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      {state.status === 'success' ? (
        <div role="status" className="space-y-2 text-sm text-emerald-800">
          <p>{state.message}</p>
          {state.secret ? (
            <div className="flex flex-wrap items-center gap-2">
              <label className="sr-only" htmlFor={secretId}>
                {secretLabel}
              </label>
              <input
                id={secretId}
                readOnly
                value={state.secret}
                onFocus={(event) => event.currentTarget.select()}
                className="min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-3 py-1.5 font-mono text-sm text-slate-900"
              />
              <CopyButton text={state.secret} label={`Copy ${secretLabel.toLowerCase()}`} />
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
