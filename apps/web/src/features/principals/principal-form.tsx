'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextField } from '../forms/form-controls';
import { IDLE, type FormAction } from '../forms/form-state';

/** Sets the team's Kafka principal on a cluster or its Postgres role in a database. */
export function PrincipalForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  const idPrefix = 'principal';
  return (
    <form action={formAction} aria-label="Set a principal" className="grid gap-4 sm:grid-cols-3" noValidate>
      <div className="sm:col-span-3 empty:hidden">
        <FormMessage state={state} />
      </div>
      <SelectField
        idPrefix={idPrefix}
        name="connectionKind"
        label="On"
        state={state}
        defaultValue="KAFKA_CLUSTER"
        options={[
          { value: 'KAFKA_CLUSTER', label: 'Kafka cluster' },
          { value: 'POSTGRES_DATABASE', label: 'Postgres database' },
        ]}
      />
      <TextField
        idPrefix={idPrefix}
        name="connectionName"
        label="Connection name"
        placeholder="main"
        hint="As port locations name it (cluster or database)."
        state={state}
        required
      />
      <TextField
        idPrefix={idPrefix}
        name="name"
        label="Principal or role"
        placeholder="User:marketing-analytics"
        hint="User:<name> on Kafka; a role name in Postgres."
        state={state}
        required
      />
      <div className="sm:col-span-3">
        <SubmitButton pendingLabel="Saving…">Set principal</SubmitButton>
      </div>
    </form>
  );
}
