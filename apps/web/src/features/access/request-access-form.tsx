'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton } from '../forms/form-controls';
import { IDLE, type FormAction } from '../forms/form-state';

export const DURATION_OPTIONS = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '180', label: '180 days' },
  { value: '365', label: 'One year' },
  { value: '730', label: 'Two years' },
  { value: '', label: 'Until revoked' },
] as const;

/**
 * Which of the viewer's teams asks, what for, and for how long. Used in the dialog on the
 * product page and on its own page (the same form without JavaScript).
 */
export function RequestAccessForm({
  action,
  portName,
  productName,
  teams,
  onDone,
  waitingNote,
}: {
  action: FormAction;
  portName: string;
  productName: string;
  teams: readonly { id: string; name: string }[];
  onDone?: () => void;
  /** Said instead of the form when every team of the viewer has asked already. */
  waitingNote?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const idPrefix = `request-${portName}`;
  const purposeError = state.status === 'error' ? state.fieldErrors?.purpose : undefined;
  const keptPurpose = state.status === 'error' ? state.values?.purpose : undefined;
  if (state.status === 'success') {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        {onDone ? (
          <button
            type="button"
            onClick={onDone}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Close
          </button>
        ) : null}
      </div>
    );
  }
  if (teams.length === 0 && waitingNote) return <p className="text-sm text-slate-700">{waitingNote}</p>;
  if (teams.length === 0) {
    return (
      <p className="text-sm text-slate-700">
        Only members of another team can ask for access to {productName}; you are in no such team.
      </p>
    );
  }
  return (
    <form action={formAction} aria-label={`Request access to ${portName}`} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <SelectField
        idPrefix={idPrefix}
        name="consumerTeamId"
        label="For the team"
        state={state}
        defaultValue={teams[0]?.id}
        options={teams.map((team) => ({ value: team.id, label: team.name }))}
      />
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-purpose`} className="block text-sm font-medium text-slate-800">
          Purpose
        </label>
        <textarea
          id={`${idPrefix}-purpose`}
          name="purpose"
          rows={3}
          required
          maxLength={2000}
          defaultValue={keptPurpose}
          aria-invalid={purposeError ? true : undefined}
          aria-describedby={`${idPrefix}-purpose-hint${purposeError ? ` ${idPrefix}-purpose-error` : ''}`}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 focus:border-slate-500 focus:ring-2 focus:ring-slate-300 focus:outline-none aria-[invalid=true]:border-red-500"
        />
        <p id={`${idPrefix}-purpose-hint`} className="text-xs text-slate-600">
          What the data is for: the owners decide on it.
        </p>
        {purposeError ? (
          <p id={`${idPrefix}-purpose-error`} className="text-xs text-red-700">
            Purpose: {purposeError}
          </p>
        ) : null}
      </div>
      <SelectField
        idPrefix={idPrefix}
        name="durationDays"
        label="For how long"
        state={state}
        defaultValue="90"
        options={DURATION_OPTIONS}
      />
      <SubmitButton pendingLabel="Sending…">Send request</SubmitButton>
    </form>
  );
}
