'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function ProductError(props: RouteErrorProps) {
  return <RouteError {...props} title="The data product could not be shown" />;
}
