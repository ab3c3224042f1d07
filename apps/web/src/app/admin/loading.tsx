import { RouteLoading } from '@/features/shell/route-loading';

export default function AdminLoading() {
  return <RouteLoading label="Loading administration…" />;
}
