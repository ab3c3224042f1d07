'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextField } from '../forms/form-controls';
import { IDLE, type FormAction } from '../forms/form-state';
import { CopyButton } from './copy-button';
import { SCOPE_DESCRIPTIONS } from './token-scopes';

/**
 * Name, scopes, expiry (and, for a team token, its role). On success the new token is shown
 * here once, with a copy button; it cannot be shown again.
 */
export function CreateTokenForm({
  action,
  idPrefix,
  scopes,
  teamRoles,
}: {
  action: FormAction;
  idPrefix: string;
  scopes: readonly (keyof typeof SCOPE_DESCRIPTIONS)[];
  /** The roles a team token may get (at most the creator's); absent for a personal token. */
  teamRoles?: readonly ('MEMBER' | 'OWNER')[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const scopeError = state.status === 'error' ? state.fieldErrors?.scopes : undefined;
  return (
    <div className="space-y-4">
      {state.status === 'success' && state.secret ? (
        <div
          role="status"
          className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-emerald-950"
        >
          <p className="text-sm font-semibold">{state.message}</p>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={`${idPrefix}-secret`} className="sr-only">
              New API token
            </label>
            <input
              id={`${idPrefix}-secret`}
              readOnly
              value={state.secret}
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-3 py-1.5 font-mono text-sm text-slate-900"
            />
            <CopyButton text={state.secret} label="Copy token" />
          </div>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
        <TextField idPrefix={idPrefix} name="name" label="Name" placeholder="orders CI" state={state} required />
        <TextField
          idPrefix={idPrefix}
          name="expiresInDays"
          label="Expires after (days)"
          hint="Leave empty for a token that does not expire."
          type="number"
          min={1}
          max={3650}
          inputMode="numeric"
          state={state}
        />
        <fieldset className="sm:col-span-2" aria-describedby={scopeError ? `${idPrefix}-scopes-error` : undefined}>
          <legend className="text-sm font-medium text-slate-800">Scopes</legend>
          <ul className="mt-1 grid gap-1 sm:grid-cols-2">
            {scopes.map((scope) => (
              <li key={scope} className="flex items-start gap-2">
                <input
                  id={`${idPrefix}-scope-${scope}`}
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  defaultChecked={scope === 'catalog:read'}
                  className="mt-0.5 size-4 rounded border-slate-300"
                />
                <label htmlFor={`${idPrefix}-scope-${scope}`} className="text-sm text-slate-800">
                  <code>{scope}</code> <span className="text-slate-600">— {SCOPE_DESCRIPTIONS[scope]}</span>
                </label>
              </li>
            ))}
          </ul>
          {scopeError ? (
            <p id={`${idPrefix}-scopes-error`} className="mt-1 text-xs text-red-700">
              {scopeError}
            </p>
          ) : null}
        </fieldset>
        {teamRoles ? (
          <SelectField
            idPrefix={idPrefix}
            name="teamRole"
            label="Acts in the team as"
            state={state}
            defaultValue="MEMBER"
            options={teamRoles.map((role) => ({
              value: role,
              label: role === 'OWNER' ? 'Owner (may publish)' : 'Member',
            }))}
          />
        ) : null}
        <div className="flex items-end sm:col-span-2">
          <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
        </div>
      </form>
    </div>
  );
}
