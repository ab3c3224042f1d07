import { RouteLoading } from '@/features/shell/route-loading';

export default function HomeLoading() {
  return <RouteLoading label="Loading platform status…" />;
}
