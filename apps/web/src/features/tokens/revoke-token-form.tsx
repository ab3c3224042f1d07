'use client';

import { useActionState } from 'react';
import { SubmitButton } from '../forms/form-controls';
import { IDLE, type FormAction } from '../forms/form-state';

/** Revokes one token; the API's refusal, if any, is shown beside the button. */
export function RevokeTokenForm({ revoke, tokenName }: { revoke: FormAction; tokenName: string }) {
  const [state, action] = useActionState(revoke, IDLE);
  return (
    <form action={action} aria-label={`Revoke ${tokenName}`} className="flex items-center gap-2">
      <SubmitButton tone="danger" pendingLabel="Revoking…">
        Revoke<span className="sr-only"> {tokenName}</span>
      </SubmitButton>
      {state.status === 'error' ? (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
