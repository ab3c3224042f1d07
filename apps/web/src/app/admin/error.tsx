'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function AdminError(props: RouteErrorProps) {
  return <RouteError {...props} title="Administration could not be shown" />;
}
