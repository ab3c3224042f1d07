'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextField } from '../forms/form-controls';
import { IDLE, type FormAction } from '../forms/form-state';

const ROLE_OPTIONS = [
  { value: 'MEMBER', label: 'Member' },
  { value: 'OWNER', label: 'Owner' },
];

/** Sign-in address (suggested from the directory) and role. */
export function AddMemberForm({
  action,
  suggestions,
}: {
  action: FormAction;
  suggestions: readonly { email: string; displayName: string }[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-labelledby="add-member-heading" className="space-y-3" noValidate>
      <h3 id="add-member-heading" className="text-sm font-semibold text-slate-900">
        Add a member
      </h3>
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
        <TextField
          idPrefix="add-member"
          name="email"
          label="Sign-in address"
          type="email"
          list="add-member-users"
          autoComplete="off"
          state={state}
          required
        />
        <datalist id="add-member-users">
          {suggestions.map((user) => (
            <option key={user.email} value={user.email}>
              {user.displayName}
            </option>
          ))}
        </datalist>
        <SelectField
          idPrefix="add-member"
          name="role"
          label="Role"
          state={state}
          options={ROLE_OPTIONS}
          defaultValue="MEMBER"
        />
        <div>
          <SubmitButton pendingLabel="Adding…">Add member</SubmitButton>
        </div>
      </div>
    </form>
  );
}
