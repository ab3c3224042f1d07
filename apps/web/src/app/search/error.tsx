'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function SearchError(props: RouteErrorProps) {
  return <RouteError {...props} title="Search could not be shown" />;
}
