'use client';

import { useActionState } from 'react';
import { CopyButton } from '../tokens/copy-button';
import { FormMessage, SelectField, SubmitButton, TextField } from '../forms/form-controls';
import { IDLE, type FormAction } from '../forms/form-state';
import { CHANNEL_KIND_LABELS, CHANNEL_KINDS } from './channel-kinds';

/**
 * Kind, name and where to send: a URL for webhooks and Slack, addresses for email. Every
 * field is shown (the form works without JavaScript); hints say which kind uses which.
 * A webhook's signing secret is shown here once after creation.
 */
export function CreateChannelForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  const idPrefix = 'channel';
  const recipientsError = state.status === 'error' ? state.fieldErrors?.recipients : undefined;
  const keptRecipients = state.status === 'error' ? state.values?.recipients : undefined;
  return (
    <div className="space-y-4">
      {state.status === 'success' && state.secret ? (
        <div
          role="status"
          className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-emerald-950"
        >
          <p className="text-sm font-semibold">{state.message}</p>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="channel-secret" className="sr-only">
              Signing secret
            </label>
            <input
              id="channel-secret"
              readOnly
              value={state.secret}
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-3 py-1.5 font-mono text-sm text-slate-900"
            />
            <CopyButton text={state.secret} label="Copy secret" />
          </div>
        </div>
      ) : null}
      <form
        action={formAction}
        aria-label="Add a notification channel"
        className="grid gap-4 sm:grid-cols-2"
        noValidate
      >
        {state.status === 'success' && state.secret ? null : (
          <div className="sm:col-span-2 empty:hidden">
            <FormMessage state={state} />
          </div>
        )}
        <SelectField
          idPrefix={idPrefix}
          name="kind"
          label="Kind"
          state={state}
          defaultValue="WEBHOOK"
          options={CHANNEL_KINDS.map((kind) => ({ value: kind, label: CHANNEL_KIND_LABELS[kind] }))}
        />
        <TextField
          idPrefix={idPrefix}
          name="name"
          label="Channel name"
          placeholder="on-call webhook"
          state={state}
          required
        />
        <TextField
          idPrefix={idPrefix}
          name="url"
          label="URL"
          type="url"
          placeholder="https://hooks.example.com/tessera"
          hint="Webhook and Slack: where to POST. Must resolve to a public address."
          state={state}
        />
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-recipients`} className="block text-sm font-medium text-slate-800">
            Recipients
          </label>
          <textarea
            id={`${idPrefix}-recipients`}
            name="recipients"
            rows={2}
            defaultValue={keptRecipients}
            placeholder="oncall@example.com, data-team@example.com"
            aria-invalid={recipientsError ? true : undefined}
            aria-describedby={`${idPrefix}-recipients-hint${recipientsError ? ` ${idPrefix}-recipients-error` : ''}`}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-slate-500 focus:ring-2 focus:ring-slate-300 focus:outline-none aria-[invalid=true]:border-red-500"
          />
          <p id={`${idPrefix}-recipients-hint`} className="text-xs text-slate-600">
            Email: up to 20 addresses, separated by commas.
          </p>
          {recipientsError ? (
            <p id={`${idPrefix}-recipients-error`} className="text-xs text-red-700">
              {recipientsError}
            </p>
          ) : null}
        </div>
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel="Adding…">Add channel</SubmitButton>
        </div>
      </form>
    </div>
  );
}
