import 'server-only';
import { graphql } from '@/generated/graphql';
import type { PlatformStatusQuery } from '@/generated/graphql/graphql';
import { ApiUnavailableError, GraphQLRequestError, requestPublicGraphQL } from '@/lib/graphql';
import { sharedAnswer } from '@/lib/shared-answer';

/** The fields of GraphQL `ApiInfo` the portal shows. */
export type ApiInfo = PlatformStatusQuery['apiInfo'];
/** An outside system and whether this installation has it (GraphQL `Integration`). */
export type Integration = ApiInfo['integrations'][number];

const apiInfoQuery = graphql(`
  query PlatformStatus {
    apiInfo {
      version
      environment
      integrations {
        name
        configured
      }
      workerHeartbeatAt
    }
  }
`);

/**
 * One anonymous `apiInfo` call every few seconds at most, whatever the traffic: every home
 * page view would otherwise spend the portal server's per-address rate-limit budget.
 */
const askApiInfo = sharedAnswer(() => requestPublicGraphQL(apiInfoQuery), 5_000);

/** What the status card shows: the API's answer, or why there is none. */
export type PlatformStatus =
  { readonly state: 'available'; readonly apiInfo: ApiInfo } | { readonly state: 'unavailable'; readonly code: string };

/**
 * Loads the platform status. An unreachable or failing API is an expected state the page
 * shows, not a crash; any other error is a bug and reaches the route's error boundary.
 */
export async function loadPlatformStatus(): Promise<PlatformStatus> {
  try {
    const { apiInfo } = await askApiInfo();
    return { state: 'available', apiInfo };
  } catch (error) {
    if (error instanceof ApiUnavailableError || error instanceof GraphQLRequestError) {
      console.warn(`[tessera-web] platform status unavailable: ${error.message}`);
      return { state: 'unavailable', code: error.code };
    }
    throw error;
  }
}
