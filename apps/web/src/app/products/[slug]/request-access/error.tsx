'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function RequestAccessError(props: RouteErrorProps) {
  return <RouteError {...props} title="The request form could not be shown" />;
}
