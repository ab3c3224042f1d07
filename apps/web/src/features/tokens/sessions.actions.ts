'use server';

import { refresh } from 'next/cache';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import { mutationResult } from '../forms/action-result';
import type { FormState } from '../forms/form-state';

const revokeSessionMutation = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      session {
        id
        revokedAt
      }
    }
  }
`);

const revokeOtherSessionsMutation = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions {
      revokedCount
    }
  }
`);

/** Signs one of the user's other browsers out at once. */
export async function revokeSession(sessionId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  return mutationResult(async () => {
    await requestGraphQL(revokeSessionMutation, { input: { id: sessionId } });
    refresh();
    return { status: 'success', message: 'Signed out.' };
  });
}

/** "Sign out everywhere else": every browser of the user but this one. */
export async function revokeOtherSessions(_previous: FormState, _formData: FormData): Promise<FormState> {
  return mutationResult(async () => {
    const { revokeOtherSessions: result } = await requestGraphQL(revokeOtherSessionsMutation);
    refresh();
    const count = result.revokedCount;
    return { status: 'success', message: `Signed out ${count} other browser${count === 1 ? '' : 's'}.` };
  });
}
