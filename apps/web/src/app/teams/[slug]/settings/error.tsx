'use client';

import { RouteError, type RouteErrorProps } from '@/features/shell/route-error';

export default function TeamSettingsError(props: RouteErrorProps) {
  return <RouteError {...props} title="Team settings could not be shown" />;
}
