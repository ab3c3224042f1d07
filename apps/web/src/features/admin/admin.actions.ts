'use server';

import { slugSchema } from '@tessera/contracts';
import { refresh } from 'next/cache';
import { z } from 'zod';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import { formValues, invalidForm, mutationResult } from '../forms/action-result';
import type { FormState } from '../forms/form-state';
import { findUserByEmail } from '../organisation/users.query';

const createUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        email
      }
    }
  }
`);

const createTeamMutation = graphql(`
  mutation AdminCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      team {
        slug
        name
      }
    }
  }
`);

const createDomainMutation = graphql(`
  mutation AdminCreateDomain($input: CreateDomainInput!) {
    createDomain(input: $input) {
      domain {
        slug
        name
      }
    }
  }
`);

// The API's own rules (apps/api organisation inputs), checked here first for clear per-field messages.
const name = z.string().trim().min(1, 'Enter a name').max(200, 'At most 200 characters');
const description = z.string().max(5_000, 'At most 5,000 characters').default('');

const createUserSchema = z.object({
  email: z.email('Enter a sign-in address, such as name@example.com'),
  displayName: name,
  password: z
    .union([z.literal(''), z.string().min(12, 'At least 12 characters').max(200)])
    // Left out, not null: the API takes an absent password as "cannot sign in yet".
    .transform((password) => password || undefined),
  isPlatformAdmin: z.literal('on').optional(),
});

const createTeamSchema = z.object({
  slug: slugSchema,
  name,
  description,
  ownerEmail: z.union([z.literal(''), z.email('Enter a sign-in address, or leave it empty')]).default(''),
});

const createDomainSchema = z.object({
  slug: slugSchema,
  name,
  description,
  teamId: z.uuid('Choose the owning team'),
});

export async function createUser(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const { email, displayName, password, isPlatformAdmin } = parsed.data;
  return mutationResult(async () => {
    const { createUser: created } = await requestGraphQL(createUserMutation, {
      input: { email, displayName, password, isPlatformAdmin: isPlatformAdmin === 'on' },
    });
    refresh();
    return {
      status: 'success',
      message: password
        ? `${created.user.email} can sign in now.`
        : `${created.user.email} was created; they cannot sign in until they have a password.`,
    };
  }, values);
}

export async function createTeam(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = createTeamSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const { slug, name: teamName, description: teamDescription, ownerEmail } = parsed.data;
  return mutationResult(async () => {
    const owner = ownerEmail ? await findUserByEmail(ownerEmail) : null;
    if (ownerEmail && !owner) {
      return {
        status: 'error',
        message: 'Please correct the fields marked below.',
        fieldErrors: { ownerEmail: 'No user signs in with this address.' },
        values,
      };
    }
    const { createTeam: created } = await requestGraphQL(createTeamMutation, {
      input: { slug, name: teamName, description: teamDescription, ownerUserIds: owner ? [owner.id] : [] },
    });
    refresh();
    return { status: 'success', message: `Team ${created.team.name} (${created.team.slug}) created.` };
  }, values);
}

export async function createDomain(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = createDomainSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return mutationResult(async () => {
    const { createDomain: created } = await requestGraphQL(createDomainMutation, { input: parsed.data });
    refresh();
    return { status: 'success', message: `Domain ${created.domain.name} (${created.domain.slug}) created.` };
  }, values);
}
