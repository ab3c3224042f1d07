'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function InboxError(props: RouteErrorProps) {
  return <RouteError {...props} title="The inbox could not be shown" />;
}
