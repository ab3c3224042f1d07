'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function SubscriptionsError(props: RouteErrorProps) {
  return <RouteError {...props} title="Your subscriptions could not be shown" />;
}
