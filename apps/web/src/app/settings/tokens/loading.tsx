import { RouteLoading } from '@/features/shell/route-loading';

export default function MyTokensLoading() {
  return <RouteLoading label="Loading your API tokens…" />;
}
