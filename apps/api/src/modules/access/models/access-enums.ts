import { registerEnumType } from '@nestjs/graphql';
import { SUBSCRIPTION_STATUSES } from '../subscription-rules';

export const SubscriptionStatusEnum = Object.fromEntries(SUBSCRIPTION_STATUSES.map((status) => [status, status])) as {
  [Status in (typeof SUBSCRIPTION_STATUSES)[number]]: Status;
};

export const GrantStatusEnum = { PENDING: 'PENDING', ACTIVE: 'ACTIVE', FAILED: 'FAILED', REMOVED: 'REMOVED' } as const;

export const GrantDesiredStateEnum = { GRANT: 'GRANT', REVOKE: 'REVOKE' } as const;

registerEnumType(SubscriptionStatusEnum, {
  name: 'SubscriptionStatus',
  description: 'Where an access request stands.',
  valuesMap: {
    PENDING: { description: 'Waiting for the owning team to decide.' },
    APPROVED: { description: 'Access is granted (see the grants for the provisioning).' },
    REJECTED: { description: 'The owning team declined; final.' },
    REVOKED: { description: 'Ended by the owning or the consumer team; final.' },
    EXPIRED: { description: 'Its expiry passed; final.' },
  },
});

registerEnumType(GrantStatusEnum, {
  name: 'GrantStatus',
  description: 'Where the provisioning of a grant stands.',
  valuesMap: {
    PENDING: { description: 'Work is queued: to make the grant, or to remove it.' },
    ACTIVE: { description: "The grant exists in the port's system." },
    FAILED: { description: 'The last attempt failed (see lastError); it is retried automatically.' },
    REMOVED: { description: 'The grant was removed after the subscription ended.' },
  },
});

registerEnumType(GrantDesiredStateEnum, {
  name: 'GrantDesiredState',
  description: 'What the grant should be: made (GRANT) while the subscription is approved, removed (REVOKE) after.',
});
