/**
 * The contract between access subscriptions and the systems that enforce them. A provisioner
 * turns "team T may read port P" into real grants (Kafka ACLs, Postgres privileges) and
 * answers with records of exactly what it created; everything later (removal, drift checks,
 * repair) works from those records, never from the spec again.
 *
 * Records are plain JSON, safe to store on the subscription and to show to both teams.
 */

/** Port kinds that can be provisioned; a new kind adds one entry to each map below. */
export interface GrantSpecsByKind {
  KAFKA_TOPIC: KafkaTopicGrantSpec;
  POSTGRES_TABLE: PostgresTableGrantSpec;
}

export interface GrantRecordsByKind {
  KAFKA_TOPIC: KafkaAclGrantRecord;
  POSTGRES_TABLE: PostgresPrivilegeGrantRecord;
}

export type ProvisionedPortKind = keyof GrantSpecsByKind & keyof GrantRecordsByKind;
export type GrantSpec = GrantSpecsByKind[ProvisionedPortKind];
export type GrantRecord = GrantRecordsByKind[ProvisionedPortKind];

/** Read access for a consumer team to a Kafka topic. */
export interface KafkaTopicGrantSpec {
  readonly portKind: 'KAFKA_TOPIC';
  /** The port's location: the Kafka cluster connection, by name, and the topic. */
  readonly location: { readonly cluster: string; readonly topic: string };
  readonly consumer: {
    /** The team's slug; its consumer groups are the ones named `<slug>.` something. */
    readonly teamSlug: string;
    /** The team's Kafka principal on that cluster, `User:<name>`. */
    readonly principal: string;
  };
}

/** Read access for a consumer team to a Postgres table (or view). */
export interface PostgresTableGrantSpec {
  readonly portKind: 'POSTGRES_TABLE';
  /** The port's location: the monitored database connection, by name, schema and table. */
  readonly location: { readonly database: string; readonly schema: string; readonly table: string };
  /** The team's role in that database. */
  readonly consumer: { readonly role: string };
}

/** One Kafka ACL binding, exactly as created on the cluster. */
export interface KafkaAclGrantRecord {
  readonly portKind: 'KAFKA_TOPIC';
  readonly cluster: string;
  readonly resourceType: 'TOPIC' | 'GROUP';
  readonly resourceName: string;
  readonly patternType: 'LITERAL' | 'PREFIXED';
  readonly principal: string;
  readonly host: string;
  readonly operation: 'READ' | 'DESCRIBE';
  readonly permission: 'ALLOW';
  /**
   * True for the consumer-group binding: every topic grant of the team on the cluster uses
   * the same one, so removal deletes it only when the principal reads no topic any more.
   */
  readonly shared: boolean;
}

/** One Postgres privilege, exactly as granted in the monitored database. */
export type PostgresPrivilegeGrantRecord =
  | {
      readonly portKind: 'POSTGRES_TABLE';
      readonly database: string;
      readonly role: string;
      readonly objectType: 'TABLE';
      readonly privilege: 'SELECT';
      readonly schema: string;
      readonly table: string;
    }
  | {
      readonly portKind: 'POSTGRES_TABLE';
      readonly database: string;
      readonly role: string;
      readonly objectType: 'SCHEMA';
      readonly privilege: 'USAGE';
      readonly schema: string;
      /**
       * Whether this grant created the USAGE (the role did not hold it before). Only then may
       * removal revoke it, and only once the role needs the schema for nothing else.
       */
      readonly newlyGranted: boolean;
    };

/** What `inspect` found for one record. */
export interface GrantInspection<Record extends GrantRecord = GrantRecord> {
  readonly record: Record;
  readonly present: boolean;
}

/**
 * One port kind's provisioner. Every method is safe to retry: granting what exists, revoking
 * what is gone and restoring what is present are no-ops. Failures are ProvisioningErrors.
 */
export interface GrantProvisioner<Kind extends ProvisionedPortKind = ProvisionedPortKind> {
  readonly portKind: Kind;
  /** Creates the grants for the spec and returns exactly what they are. */
  grant(spec: GrantSpecsByKind[Kind]): Promise<GrantRecordsByKind[Kind][]>;
  /** Removes what the records describe; records already gone are fine. */
  revoke(records: readonly GrantRecordsByKind[Kind][]): Promise<void>;
  /** Whether each recorded grant still exists, in the order given. */
  inspect(records: readonly GrantRecordsByKind[Kind][]): Promise<GrantInspection<GrantRecordsByKind[Kind]>[]>;
  /**
   * Re-creates recorded grants that drifted away (removed by hand), keeping the records as
   * they are: reconciliation repairs with this rather than a new `grant`, so what a record
   * says about ownership (`newlyGranted`) survives the repair.
   */
  restore(records: readonly GrantRecordsByKind[Kind][]): Promise<void>;
}
