'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { graphql } from '@/generated/graphql';
import { exchangeGraphQL, GraphQLRequestError } from '@/lib/graphql';
import {
  clearSession,
  findSetCookie,
  readCredentials,
  safeNextPath,
  SESSION_COOKIE,
  storeSession,
} from '@/lib/session';
import { formValues, invalidForm, mutationResult } from '../forms/action-result';
import type { FormState } from '../forms/form-state';

const signInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      csrfToken
      expiresAt
      user {
        id
      }
    }
  }
`);

const signOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

const signInSchema = z.object({
  email: z.email('Enter your email address, such as name@example.com').max(320),
  password: z.string().min(1, 'Enter your password').max(200),
});

/**
 * Signs in with the API and gives the browser the session: the API's own cookie, re-set on
 * the portal's origin, and the CSRF token in an httpOnly cookie the portal sends back as
 * X-CSRF-Token on mutations. Any previous session of this browser is revoked by the API.
 */
export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);

  const outcome = await mutationResult(async () => {
    const { data, response } = await exchangeSignIn(parsed.data);
    const session = findSetCookie(response.headers.getSetCookie(), SESSION_COOKIE);
    if (!session) return { status: 'error', message: 'The API did not open a session; try again.' };
    await storeSession(session, data.signIn.csrfToken);
    return { status: 'success', message: 'Signed in.' };
  }, values);
  if (outcome.status !== 'success') return outcome;
  redirect(safeNextPath(formData.get('next')));
}

/**
 * Sends the browser's previous session along, so the API revokes it (rotation). The API
 * refuses any request carrying a dead session cookie, signIn included, so a browser whose
 * session expired tries again without it.
 */
async function exchangeSignIn(input: z.infer<typeof signInSchema>) {
  const previous = await readCredentials();
  try {
    return await exchangeGraphQL(signInMutation, { input }, previous);
  } catch (error) {
    if (previous.sessionToken && error instanceof GraphQLRequestError && error.reason === 'SESSION_EXPIRED') {
      const { forwardedFor, userAgent } = previous;
      return exchangeGraphQL(signInMutation, { input }, { forwardedFor, userAgent });
    }
    throw error;
  }
}

/** Revokes the session at the API (so a copied cookie stops working) and forgets it here. */
export async function signOut(): Promise<void> {
  const credentials = await readCredentials();
  if (credentials.sessionToken) {
    try {
      await exchangeGraphQL(signOutMutation, undefined, credentials);
    } catch (error) {
      // The cookies go either way; a session the API cannot revoke now expires on its own.
      console.warn(`[tessera-web] sign-out at the API failed: ${(error as Error).message}`);
    }
  }
  await clearSession();
  redirect('/');
}
