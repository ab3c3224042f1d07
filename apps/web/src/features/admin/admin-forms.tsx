'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextField } from '../forms/form-controls';
import { IDLE, type FormAction } from '../forms/form-state';

const FORM = 'space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm';

export function CreateUserForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-labelledby="create-user-heading" className={FORM} noValidate>
      <h3 id="create-user-heading" className="text-sm font-semibold text-slate-900">
        Create a user
      </h3>
      <FormMessage state={state} />
      <TextField
        idPrefix="create-user"
        name="email"
        label="Sign-in address"
        type="email"
        autoComplete="off"
        state={state}
        required
      />
      <TextField
        idPrefix="create-user"
        name="displayName"
        label="Display name"
        autoComplete="off"
        state={state}
        required
      />
      <TextField
        idPrefix="create-user"
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. Without one, the user cannot sign in yet."
        state={state}
      />
      <div className="flex items-center gap-2">
        <input
          id="create-user-admin"
          type="checkbox"
          name="isPlatformAdmin"
          className="size-4 rounded border-slate-300"
        />
        <label htmlFor="create-user-admin" className="text-sm text-slate-800">
          Platform admin
        </label>
      </div>
      <SubmitButton pendingLabel="Creating…">Create user</SubmitButton>
    </form>
  );
}

export function CreateTeamForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-labelledby="create-team-heading" className={FORM} noValidate>
      <h3 id="create-team-heading" className="text-sm font-semibold text-slate-900">
        Create a team
      </h3>
      <FormMessage state={state} />
      <TextField
        idPrefix="create-team"
        name="slug"
        label="Slug"
        hint="Lowercase letters, digits and dashes."
        state={state}
        required
      />
      <TextField idPrefix="create-team" name="name" label="Name" state={state} required />
      <TextField idPrefix="create-team" name="description" label="Description" state={state} />
      <TextField
        idPrefix="create-team"
        name="ownerEmail"
        label="First owner (sign-in address)"
        type="email"
        autoComplete="off"
        hint="Optional; owners can add the others."
        state={state}
      />
      <SubmitButton pendingLabel="Creating…">Create team</SubmitButton>
    </form>
  );
}

export function CreateDomainForm({
  action,
  teams,
}: {
  action: FormAction;
  teams: readonly { id: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-labelledby="create-domain-heading" className={FORM} noValidate>
      <h3 id="create-domain-heading" className="text-sm font-semibold text-slate-900">
        Create a domain
      </h3>
      <FormMessage state={state} />
      <TextField
        idPrefix="create-domain"
        name="slug"
        label="Slug"
        hint="Lowercase letters, digits and dashes."
        state={state}
        required
      />
      <TextField idPrefix="create-domain" name="name" label="Name" state={state} required />
      <TextField idPrefix="create-domain" name="description" label="Description" state={state} />
      <SelectField
        idPrefix="create-domain"
        name="teamId"
        label="Owning team"
        state={state}
        options={[
          { value: '', label: 'Choose a team…' },
          ...teams.map((team) => ({ value: team.id, label: team.name })),
        ]}
        defaultValue=""
      />
      <SubmitButton pendingLabel="Creating…">Create domain</SubmitButton>
    </form>
  );
}
