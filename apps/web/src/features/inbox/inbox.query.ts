import 'server-only';
import { graphql } from '@/generated/graphql';
import type { TeamInboxQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';

const teamInboxQuery = graphql(`
  query TeamInbox($teamId: ID!) {
    team(id: $teamId) {
      id
      slug
      name
      accessRequests(first: 30) {
        totalCount
        nodes {
          id
          status
          purpose
          durationDays
          requestedAt
          renewalRequestedAt
          renewalDays
          expiresAt
          requestedBy {
            displayName
          }
          consumerTeam {
            slug
            name
          }
          product {
            slug
            name
          }
          port {
            name
          }
        }
      }
      openIncidents(first: 20) {
        totalCount
        nodes {
          ...IncidentFields
        }
      }
      products(first: 20) {
        nodes {
          slug
          name
          outputPorts {
            name
            subscriptions(statuses: [APPROVED], first: 10) {
              nodes {
                id
                consumerTeam {
                  slug
                  name
                }
                grants {
                  id
                  status
                  attempts
                  lastError
                  lastErrorCode
                  lastAttemptAt
                }
              }
            }
          }
        }
      }
    }
  }
`);

type InboxTeam = TeamInboxQuery['team'];
export type AccessRequest = NonNullable<InboxTeam['accessRequests']>['nodes'][number];

/** A grant the worker could not make, with where it belongs. */
export interface ProvisioningFailure {
  readonly grantId: string;
  readonly product: { slug: string; name: string };
  readonly portName: string;
  readonly consumerTeam: { slug: string; name: string };
  readonly attempts: number;
  readonly lastError: string | null;
  readonly lastErrorCode: string | null;
  readonly lastAttemptAt: string | null;
}

export interface TeamInbox {
  readonly team: { id: string; slug: string; name: string };
  readonly isOwner: boolean;
  readonly accessRequests: readonly AccessRequest[];
  readonly openIncidents: InboxTeam['openIncidents']['nodes'];
  readonly provisioningFailures: readonly ProvisioningFailure[];
}

/**
 * What waits for each of the viewer's teams: access requests (and renewals) to decide, open
 * incidents on its products, and grants that failed to provision. One request per team, in
 * parallel, so each stays well under the API's query cost limit.
 */
export async function loadInbox(teams: readonly { id: string; role: 'OWNER' | 'MEMBER' }[]): Promise<TeamInbox[]> {
  return Promise.all(
    teams.map(async ({ id, role }) => {
      const { team } = await requestGraphQL(teamInboxQuery, { teamId: id });
      const provisioningFailures = team.products.nodes.flatMap((product) =>
        product.outputPorts.flatMap((port) =>
          (port.subscriptions?.nodes ?? []).flatMap((subscription) =>
            subscription.grants
              .filter((grant) => grant.status === 'FAILED')
              .map((grant) => ({
                grantId: grant.id,
                product: { slug: product.slug, name: product.name },
                portName: port.name,
                consumerTeam: subscription.consumerTeam,
                attempts: grant.attempts,
                lastError: grant.lastError ?? null,
                lastErrorCode: grant.lastErrorCode ?? null,
                lastAttemptAt: grant.lastAttemptAt ?? null,
              })),
          ),
        ),
      );
      return {
        team: { id: team.id, slug: team.slug, name: team.name },
        isOwner: role === 'OWNER',
        accessRequests: team.accessRequests?.nodes ?? [],
        openIncidents: team.openIncidents.nodes,
        provisioningFailures,
      };
    }),
  );
}
