'use server';

import { refresh } from 'next/cache';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import { formValues, invalidForm, mutationResult } from '../forms/action-result';
import type { FormState } from '../forms/form-state';
import { createTokenSchema, toGraphQLScope } from './token-form';

const createTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        prefix
      }
    }
  }
`);

const revokeTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        revokedAt
      }
    }
  }
`);

/**
 * Creates a token for the signed-in user (teamId null) or for a team. The secret comes back
 * in the form state, shown once; the API keeps only its hash.
 */
export async function createApiToken(
  teamId: string | null,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = createTokenSchema.safeParse({
    ...values,
    scopes: formData.getAll('scopes'),
    teamRole: teamId ? values.teamRole : undefined,
  });
  if (!parsed.success) return invalidForm(parsed.error, values);
  const { name, scopes, teamRole, expiresInDays } = parsed.data;

  return mutationResult(async () => {
    const { createApiToken: created } = await requestGraphQL(createTokenMutation, {
      input: { name, scopes: scopes.map(toGraphQLScope), teamId, teamRole: teamId ? teamRole : null, expiresInDays },
    });
    refresh();
    return {
      status: 'success',
      message: `Token ${created.apiToken.prefix} created. Copy it now: it is shown once and never again.`,
      secret: created.token,
    };
  }, values);
}

/** Revokes a token at once; the API refuses tokens the user may not manage. */
export async function revokeApiToken(tokenId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  return mutationResult(async () => {
    await requestGraphQL(revokeTokenMutation, { input: { id: tokenId } });
    refresh();
    return { status: 'success', message: 'Token revoked.' };
  });
}
