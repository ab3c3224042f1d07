import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { ApiUnavailableError, GraphQLRequestError } from '@/lib/graphql';
import type { FormState } from './form-state';

/** The single-valued fields of a form, as strings (files and repeated fields are not used here). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !(key in values)) values[key] = value;
  }
  return values;
}

/** zod's issues as one message per field, with the values to fill in again (never passwords). */
export function invalidForm(error: z.ZodError, values: Record<string, string>): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    fieldErrors[field] ??= issue.message;
  }
  const { password: _password, ...kept } = values;
  return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors, values: kept };
}

/**
 * The API's field issues (its zod validation of the mutation input, `extensions.issues`) as
 * one message per form field: `recipients.2` belongs to the field `recipients`. The portal's
 * forms name their fields as the API's inputs do, so the API's own schema marks the fields.
 */
function apiFieldErrors(error: GraphQLRequestError): Record<string, string> | undefined {
  const issues = error.errors[0]?.extensions?.issues ?? [];
  if (issues.length === 0) return undefined;
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0] || 'form';
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}

/**
 * Runs a mutation for a form: the API's own error message becomes the form's error (its
 * field issues marked on the fields), an unreachable API a clear sentence; redirects (to
 * sign-in) and bugs pass through.
 */
export async function mutationResult(
  run: () => Promise<FormState>,
  values: Record<string, string> = {},
): Promise<FormState> {
  try {
    return await run();
  } catch (error) {
    unstable_rethrow(error);
    const { password: _password, ...kept } = values;
    if (error instanceof GraphQLRequestError) {
      return { status: 'error', message: error.userMessage, fieldErrors: apiFieldErrors(error), values: kept };
    }
    if (error instanceof ApiUnavailableError) {
      return { status: 'error', message: 'The Tessera API is unavailable right now; try again.', values: kept };
    }
    throw error;
  }
}
