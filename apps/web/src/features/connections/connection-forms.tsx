'use client';

import { useActionState, type ReactNode } from 'react';
import { FormMessage, SelectField, SubmitButton, TextField } from '../forms/form-controls';
import { IDLE, type FormAction, type FormState } from '../forms/form-state';

function ConnectionForm({
  action,
  title,
  submit,
  children,
}: {
  action: FormAction;
  title: string;
  submit: string;
  children: (state: FormState) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="font-semibold text-slate-900">{title}</h3>
      <form action={formAction} aria-label={title} className="grid gap-3 sm:grid-cols-2" noValidate>
        <div className="sm:col-span-2 empty:hidden">
          <FormMessage state={state} />
        </div>
        {children(state)}
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel="Registering…">{submit}</SubmitButton>
        </div>
      </form>
    </div>
  );
}

export function RegisterKafkaClusterForm({ action }: { action: FormAction }) {
  const idPrefix = 'kafka';
  return (
    <ConnectionForm action={action} title="Register a Kafka cluster" submit="Register cluster">
      {(state) => (
        <>
          <TextField idPrefix={idPrefix} name="name" label="Name" placeholder="main" state={state} required />
          <TextField
            idPrefix={idPrefix}
            name="brokers"
            label="Brokers"
            placeholder="kafka-1:9092, kafka-2:9092"
            state={state}
            required
          />
          <TextField
            idPrefix={idPrefix}
            name="registryName"
            label="Schema registry (name)"
            hint="Optional: the registry holding its schemas."
            state={state}
          />
          <TextField idPrefix={idPrefix} name="description" label="Description" state={state} />
          <SelectField
            idPrefix={idPrefix}
            name="saslMechanism"
            label="SASL"
            state={state}
            defaultValue=""
            options={[
              { value: '', label: 'None' },
              { value: 'PLAIN', label: 'PLAIN' },
              { value: 'SCRAM_SHA_256', label: 'SCRAM-SHA-256' },
              { value: 'SCRAM_SHA_512', label: 'SCRAM-SHA-512' },
            ]}
          />
          <TextField idPrefix={idPrefix} name="saslUsername" label="SASL user" state={state} autoComplete="off" />
          <TextField
            idPrefix={idPrefix}
            name="saslPassword"
            label="SASL password"
            type="password"
            state={state}
            autoComplete="new-password"
          />
          <label className="flex items-center gap-2 self-end text-sm text-slate-800">
            <input type="checkbox" name="ssl" className="size-4 rounded border-slate-300" /> Connect over TLS
          </label>
        </>
      )}
    </ConnectionForm>
  );
}

export function RegisterSchemaRegistryForm({ action }: { action: FormAction }) {
  const idPrefix = 'registry';
  return (
    <ConnectionForm action={action} title="Register a schema registry" submit="Register registry">
      {(state) => (
        <>
          <TextField idPrefix={idPrefix} name="name" label="Name" placeholder="main-registry" state={state} required />
          <TextField
            idPrefix={idPrefix}
            name="url"
            label="URL"
            type="url"
            placeholder="https://registry.example.com/apis/ccompat/v7"
            state={state}
            required
          />
          <TextField idPrefix={idPrefix} name="username" label="User" state={state} autoComplete="off" />
          <TextField
            idPrefix={idPrefix}
            name="password"
            label="Password"
            type="password"
            state={state}
            autoComplete="new-password"
          />
          <TextField idPrefix={idPrefix} name="description" label="Description" state={state} />
        </>
      )}
    </ConnectionForm>
  );
}

export function RegisterPostgresDatabaseForm({ action }: { action: FormAction }) {
  const idPrefix = 'postgres';
  return (
    <ConnectionForm action={action} title="Register a Postgres database" submit="Register database">
      {(state) => (
        <>
          <TextField idPrefix={idPrefix} name="name" label="Name" placeholder="warehouse" state={state} required />
          <TextField idPrefix={idPrefix} name="host" label="Host" placeholder="db.example.com" state={state} required />
          <TextField idPrefix={idPrefix} name="port" label="Port" type="number" placeholder="5432" state={state} />
          <TextField idPrefix={idPrefix} name="database" label="Database" state={state} required />
          <SelectField
            idPrefix={idPrefix}
            name="ssl"
            label="TLS"
            state={state}
            defaultValue="REQUIRE"
            options={[
              { value: 'DISABLE', label: 'Off' },
              { value: 'REQUIRE', label: 'Required' },
              { value: 'VERIFY_FULL', label: 'Required, certificate verified' },
            ]}
          />
          <TextField idPrefix={idPrefix} name="description" label="Description" state={state} />
          <TextField
            idPrefix={idPrefix}
            name="readOnlyUser"
            label="Read-only user"
            hint="Freshness checks connect as this user."
            state={state}
            required
            autoComplete="off"
          />
          <TextField
            idPrefix={idPrefix}
            name="readOnlyPassword"
            label="Read-only password"
            type="password"
            state={state}
            required
            autoComplete="new-password"
          />
          <TextField
            idPrefix={idPrefix}
            name="provisioningUser"
            label="Provisioning user"
            hint="Optional: makes GRANTs for approved subscriptions."
            state={state}
            autoComplete="off"
          />
          <TextField
            idPrefix={idPrefix}
            name="provisioningPassword"
            label="Provisioning password"
            type="password"
            state={state}
            autoComplete="new-password"
          />
        </>
      )}
    </ConnectionForm>
  );
}
