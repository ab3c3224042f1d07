import 'server-only';
import { redirect } from 'next/navigation';
import type { TypedDocumentString } from '@/generated/graphql/graphql';
import { exchangeGraphQL, GraphQLRequestError, type VariablesArgument } from './graphql';
import { currentPath, readCredentials, signInPath } from './session';

/** Answers that mean "this browser has no usable session": send the user to sign in. */
export function needsSignIn(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError &&
    (error.code === 'UNAUTHENTICATED' || error.reason === 'CSRF_TOKEN_MISSING' || error.reason === 'SESSION_EXPIRED')
  );
}

/**
 * Runs an operation as the signed-in browser: forwards the session cookie and, for
 * mutations, the session's CSRF token. Throws the API's errors as they are.
 */
export async function sessionGraphQL<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  ...[variables]: VariablesArgument<NoInfer<TVariables>>
): Promise<TData> {
  return (await exchangeGraphQL(document, variables, await readCredentials())).data;
}

/**
 * Like sessionGraphQL, for pages and actions that need a user: a missing or expired session
 * redirects to sign-in, which brings the user back to this page afterwards.
 */
export async function requestGraphQL<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  ...[variables]: VariablesArgument<NoInfer<TVariables>>
): Promise<TData> {
  try {
    return (await exchangeGraphQL(document, variables, await readCredentials())).data;
  } catch (error) {
    if (needsSignIn(error)) redirect(signInPath(await currentPath()));
    throw error;
  }
}
