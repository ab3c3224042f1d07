'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function DomainError(props: RouteErrorProps) {
  return <RouteError {...props} title="The domain could not be shown" />;
}
