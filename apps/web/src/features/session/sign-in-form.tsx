'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField } from '../forms/form-controls';
import { IDLE } from '../forms/form-state';
import { signIn } from './session.actions';

/** Email and password; errors from zod or the API appear above the fields. */
export function SignInForm({ next }: { next: string }) {
  const [state, action] = useActionState(signIn, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField
        idPrefix="sign-in"
        name="email"
        label="Email address"
        type="email"
        autoComplete="username"
        required
        state={state}
      />
      <TextField
        idPrefix="sign-in"
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        state={state}
      />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
