'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function HomeError(props: RouteErrorProps) {
  return <RouteError {...props} title="The home page could not be shown" />;
}
