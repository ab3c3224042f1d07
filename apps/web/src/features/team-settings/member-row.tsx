'use client';

import { useActionState } from 'react';
import { SubmitButton } from '../forms/form-controls';
import { IDLE, type FormAction, type FormState } from '../forms/form-state';

/** One member: name, address, a role picker with its button, and a remove button. */
export function MemberRow({
  member,
  changeRole,
  remove,
  isViewer,
}: {
  member: { userId: string; displayName: string; email: string; role: 'OWNER' | 'MEMBER' };
  changeRole: FormAction;
  remove: FormAction;
  isViewer: boolean;
}) {
  const [roleState, roleAction] = useActionState(changeRole, IDLE);
  const [removeState, removeAction] = useActionState(remove, IDLE);
  const selectId = `role-${member.userId}`;
  return (
    <li className="space-y-2 px-4 py-3">
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-medium text-slate-900">
            {member.displayName}
            {isViewer ? <span className="text-sm font-normal text-slate-600"> (you)</span> : null}
          </p>
          <p className="truncate text-sm text-slate-600">{member.email}</p>
        </div>
        <form
          action={roleAction}
          aria-label={`Change the role of ${member.displayName}`}
          className="flex items-center gap-2"
        >
          <label htmlFor={selectId} className="sr-only">
            Role of {member.displayName}
          </label>
          <select
            id={selectId}
            name="role"
            defaultValue={member.role}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
          >
            <option value="OWNER">Owner</option>
            <option value="MEMBER">Member</option>
          </select>
          <SubmitButton tone="secondary" pendingLabel="Saving…">
            Change role<span className="sr-only"> of {member.displayName}</span>
          </SubmitButton>
        </form>
        <form action={removeAction} aria-label={`Remove ${member.displayName}`}>
          <SubmitButton tone="danger" pendingLabel="Removing…">
            Remove<span className="sr-only"> {member.displayName}</span>
          </SubmitButton>
        </form>
      </div>
      <RowMessage state={roleState} />
      <RowMessage state={removeState} />
    </li>
  );
}

function RowMessage({ state }: { state: FormState }) {
  if (state.status === 'idle') return null;
  return (
    <p
      role={state.status === 'error' ? 'alert' : 'status'}
      className={`text-sm ${state.status === 'error' ? 'text-red-700' : 'text-emerald-800'}`}
    >
      {state.message}
    </p>
  );
}
