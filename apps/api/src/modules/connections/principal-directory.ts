/**
 * How the access feature learns which identity to grant to: a consumer team's principal on
 * the connection a port location names. Implemented by the connections module
 * (`StoredPrincipalDirectory`), exported from `ConnectionsModule`.
 */

/** The connection kinds teams have principals on, and what each principal is. */
export type PrincipalConnectionKind = 'KAFKA_CLUSTER' | 'POSTGRES_DATABASE';

export interface TeamPrincipalInfo {
  readonly teamId: string;
  readonly connectionId: string;
  readonly connectionKind: PrincipalConnectionKind;
  readonly connectionName: string;
  /** KAFKA_PRINCIPAL: `User:<name>`; POSTGRES_ROLE: the role name, unquoted. */
  readonly kind: 'KAFKA_PRINCIPAL' | 'POSTGRES_ROLE';
  readonly name: string;
}

/** Nest provider (abstract class as token). */
export abstract class PrincipalDirectory {
  /**
   * The team's principal on the connection of this kind and name (as a port location names
   * it: KAFKA_TOPIC `location.cluster` → KAFKA_CLUSTER, POSTGRES_TABLE `location.database` →
   * POSTGRES_DATABASE); null when the team has set none or no such connection exists.
   */
  abstract principalFor(
    teamId: string,
    connection: { readonly kind: PrincipalConnectionKind; readonly name: string },
  ): Promise<TeamPrincipalInfo | null>;

  /** The team's Kafka principal (`User:<name>`) on the cluster, or null. */
  async kafkaPrincipalFor(teamId: string, clusterName: string): Promise<string | null> {
    return (await this.principalFor(teamId, { kind: 'KAFKA_CLUSTER', name: clusterName }))?.name ?? null;
  }

  /** The team's Postgres role in the database, or null. */
  async postgresRoleFor(teamId: string, databaseName: string): Promise<string | null> {
    return (await this.principalFor(teamId, { kind: 'POSTGRES_DATABASE', name: databaseName }))?.name ?? null;
  }
}
