import { RouteLoading } from '@/features/shell/route-loading';

export default function SearchLoading() {
  return <RouteLoading label="Loading search…" />;
}
