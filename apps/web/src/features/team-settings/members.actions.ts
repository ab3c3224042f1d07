'use server';

import { TEAM_ROLES } from '@tessera/contracts';
import { refresh } from 'next/cache';
import { z } from 'zod';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import { formValues, invalidForm, mutationResult } from '../forms/action-result';
import type { FormState } from '../forms/form-state';
import { findUserByEmail } from '../organisation/users.query';

const addMemberMutation = graphql(`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      team {
        id
      }
    }
  }
`);

const changeRoleMutation = graphql(`
  mutation ChangeTeamMemberRole($input: ChangeTeamMemberRoleInput!) {
    changeTeamMemberRole(input: $input) {
      team {
        id
      }
    }
  }
`);

const removeMemberMutation = graphql(`
  mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {
    removeTeamMember(input: $input) {
      team {
        id
      }
    }
  }
`);

const roleSchema = z.enum(TEAM_ROLES, 'Choose owner or member');
const addMemberSchema = z.object({
  email: z.email('Enter the sign-in address of the person to add'),
  role: roleSchema,
});

/** Adds a user, found by sign-in address, to the team with the chosen role. */
export async function addTeamMember(teamId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = addMemberSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);

  return mutationResult(async () => {
    const user = await findUserByEmail(parsed.data.email);
    if (!user) {
      return {
        status: 'error',
        message: 'Please correct the fields marked below.',
        fieldErrors: { email: 'No user signs in with this address; a platform admin can create the account.' },
        values,
      };
    }
    await requestGraphQL(addMemberMutation, { input: { teamId, userId: user.id, role: parsed.data.role } });
    refresh();
    return { status: 'success', message: `${user.displayName} joined the team as ${parsed.data.role.toLowerCase()}.` };
  }, values);
}

/** Changes a member's role; the API keeps at least one owner. */
export async function changeTeamMemberRole(
  teamId: string,
  userId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const role = roleSchema.safeParse(formData.get('role'));
  if (!role.success) return { status: 'error', message: 'Choose owner or member.' };
  return mutationResult(async () => {
    await requestGraphQL(changeRoleMutation, { input: { teamId, userId, role: role.data } });
    refresh();
    return { status: 'success', message: `Role changed to ${role.data.toLowerCase()}.` };
  });
}

/** Removes a member; the API keeps at least one owner. */
export async function removeTeamMember(teamId: string, userId: string, _previous: FormState): Promise<FormState> {
  return mutationResult(async () => {
    await requestGraphQL(removeMemberMutation, { input: { teamId, userId } });
    refresh();
    return { status: 'success', message: 'Member removed.' };
  });
}
