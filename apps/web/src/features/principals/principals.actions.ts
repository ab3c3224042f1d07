'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import { formValues, invalidForm, mutationResult } from '../forms/action-result';
import type { FormState } from '../forms/form-state';

const setPrincipalMutation = graphql(`
  mutation SetTeamPrincipal($input: SetTeamPrincipalInput!) {
    setTeamPrincipal(input: $input) {
      principal {
        id
        kind
        name
        connection {
          name
        }
      }
    }
  }
`);

const removePrincipalMutation = graphql(`
  mutation RemoveTeamPrincipal($input: RemoveTeamPrincipalInput!) {
    removeTeamPrincipal(input: $input) {
      removedPrincipalId
    }
  }
`);

/** The form names the connection as port locations do (cluster or database name); the API checks it exists. */
const principalFormSchema = z.object({
  connectionKind: z.enum(['KAFKA_CLUSTER', 'POSTGRES_DATABASE'], 'Choose a Kafka cluster or a Postgres database'),
  connectionName: z.string().trim().min(1, 'Name the cluster or database, as port locations do'),
  name: z.string().trim().min(1, 'Enter the principal (User:<name>) or the role name'),
});

/** Sets (or replaces) the team's identity on a connection: what grants are made to. */
export async function setTeamPrincipal(teamId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = principalFormSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return mutationResult(async () => {
    const { setTeamPrincipal: set } = await requestGraphQL(setPrincipalMutation, {
      input: { teamId, ...parsed.data },
    });
    refresh();
    return {
      status: 'success',
      message: `${set.principal.name} is the team’s identity on ${set.principal.connection.name}.`,
    };
  }, values);
}

/** Removes the team's identity on one connection. */
export async function removeTeamPrincipal(
  teamId: string,
  connectionId: string,
  _previous: FormState,
): Promise<FormState> {
  return mutationResult(async () => {
    await requestGraphQL(removePrincipalMutation, { input: { teamId, connectionId } });
    refresh();
    return { status: 'success', message: 'Principal removed.' };
  });
}
