'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function ConnectionsError(props: RouteErrorProps) {
  return <RouteError {...props} title="Connections could not be shown" />;
}
