import 'server-only';
import { ApiUnavailableError, defineOperation, GraphQLRequestError, requestGraphQL } from '@/lib/graphql';

/** An outside system and whether this installation has it (GraphQL `Integration`). */
export interface Integration {
  readonly name: string;
  readonly configured: boolean;
}

/** The fields of GraphQL `ApiInfo` the portal shows. */
export interface ApiInfo {
  readonly version: string;
  readonly environment: string;
  readonly integrations: readonly Integration[];
  /** ISO date-time (GraphQL `DateTime`), or null when no worker was seen in the last minute. */
  readonly workerHeartbeatAt: string | null;
}

const apiInfoQuery = defineOperation<{ apiInfo: ApiInfo }>(
  'PlatformStatus',
  /* GraphQL */ `
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
  `,
);

/** What the status card shows: the API's answer, or why there is none. */
export type PlatformStatus =
  { readonly state: 'available'; readonly apiInfo: ApiInfo } | { readonly state: 'unavailable'; readonly code: string };

/**
 * Loads the platform status. An unreachable or failing API is an expected state the page
 * shows, not a crash; any other error is a bug and reaches the route's error boundary.
 */
export async function loadPlatformStatus(): Promise<PlatformStatus> {
  try {
    const { apiInfo } = await requestGraphQL(apiInfoQuery);
    return { state: 'available', apiInfo };
  } catch (error) {
    if (error instanceof ApiUnavailableError || error instanceof GraphQLRequestError) {
      console.warn(`[tessera-web] platform status unavailable: ${error.message}`);
      return { state: 'unavailable', code: error.code };
    }
    throw error;
  }
}
