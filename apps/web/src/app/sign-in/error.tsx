'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function SignInError(props: RouteErrorProps) {
  return <RouteError {...props} title="Sign-in could not be shown" />;
}
