'use server';

import { accessDurationDaysSchema, accessPurposeSchema, decisionReasonSchema } from '@tessera/contracts';
import { refresh } from 'next/cache';
import { z } from 'zod';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import { formatDate } from '@/lib/format';
import { formValues, invalidForm, mutationResult } from '../forms/action-result';
import type { FormState } from '../forms/form-state';

const requestAccessMutation = graphql(`
  mutation RequestAccess($input: RequestAccessInput!) {
    requestAccess(input: $input) {
      subscription {
        id
        status
        consumerTeam {
          name
        }
      }
    }
  }
`);

const approveMutation = graphql(`
  mutation ApproveSubscription($input: ApproveSubscriptionInput!) {
    approveSubscription(input: $input) {
      subscription {
        id
        status
        expiresAt
      }
    }
  }
`);

const rejectMutation = graphql(`
  mutation RejectSubscription($input: RejectSubscriptionInput!) {
    rejectSubscription(input: $input) {
      subscription {
        id
        status
      }
    }
  }
`);

const revokeMutation = graphql(`
  mutation RevokeSubscription($input: RevokeSubscriptionInput!) {
    revokeSubscription(input: $input) {
      subscription {
        id
        status
      }
    }
  }
`);

const renewMutation = graphql(`
  mutation RequestSubscriptionRenewal($input: RequestSubscriptionRenewalInput!) {
    requestSubscriptionRenewal(input: $input) {
      subscription {
        id
        status
        expiresAt
        renewalRequestedAt
      }
    }
  }
`);

const acknowledgeMutation = graphql(`
  mutation AcknowledgeIncident($input: AcknowledgeIncidentInput!) {
    acknowledgeIncident(input: $input) {
      incident {
        id
        status
      }
    }
  }
`);

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const days = z.preprocess(
  (value) => (blank(value) === undefined ? undefined : Number(value)),
  accessDurationDaysSchema.optional(),
);

/** The request form, with the API's own rules for purpose and duration (packages/contracts). */
const requestAccessForm = z.object({
  consumerTeamId: z.string().min(1, 'Choose the team that will read the data'),
  purpose: accessPurposeSchema,
  durationDays: days,
});

/** Asks the owning team for access to a port, for one of the viewer's teams. */
export async function requestAccess(portId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = requestAccessForm.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return mutationResult(async () => {
    const { requestAccess: requested } = await requestGraphQL(requestAccessMutation, {
      input: {
        portId,
        consumerTeamId: parsed.data.consumerTeamId,
        purpose: parsed.data.purpose,
        durationDays: parsed.data.durationDays ?? null,
      },
    });
    // No refresh here: the dialog keeps its answer and refreshes the page when it closes.
    const team = requested.subscription.consumerTeam.name;
    return requested.subscription.status === 'APPROVED'
      ? { status: 'success', message: `Access approved for ${team}: the port is open to any team.` }
      : { status: 'success', message: `Access requested for ${team}. The owning team decides in its inbox.` };
  }, values);
}

/** Approves a pending request (or renewal); the grants are provisioned by the worker. */
export async function approveSubscription(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const reason = decisionReasonSchema.optional().safeParse(blank(formData.get('reason') ?? undefined));
  if (!reason.success) return { status: 'error', message: `Reason: ${reason.error.issues[0]?.message}` };
  return mutationResult(async () => {
    const { approveSubscription: approved } = await requestGraphQL(approveMutation, {
      input: { id, reason: reason.data ?? null },
    });
    // No refresh: the inbox keeps the decided request with its outcome until the next visit.
    const until = approved.subscription.expiresAt ? ` until ${formatDate(approved.subscription.expiresAt)}` : '';
    return { status: 'success', message: `Approved${until}; access is being provisioned.` };
  });
}

/** Rejects a pending request (or renewal); the reason is required and shown to the requesting team. */
export async function rejectSubscription(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const reason = decisionReasonSchema.safeParse(formData.get('reason') ?? '');
  if (!reason.success) return { status: 'error', message: 'Give a reason: the requesting team sees it.' };
  return mutationResult(async () => {
    await requestGraphQL(rejectMutation, { input: { id, reason: reason.data } });
    return { status: 'success', message: 'Rejected; the requesting team is told why.' };
  });
}

/** Ends an approved subscription (either team); its grants are removed. */
export async function revokeSubscription(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const reason = decisionReasonSchema.safeParse(formData.get('reason') ?? '');
  if (!reason.success) return { status: 'error', message: 'Give a reason: the other team sees it.' };
  return mutationResult(async () => {
    await requestGraphQL(revokeMutation, { input: { id, reason: reason.data } });
    refresh();
    return { status: 'success', message: 'Revoked; the grants are being removed.' };
  });
}

/** Asks to extend an approved subscription before it expires. */
export async function requestRenewal(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const durationDays = accessDurationDaysSchema.safeParse(Number(formData.get('durationDays')));
  if (!durationDays.success) return { status: 'error', message: `Days: ${durationDays.error.issues[0]?.message}` };
  return mutationResult(async () => {
    const { requestSubscriptionRenewal: renewed } = await requestGraphQL(renewMutation, {
      input: { id, durationDays: durationDays.data },
    });
    refresh();
    return renewed.subscription.renewalRequestedAt
      ? { status: 'success', message: 'Renewal requested; the owning team decides.' }
      : { status: 'success', message: 'Renewed.' };
  });
}

/** Acknowledges an open incident, with an optional note for the rest of the team. */
export async function acknowledgeIncident(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const note = z
    .string()
    .trim()
    .max(2_000, 'at most 2,000 characters')
    .optional()
    .safeParse(blank(formData.get('note') ?? undefined));
  if (!note.success) return { status: 'error', message: `Note: ${note.error.issues[0]?.message}` };
  return mutationResult(async () => {
    await requestGraphQL(acknowledgeMutation, { input: { id, note: note.data ?? null } });
    refresh();
    return { status: 'success', message: 'Acknowledged: reminders stop, and the team sees who is on it.' };
  });
}
