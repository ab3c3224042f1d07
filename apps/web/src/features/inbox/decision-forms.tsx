'use client';

import { useActionState } from 'react';
import { SubmitButton } from '../forms/form-controls';
import { IDLE, type FormAction, type FormState } from '../forms/form-state';

const INPUT =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-slate-500 focus:ring-2 focus:ring-slate-300 focus:outline-none';

/**
 * Approve (with an optional note) or reject (with a required reason). Once either went
 * through, the outcome replaces both forms, so a request is not decided twice; the inbox
 * drops it on the next visit.
 */
export function DecisionForms({
  approve,
  reject,
  subject,
  consumerTeam,
  requestId,
}: {
  approve: FormAction;
  reject: FormAction;
  /** "Finance Reporting on Payment authorisations authorization-events", for the forms' names. */
  subject: string;
  consumerTeam: string;
  requestId: string;
}) {
  const [approved, approveAction] = useActionState(approve, IDLE);
  const [rejected, rejectAction] = useActionState(reject, IDLE);
  const decided = [approved, rejected].find((state) => state.status === 'success');
  if (decided && decided.status === 'success') {
    return (
      <p
        role="status"
        className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
      >
        {decided.message}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-start gap-4">
        <form action={approveAction} aria-label={`Approve ${subject}`} className="flex flex-wrap items-end gap-2">
          <label className="sr-only" htmlFor={`approve-reason-${requestId}`}>
            Note for {consumerTeam} (optional)
          </label>
          <input
            id={`approve-reason-${requestId}`}
            name="reason"
            placeholder="Note (optional)"
            maxLength={2000}
            className={INPUT}
          />
          <SubmitButton pendingLabel="Approving…">Approve</SubmitButton>
        </form>
        <form action={rejectAction} aria-label={`Reject ${subject}`} className="flex flex-wrap items-end gap-2">
          <label className="sr-only" htmlFor={`reject-reason-${requestId}`}>
            Reason for rejecting (required)
          </label>
          <input
            id={`reject-reason-${requestId}`}
            name="reason"
            placeholder="Reason (required)"
            required
            maxLength={2000}
            className={INPUT}
          />
          <SubmitButton tone="danger" pendingLabel="Rejecting…">
            Reject
          </SubmitButton>
        </form>
      </div>
      <Refusal state={approved} />
      <Refusal state={rejected} />
    </div>
  );
}

function Refusal({ state }: { state: FormState }) {
  if (state.status !== 'error') return null;
  return (
    <p role="alert" className="text-sm text-red-700">
      {state.message}
    </p>
  );
}
