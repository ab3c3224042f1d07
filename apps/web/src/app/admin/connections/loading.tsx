import { RouteLoading } from '@/features/shell/route-loading';

export default function ConnectionsLoading() {
  return <RouteLoading label="Loading connections…" />;
}
