import { RouteLoading } from '@/features/shell/route-loading';

export default function TeamSettingsLoading() {
  return <RouteLoading label="Loading team settings…" />;
}
