'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function TeamError(props: RouteErrorProps) {
  return <RouteError {...props} title="The team could not be shown" />;
}
