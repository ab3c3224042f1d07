'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import { formatDateTime } from '@/lib/format';
import { formValues, invalidForm, mutationResult } from '../forms/action-result';
import type { FormState } from '../forms/form-state';
import { channelFormSchema } from './channel-form';

const createChannelMutation = graphql(`
  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {
    createNotificationChannel(input: $input) {
      notificationChannel {
        id
        name
        kind
      }
      signingSecret
    }
  }
`);

const sendTestMutation = graphql(`
  mutation SendTestNotification($input: SendTestNotificationInput!) {
    sendTestNotification(input: $input) {
      delivery {
        id
        status
      }
    }
  }
`);

const rotateSecretMutation = graphql(`
  mutation RotateChannelSecret($input: RotateChannelSecretInput!) {
    rotateChannelSecret(input: $input) {
      signingSecret
      previousSecretExpiresAt
    }
  }
`);

const enableMutation = graphql(`
  mutation EnableNotificationChannel($input: EnableNotificationChannelInput!) {
    enableNotificationChannel(input: $input) {
      notificationChannel {
        id
        enabled
      }
    }
  }
`);

const disableMutation = graphql(`
  mutation DisableNotificationChannel($input: DisableNotificationChannelInput!) {
    disableNotificationChannel(input: $input) {
      notificationChannel {
        id
        enabled
      }
    }
  }
`);

const deleteMutation = graphql(`
  mutation DeleteNotificationChannel($input: DeleteNotificationChannelInput!) {
    deleteNotificationChannel(input: $input) {
      deletedNotificationChannelId
    }
  }
`);

/** Adds a channel to the team; a webhook's signing secret comes back in the state, shown once. */
export async function createNotificationChannel(
  teamId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = channelFormSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const { kind, name, url, recipients } = parsed.data;

  return mutationResult(async () => {
    const { createNotificationChannel: created } = await requestGraphQL(createChannelMutation, {
      input: { teamId, kind, name, url: url ?? null, recipients: recipients ?? null },
    });
    refresh();
    if (created.signingSecret) {
      return {
        status: 'success',
        message: `Channel ${created.notificationChannel.name} created. Copy its signing secret now: it is shown once.`,
        secret: created.signingSecret,
      };
    }
    return { status: 'success', message: `Channel ${created.notificationChannel.name} created.` };
  }, values);
}

/** Queues a test notification; the worker sends it, and its delivery shows up in the list. */
export async function sendTestNotification(channelId: string, _previous: FormState): Promise<FormState> {
  return mutationResult(async () => {
    const { sendTestNotification: sent } = await requestGraphQL(sendTestMutation, { input: { channelId } });
    refresh();
    return {
      status: 'success',
      message: `Test notification queued (${sent.delivery.status.toLowerCase()}); its delivery appears under the channel.`,
    };
  });
}

const overlapSchema = z.coerce.number().int().min(0).max(168).catch(24);

/** Replaces a webhook's signing secret; the new one is shown once, the old one signs for a while. */
export async function rotateChannelSecret(
  channelId: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const overlapHours = overlapSchema.parse(formData.get('overlapHours') ?? 24);
  return mutationResult(async () => {
    const { rotateChannelSecret: rotated } = await requestGraphQL(rotateSecretMutation, {
      input: { channelId, overlapHours },
    });
    refresh();
    const until = rotated.previousSecretExpiresAt
      ? ` The previous secret still signs until ${formatDateTime(rotated.previousSecretExpiresAt)}.`
      : '';
    return {
      status: 'success',
      message: `New signing secret: copy it now, it is shown once.${until}`,
      secret: rotated.signingSecret,
    };
  });
}

/** Starts or stops sending through a channel. */
export async function setChannelEnabled(channelId: string, enabled: boolean, _previous: FormState): Promise<FormState> {
  return mutationResult(async () => {
    if (enabled) await requestGraphQL(enableMutation, { input: { id: channelId } });
    else await requestGraphQL(disableMutation, { input: { id: channelId, reason: 'Disabled in team settings' } });
    refresh();
    return { status: 'success', message: enabled ? 'Channel enabled.' : 'Channel disabled.' };
  });
}

/** Deletes a channel with its delivery history. */
export async function deleteNotificationChannel(channelId: string, _previous: FormState): Promise<FormState> {
  return mutationResult(async () => {
    await requestGraphQL(deleteMutation, { input: { id: channelId } });
    refresh();
    return { status: 'success', message: 'Channel deleted.' };
  });
}
