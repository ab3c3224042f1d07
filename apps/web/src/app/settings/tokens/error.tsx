'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function MyTokensError(props: RouteErrorProps) {
  return <RouteError {...props} title="Your API tokens and sessions could not be shown" />;
}
