/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** OPEN: access is granted at once (PUBLIC and INTERNAL data); APPROVAL_REQUIRED: the owners decide. */
export type AccessMode = 'APPROVAL_REQUIRED' | 'OPEN';

/** Acknowledges an open incident: someone is on it (reminders stop). */
export type AcknowledgeIncidentInput = {
  /** The incident. */
  id: string | number;
  /** What is being done, for the rest of the team (up to 2,000 characters). */
  note?: string | null | undefined;
};

/** Adds a user to a team. */
export type AddTeamMemberInput = {
  /** Their role; MEMBER by default. */
  role?: TeamRole | null | undefined;
  /** The team. */
  teamId: string | number;
  /** The user. */
  userId: string | number;
};

/** What an API token may do: CATALOG_READ, CATALOG_WRITE, FRESHNESS_REPORT, ADMIN. */
export type ApiTokenScope = 'ADMIN' | 'CATALOG_READ' | 'CATALOG_WRITE' | 'FRESHNESS_REPORT';

/** Approves a pending request, or the pending renewal of an approved subscription. */
export type ApproveSubscriptionInput = {
  /** The subscription. */
  id: string | number;
  /** Why, for the requesting team and the audit log. */
  reason?: string | null | undefined;
};

/** Changes a member's role. */
export type ChangeTeamMemberRoleInput = {
  /** The new role. */
  role: TeamRole;
  /** The team. */
  teamId: string | number;
  /** The member. */
  userId: string | number;
};

/** WEBHOOK: signed JSON to your URL; SLACK: an incoming-webhook message with blocks; EMAIL: SMTP. */
export type ChannelKind =
  /** Email to a list of addresses, through the platform SMTP server. */
  | 'EMAIL'
  /** A Slack (or Slack-compatible) incoming-webhook URL. */
  | 'SLACK'
  /** Signed JSON POSTed to a URL (HMAC-SHA256, see docs/notifications.md). */
  | 'WEBHOOK';

/** How sensitive the data is. */
export type Classification = 'CONFIDENTIAL' | 'INTERNAL' | 'PUBLIC' | 'RESTRICTED';

/** Which schema changes a port accepts, as in the Confluent registry: BACKWARD (new readers read old data), FORWARD (old readers read new data), FULL (both), their _TRANSITIVE forms against every earlier version, or NONE. */
export type CompatibilityMode =
  'BACKWARD' | 'BACKWARD_TRANSITIVE' | 'FORWARD' | 'FORWARD_TRANSITIVE' | 'FULL' | 'FULL_TRANSITIVE' | 'NONE';

/** What a platform connection reaches. */
export type ConnectionKind =
  /** A Kafka cluster (KAFKA_TOPIC ports name it as location.cluster). */
  | 'KAFKA_CLUSTER'
  /** A monitored Postgres database (POSTGRES_TABLE ports name it as location.database). */
  | 'POSTGRES_DATABASE'
  /** A Confluent-compatible schema registry. */
  | 'SCHEMA_REGISTRY';

/** A new API token, for the signed-in user or for one of their teams. */
export type CreateApiTokenInput = {
  /** Days until it expires; none means it does not expire. */
  expiresInDays?: number | null | undefined;
  /** What the token is for, such as "orders CI". */
  name: string;
  /** What it may do. */
  scopes: Array<ApiTokenScope>;
  /** Create a team token for this team (team owners and admins). */
  teamId?: string | number | null | undefined;
  /** A team token's role; at most the creator's. Default MEMBER. */
  teamRole?: TeamRole | null | undefined;
};

/** A new business domain (platform admins). */
export type CreateDomainInput = {
  /** What it covers. */
  description?: string | null | undefined;
  /** Display name. */
  name: string;
  /** Unique, URL-safe name. */
  slug: string;
  /** The owning team. */
  teamId: string | number;
};

/** A new notification channel of a team. */
export type CreateNotificationChannelInput = {
  /** How notifications are sent. */
  kind: ChannelKind;
  /** Unique within the team, such as "on-call webhook". */
  name: string;
  /** EMAIL (required): up to 20 addresses. */
  recipients?: Array<string> | null | undefined;
  /** The owning team; one of your teams unless you are a platform admin. */
  teamId: string | number;
  /** WEBHOOK and SLACK (required): an http(s) URL that resolves to a public address. */
  url?: string | null | undefined;
};

/** A new team (platform admins). */
export type CreateTeamInput = {
  /** What the team does. */
  description?: string | null | undefined;
  /** Display name. */
  name: string;
  /** Users who become its owners. */
  ownerUserIds?: Array<string | number> | null | undefined;
  /** Unique, URL-safe name. */
  slug: string;
};

/** A new local user (platform admins). */
export type CreateUserInput = {
  /** Display name. */
  displayName: string;
  /** Sign-in address. */
  email: string;
  /** Make the user a platform admin. */
  isPlatformAdmin?: boolean | null | undefined;
  /** An initial password; without one the user cannot sign in yet. */
  password?: string | null | undefined;
};

/** Which channel to delete, with its delivery history. */
export type DeleteNotificationChannelInput = {
  /** The channel. */
  id: string | number;
};

/** Where a delivery stands: PENDING -> (RETRYING ->) DELIVERED, or DEAD after the last attempt. */
export type DeliveryStatus =
  /** Given up: attempts exhausted, the URL refused, or the channel gone or disabled. */
  | 'DEAD'
  /** The receiver accepted it. */
  | 'DELIVERED'
  /** Not attempted yet. */
  | 'PENDING'
  /** An attempt failed; another follows after a backoff. */
  | 'RETRYING';

/** Which channel to stop sending through, and why. */
export type DisableNotificationChannelInput = {
  /** The channel. */
  id: string | number;
  /** Shown as the disabled reason. */
  reason?: string | null | undefined;
};

/** Which channel to enable again. */
export type EnableNotificationChannelInput = {
  /** The channel. */
  id: string | number;
};

/** How freshness is observed: the newest record of a Kafka topic, max(column) of a Postgres table, or heartbeats pushed by the producer (PUSH, for any port). */
export type FreshnessCheckKind = 'KAFKA_TOPIC' | 'POSTGRES_TABLE' | 'PUSH';

/** UNKNOWN: not checked (or, in a timeline, not covered by any check); HEALTHY: fresher than the warn threshold; WARNING: past it; BREACHED: past the error threshold (or no data at all); ERROR: the check could not be made, which says nothing about the data. */
export type FreshnessStatus = 'BREACHED' | 'ERROR' | 'HEALTHY' | 'UNKNOWN' | 'WARNING';

/** Where the provisioning of a grant stands. */
export type GrantStatus =
  /** The grant exists in the port's system. */
  | 'ACTIVE'
  /** The last attempt failed (see lastError); it is retried automatically. */
  | 'FAILED'
  /** Work is queued: to make the grant, or to remove it. */
  | 'PENDING'
  /** The grant was removed after the subscription ended. */
  | 'REMOVED';

/** BREACH: the data is staler than the error threshold; CHECK_FAILURE: the check itself keeps failing. */
export type IncidentKind = 'BREACH' | 'CHECK_FAILURE';

/** OPEN (reminders are sent), ACKNOWLEDGED (someone is on it; no reminders), RESOLVED (recovered). */
export type IncidentStatus = 'ACKNOWLEDGED' | 'OPEN' | 'RESOLVED';

/** SASL credentials Tessera connects to a Kafka cluster with. */
export type KafkaSaslInput = {
  /** The SASL mechanism. */
  mechanism: SaslMechanism;
  /** The password; required when registering, kept when left out of an update. */
  password?: string | null | undefined;
  /** The SASL user (for ACL management, a super user or one allowed to alter ACLs). */
  username: string;
};

/** How an output port is read. */
export type PortKind = 'KAFKA_TOPIC' | 'POSTGRES_TABLE';

/** TLS towards a monitored Postgres database. */
export type PostgresSslMode =
  /** Plain TCP. */
  | 'DISABLE'
  /** TLS, without verifying the server certificate. */
  | 'REQUIRE'
  /** TLS, with the certificate chain and host name verified. */
  | 'VERIFY_FULL';

/** The kind of identity a team reads with. */
export type PrincipalKind =
  /** A Kafka principal, User:<name>, on a Kafka cluster. */
  | 'KAFKA_PRINCIPAL'
  /** A role in a monitored Postgres database. */
  | 'POSTGRES_ROLE';

/** Lifecycle: DRAFT -> PUBLISHED -> DEPRECATED -> RETIRED (DEPRECATED may return to PUBLISHED). */
export type ProductStatus = 'DEPRECATED' | 'DRAFT' | 'PUBLISHED' | 'RETIRED';

/** A Kafka cluster to register. */
export type RegisterKafkaClusterInput = {
  /** Bootstrap brokers, host:port (IPv6 in brackets). */
  brokers: Array<string>;
  /** What the cluster is for. */
  description?: string | null | undefined;
  /** The name port locations use (location.cluster); a slug, unique among clusters. */
  name: string;
  /** The schema registry holding this cluster's schemas, by id. */
  registryId?: string | number | null | undefined;
  /** Or the schema registry by name. */
  registryName?: string | null | undefined;
  /** SASL authentication, when the cluster needs it. */
  sasl?: KafkaSaslInput | null | undefined;
  /** Connect over TLS; false by default. */
  ssl?: boolean | null | undefined;
};

/** A Postgres database to monitor (and provision access on). */
export type RegisterPostgresDatabaseInput = {
  /** The database name on the server. */
  database: string;
  /** What the database is for. */
  description?: string | null | undefined;
  /** Host name or address. */
  host: string;
  /** The name port locations use (location.database); a slug, unique among databases. */
  name: string;
  /** TCP port; 5432 by default. */
  port?: number | null | undefined;
  /** The provisioning user's password. */
  provisioningPassword?: string | null | undefined;
  /** A user allowed to GRANT and REVOKE on the tables (their owner); without it access is not provisioned. */
  provisioningUser?: string | null | undefined;
  /** The read-only user's password. */
  readOnlyPassword: string;
  /** A read-only user for freshness checks. */
  readOnlyUser: string;
  /** TLS mode; REQUIRE by default. */
  ssl?: PostgresSslMode | null | undefined;
};

/** A Confluent-compatible schema registry to register. */
export type RegisterSchemaRegistryInput = {
  /** What the registry is for. */
  description?: string | null | undefined;
  /** A slug, unique among registries. */
  name: string;
  /** HTTP basic auth password. */
  password?: string | null | undefined;
  /** The http(s) API root, such as https://registry.example.com or …/apis/ccompat/v7. */
  url: string;
  /** HTTP basic auth user (give a password with it). */
  username?: string | null | undefined;
};

/** Rejects a pending request, or declines the pending renewal of an approved subscription (which then lasts until its expiry). */
export type RejectSubscriptionInput = {
  /** The subscription. */
  id: string | number;
  /** Why, for the requesting team and the audit log. */
  reason: string;
};

/** A connection to remove; refused while ports or team principals use it. */
export type RemoveConnectionInput = {
  /** The connection. */
  id: string | number;
};

/** Removes a member from a team. */
export type RemoveTeamMemberInput = {
  /** The team. */
  teamId: string | number;
  /** The member. */
  userId: string | number;
};

/** Removes a team's principal on a connection. */
export type RemoveTeamPrincipalInput = {
  /** The connection. */
  connectionId: string | number;
  /** The team. */
  teamId: string | number;
};

/** Asks for read access to an output port, for one of your teams. */
export type RequestAccessInput = {
  /** The team that will read it; you must be one of its members. */
  consumerTeamId: string | number;
  /** How many days access should last once approved (1 to 730); without it, until revoked. */
  durationDays?: number | null | undefined;
  /** The output port to read. */
  portId: string | number;
  /** What the team will use the data for; the owners decide on it. */
  purpose: string;
};

/** Asks the owners to extend an approved subscription before it expires. */
export type RequestSubscriptionRenewalInput = {
  /** How many more days (1 to 730), added to the current expiry. */
  durationDays: number;
  /** The subscription. */
  id: string | number;
};

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** Its id. */
  id: string | number;
};

/** The browser session to sign out. */
export type RevokeSessionInput = {
  /** Its id, from mySessions. */
  id: string | number;
};

/** Ends a pending or approved subscription; its grants are removed. */
export type RevokeSubscriptionInput = {
  /** The subscription. */
  id: string | number;
  /** Why, for the other team and the audit log. */
  reason: string;
};

/** Replaces a webhook channel's signing secret. */
export type RotateChannelSecretInput = {
  /** The WEBHOOK channel. */
  channelId: string | number;
  /** How long the previous secret keeps signing beside the new one, in hours (0 to 168; default 24). */
  overlapHours?: number | null | undefined;
};

/** How Tessera authenticates to a Kafka cluster over SASL. */
export type SaslMechanism =
  /** SASL/PLAIN (use with TLS outside test setups). */
  | 'PLAIN'
  /** SASL/SCRAM-SHA-256. */
  | 'SCRAM_SHA_256'
  /** SASL/SCRAM-SHA-512. */
  | 'SCRAM_SHA_512';

/** Whom a schema change breaks: WRITERS (data written with the previous version cannot be read with the new one), READERS (consumers on the previous version cannot read new data), BOTH, or NONE. */
export type SchemaChangeBreaks = 'BOTH' | 'NONE' | 'READERS' | 'WRITERS';

/** How a field differs between two schema versions. */
export type SchemaFieldChange = 'ADDED' | 'CHANGED' | 'REMOVED';

/** The language of a schema: AVRO, JSON (JSON Schema draft-07 or 2020-12) or PROTOBUF (.proto). */
export type SchemaFormat = 'AVRO' | 'JSON' | 'PROTOBUF';

/** Where a schema version came from: TESSERA (published here), REGISTRY_IMPORT (brought in when a registry subject was attached) or REGISTRY_DRIFT (registered in the registry outside Tessera, found by the drift job). */
export type SchemaVersionSource = 'REGISTRY_DRIFT' | 'REGISTRY_IMPORT' | 'TESSERA';

/** Narrows a search; within a field any value matches, across fields all must. An empty list narrows nothing. */
export type SearchFilterInput = {
  /** Products with any of these classifications. */
  classifications?: Array<Classification> | null | undefined;
  /** Products in any of these domains. */
  domainIds?: Array<string | number> | null | undefined;
  /** Products with an output port of any of these kinds. */
  portKinds?: Array<PortKind> | null | undefined;
  /** Products in any of these statuses. */
  statuses?: Array<ProductStatus> | null | undefined;
  /** Products carrying any of these tags. */
  tags?: Array<string> | null | undefined;
  /** Products owned by any of these teams. */
  teamIds?: Array<string | number> | null | undefined;
};

/** The product field a highlight was cut from. */
export type SearchHighlightField = 'NAME' | 'PURPOSE';

/** The order of search results: RELEVANCE (best match first; without a query, as NAME), NAME (A to Z), UPDATED_AT (most recently changed first), POPULARITY (most subscribers first). Ties go by id. */
export type SearchSort = 'NAME' | 'POPULARITY' | 'RELEVANCE' | 'UPDATED_AT';

/** Which channel to send a test notification through. */
export type SendTestNotificationInput = {
  /** The channel. */
  channelId: string | number;
};

/** Sets the identity a team reads with on a connection (replacing the current one). Name the connection by id, or by kind and name. */
export type SetTeamPrincipalInput = {
  /** The Kafka cluster or Postgres database connection, by id. */
  connectionId?: string | number | null | undefined;
  /** Or its kind (with connectionName). */
  connectionKind?: ConnectionKind | null | undefined;
  /** And its name, as port locations write it. */
  connectionName?: string | null | undefined;
  /** User:<name> on a Kafka cluster; a role name (at most 63 bytes) in a Postgres database. */
  name: string;
  /** The team. */
  teamId: string | number;
};

/** Credentials for a browser session. */
export type SignInInput = {
  /** Sign-in address. */
  email: string;
  /** Password. */
  password: string;
};

/** Where an access request stands. */
export type SubscriptionStatus =
  /** Access is granted (see the grants for the provisioning). */
  | 'APPROVED'
  /** Its expiry passed; final. */
  | 'EXPIRED'
  /** Waiting for the owning team to decide. */
  | 'PENDING'
  /** The owning team declined; final. */
  | 'REJECTED'
  /** Ended by the owning or the consumer team; final. */
  | 'REVOKED';

/** A member's role in a team: OWNER decides, MEMBER contributes. */
export type TeamRole = 'MEMBER' | 'OWNER';

/** A connection to test. */
export type TestConnectionInput = {
  /** The connection. */
  id: string | number;
};

export type RequestAccessMutationVariables = Exact<{
  input: RequestAccessInput;
}>;

export type RequestAccessMutation = {
  requestAccess: { subscription: { id: string; status: SubscriptionStatus; consumerTeam: { name: string } } };
};

export type ApproveSubscriptionMutationVariables = Exact<{
  input: ApproveSubscriptionInput;
}>;

export type ApproveSubscriptionMutation = {
  approveSubscription: { subscription: { id: string; status: SubscriptionStatus; expiresAt: string | null } };
};

export type RejectSubscriptionMutationVariables = Exact<{
  input: RejectSubscriptionInput;
}>;

export type RejectSubscriptionMutation = {
  rejectSubscription: { subscription: { id: string; status: SubscriptionStatus } };
};

export type RevokeSubscriptionMutationVariables = Exact<{
  input: RevokeSubscriptionInput;
}>;

export type RevokeSubscriptionMutation = {
  revokeSubscription: { subscription: { id: string; status: SubscriptionStatus } };
};

export type RequestSubscriptionRenewalMutationVariables = Exact<{
  input: RequestSubscriptionRenewalInput;
}>;

export type RequestSubscriptionRenewalMutation = {
  requestSubscriptionRenewal: {
    subscription: {
      id: string;
      status: SubscriptionStatus;
      expiresAt: string | null;
      renewalRequestedAt: string | null;
    };
  };
};

export type AcknowledgeIncidentMutationVariables = Exact<{
  input: AcknowledgeIncidentInput;
}>;

export type AcknowledgeIncidentMutation = { acknowledgeIncident: { incident: { id: string; status: IncidentStatus } } };

export type MySubscriptionsQueryVariables = Exact<{ [key: string]: never }>;

export type MySubscriptionsQuery = {
  mySubscriptions: {
    totalCount: number;
    nodes: Array<{
      id: string;
      status: SubscriptionStatus;
      purpose: string;
      requestedAt: string;
      decidedAt: string | null;
      decisionReason: string | null;
      expiresAt: string | null;
      endedAt: string | null;
      endReason: string | null;
      renewalRequestedAt: string | null;
      renewalDays: number | null;
      consumerTeam: { slug: string; name: string };
      product: { slug: string; name: string };
      port: { name: string };
      grants: Array<{ id: string; status: GrantStatus; lastError: string | null; lastErrorCode: string | null }>;
    }>;
  };
};

export type PortSubscriberFieldsFragment = {
  subscriptions: {
    totalCount: number;
    nodes: Array<{
      id: string;
      expiresAt: string | null;
      decidedAt: string | null;
      consumerTeam: { slug: string; name: string };
      grants: Array<{ status: GrantStatus }>;
    }>;
  } | null;
};

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type AdminCreateUserMutation = { createUser: { user: { id: string; email: string } } };

export type AdminCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;

export type AdminCreateTeamMutation = { createTeam: { team: { slug: string; name: string } } };

export type AdminCreateDomainMutationVariables = Exact<{
  input: CreateDomainInput;
}>;

export type AdminCreateDomainMutation = { createDomain: { domain: { slug: string; name: string } } };

export type AdminOverviewQueryVariables = Exact<{
  usersFirst?: number | null | undefined;
  usersAfter?: string | null | undefined;
  usersLast?: number | null | undefined;
  usersBefore?: string | null | undefined;
}>;

export type AdminOverviewQuery = {
  users: {
    totalCount: number;
    nodes: Array<{ id: string; email: string; displayName: string; isPlatformAdmin: boolean }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
  teams: {
    totalCount: number;
    nodes: Array<{ id: string; slug: string; name: string; members: Array<{ role: TeamRole }> }>;
  };
  domains: {
    totalCount: number;
    nodes: Array<{ id: string; slug: string; name: string; team: { slug: string; name: string } }>;
  };
};

export type ProductCardFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  status: ProductStatus;
  classification: Classification;
  tags: Array<string>;
  purpose: string;
  team: { slug: string; name: string };
  domain: { slug: string; name: string };
  outputPorts: Array<{ freshnessObjective: { status: FreshnessStatus } | null }>;
};

export type RegisterKafkaClusterMutationVariables = Exact<{
  input: RegisterKafkaClusterInput;
}>;

export type RegisterKafkaClusterMutation = { registerKafkaCluster: { kafkaCluster: { id: string; name: string } } };

export type RegisterSchemaRegistryMutationVariables = Exact<{
  input: RegisterSchemaRegistryInput;
}>;

export type RegisterSchemaRegistryMutation = {
  registerSchemaRegistry: { schemaRegistry: { id: string; name: string } };
};

export type RegisterPostgresDatabaseMutationVariables = Exact<{
  input: RegisterPostgresDatabaseInput;
}>;

export type RegisterPostgresDatabaseMutation = {
  registerPostgresDatabase: { postgresDatabase: { id: string; name: string } };
};

export type TestConnectionMutationVariables = Exact<{
  input: TestConnectionInput;
}>;

export type TestConnectionMutation = {
  testConnection: { ok: boolean; message: string; checks: Array<{ step: string; ok: boolean; message: string }> };
};

export type RemoveConnectionMutationVariables = Exact<{
  input: RemoveConnectionInput;
}>;

export type RemoveConnectionMutation = { removeConnection: { removedConnectionId: string } };

export type PlatformConnectionsQueryVariables = Exact<{ [key: string]: never }>;

export type PlatformConnectionsQuery = {
  connections: {
    totalCount: number;
    nodes: Array<
      | {
          brokers: Array<string>;
          ssl: boolean;
          id: string;
          kind: ConnectionKind;
          name: string;
          description: string;
          secretsReadable: boolean;
          updatedAt: string;
          sasl: { mechanism: SaslMechanism; username: string; hasPassword: boolean } | null;
          registry: { name: string } | null;
        }
      | {
          host: string;
          port: number;
          database: string;
          readOnlyUser: string;
          hasReadOnlyPassword: boolean;
          provisioningUser: string | null;
          hasProvisioningPassword: boolean;
          id: string;
          kind: ConnectionKind;
          name: string;
          description: string;
          secretsReadable: boolean;
          updatedAt: string;
          postgresSsl: PostgresSslMode;
        }
      | {
          url: string;
          username: string | null;
          hasPassword: boolean;
          id: string;
          kind: ConnectionKind;
          name: string;
          description: string;
          secretsReadable: boolean;
          updatedAt: string;
        }
    >;
  };
};

export type PortContractFieldsFragment = {
  contract: {
    contractId: string;
    apiVersion: string;
    version: string;
    status: string;
    name: string | null;
    importedAt: string | null;
    slaProperties: Array<{
      property: string;
      value: string | null;
      valueExt: string | null;
      unit: string | null;
      element: string | null;
      driver: string | null;
      description: string | null;
    }>;
    qualityRules: Array<{
      name: string | null;
      description: string | null;
      type: string;
      dimension: string | null;
      metric: string | null;
      severity: string | null;
      element: string;
      rule: Record<string, unknown>;
    }>;
    terms: {
      purpose: string | null;
      usage: string | null;
      limitations: string | null;
      billing: string | null;
      noticePeriod: string | null;
    };
    support: Array<{
      channel: string;
      url: string | null;
      tool: string | null;
      scope: string | null;
      description: string | null;
    }>;
  } | null;
};

export type ProductPortIdsQueryVariables = Exact<{
  slug: string;
}>;

export type ProductPortIdsQuery = { dataProduct: { outputPorts: Array<{ id: string; name: string }> } | null };

export type ExportDataContractQueryVariables = Exact<{
  portId: string | number;
}>;

export type ExportDataContractQuery = { exportDataContract: string };

export type IncidentFieldsFragment = {
  id: string;
  kind: IncidentKind;
  status: IncidentStatus;
  openedAt: string;
  acknowledgedAt: string | null;
  acknowledgeNote: string | null;
  recoveringSince: string | null;
  resolvedAt: string | null;
  reminderCount: number;
  acknowledgedBy: { displayName: string } | null;
  outputPort: { id: string; name: string };
  dataProduct: { slug: string; name: string };
};

export type PortObjectiveFieldsFragment = {
  freshnessObjective: {
    id: string;
    enabled: boolean;
    status: FreshnessStatus;
    statusSince: string | null;
    stalenessSeconds: number | null;
    lastDataAt: string | null;
    lastCheckedAt: string | null;
    lastErrorCode: string | null;
    lastErrorMessage: string | null;
    warnAfterSeconds: number;
    errorAfterSeconds: number;
    targetPercent: number;
    windowDays: number;
    intervalSeconds: number;
    check: { kind: FreshnessCheckKind };
    week: {
      days: number;
      targetPercent: number;
      sharePercent: number | null;
      budgetRemainingPercent: number | null;
      budgetRemainingSeconds: number;
      allowedBadSeconds: number;
      badSeconds: number;
      burnRate: number | null;
      unknownSeconds: number;
    };
    month: {
      days: number;
      targetPercent: number;
      sharePercent: number | null;
      budgetRemainingPercent: number | null;
      budgetRemainingSeconds: number;
      allowedBadSeconds: number;
      badSeconds: number;
      burnRate: number | null;
      unknownSeconds: number;
    };
    weekTimeline: Array<{ from: string; to: string; status: FreshnessStatus }>;
    monthTimeline: Array<{ from: string; to: string; status: FreshnessStatus }>;
    history: {
      nodes: Array<{
        startedAt: string;
        endedAt: string | null;
        lastCheckedAt: string;
        lastDataAt: string | null;
        status: FreshnessStatus;
      }>;
    };
  } | null;
};

export type FreshnessBudgetFieldsFragment = {
  days: number;
  targetPercent: number;
  sharePercent: number | null;
  budgetRemainingPercent: number | null;
  budgetRemainingSeconds: number;
  allowedBadSeconds: number;
  badSeconds: number;
  burnRate: number | null;
  unknownSeconds: number;
};

export type TeamInboxQueryVariables = Exact<{
  teamId: string | number;
}>;

export type TeamInboxQuery = {
  team: {
    id: string;
    slug: string;
    name: string;
    accessRequests: {
      totalCount: number;
      nodes: Array<{
        id: string;
        status: SubscriptionStatus;
        purpose: string;
        durationDays: number | null;
        requestedAt: string;
        renewalRequestedAt: string | null;
        renewalDays: number | null;
        expiresAt: string | null;
        requestedBy: { displayName: string } | null;
        consumerTeam: { slug: string; name: string };
        product: { slug: string; name: string };
        port: { name: string };
      }>;
    } | null;
    openIncidents: {
      totalCount: number;
      nodes: Array<{
        id: string;
        kind: IncidentKind;
        status: IncidentStatus;
        openedAt: string;
        acknowledgedAt: string | null;
        acknowledgeNote: string | null;
        recoveringSince: string | null;
        resolvedAt: string | null;
        reminderCount: number;
        acknowledgedBy: { displayName: string } | null;
        outputPort: { id: string; name: string };
        dataProduct: { slug: string; name: string };
      }>;
    };
    products: {
      nodes: Array<{
        slug: string;
        name: string;
        outputPorts: Array<{
          name: string;
          subscriptions: {
            nodes: Array<{
              id: string;
              consumerTeam: { slug: string; name: string };
              grants: Array<{
                id: string;
                status: GrantStatus;
                attempts: number;
                lastError: string | null;
                lastErrorCode: string | null;
                lastAttemptAt: string | null;
              }>;
            }>;
          } | null;
        }>;
      }>;
    };
  };
};

export type NotificationChannelFieldsFragment = {
  id: string;
  name: string;
  kind: ChannelKind;
  url: string | null;
  recipients: Array<string> | null;
  enabled: boolean;
  disabledReason: string | null;
  signingSecretCreatedAt: string | null;
  previousSecretExpiresAt: string | null;
  deliveries: {
    totalCount: number;
    nodes: Array<{
      id: string;
      status: DeliveryStatus;
      title: string;
      eventType: string;
      attempts: number;
      lastError: string | null;
      lastStatusCode: number | null;
      createdAt: string;
      deliveredAt: string | null;
    }>;
  };
};

export type CreateNotificationChannelMutationVariables = Exact<{
  input: CreateNotificationChannelInput;
}>;

export type CreateNotificationChannelMutation = {
  createNotificationChannel: {
    signingSecret: string | null;
    notificationChannel: { id: string; name: string; kind: ChannelKind };
  };
};

export type SendTestNotificationMutationVariables = Exact<{
  input: SendTestNotificationInput;
}>;

export type SendTestNotificationMutation = {
  sendTestNotification: { delivery: { id: string; status: DeliveryStatus } };
};

export type RotateChannelSecretMutationVariables = Exact<{
  input: RotateChannelSecretInput;
}>;

export type RotateChannelSecretMutation = {
  rotateChannelSecret: { signingSecret: string; previousSecretExpiresAt: string | null };
};

export type EnableNotificationChannelMutationVariables = Exact<{
  input: EnableNotificationChannelInput;
}>;

export type EnableNotificationChannelMutation = {
  enableNotificationChannel: { notificationChannel: { id: string; enabled: boolean } };
};

export type DisableNotificationChannelMutationVariables = Exact<{
  input: DisableNotificationChannelInput;
}>;

export type DisableNotificationChannelMutation = {
  disableNotificationChannel: { notificationChannel: { id: string; enabled: boolean } };
};

export type DeleteNotificationChannelMutationVariables = Exact<{
  input: DeleteNotificationChannelInput;
}>;

export type DeleteNotificationChannelMutation = { deleteNotificationChannel: { deletedNotificationChannelId: string } };

export type DomainPageQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type DomainPageQuery = {
  domain: {
    id: string;
    slug: string;
    name: string;
    description: string;
    team: { slug: string; name: string };
    products: {
      totalCount: number;
      nodes: Array<{
        id: string;
        slug: string;
        name: string;
        status: ProductStatus;
        classification: Classification;
        tags: Array<string>;
        purpose: string;
        team: { slug: string; name: string };
        domain: { slug: string; name: string };
        outputPorts: Array<{ freshnessObjective: { status: FreshnessStatus } | null }>;
      }>;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
  };
};

export type PageInfoFieldsFragment = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
};

export type TeamPageQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type TeamPageQuery = {
  team: {
    id: string;
    slug: string;
    name: string;
    description: string;
    domains: Array<{ slug: string; name: string }>;
    members: Array<{ role: TeamRole; user: { id: string; displayName: string } }>;
    products: {
      totalCount: number;
      nodes: Array<{
        id: string;
        slug: string;
        name: string;
        status: ProductStatus;
        classification: Classification;
        tags: Array<string>;
        purpose: string;
        team: { slug: string; name: string };
        domain: { slug: string; name: string };
        outputPorts: Array<{ freshnessObjective: { status: FreshnessStatus } | null }>;
      }>;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
  };
};

export type DirectoryUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type DirectoryUsersQuery = {
  users: {
    totalCount: number;
    nodes: Array<{ id: string; email: string; displayName: string; isPlatformAdmin: boolean }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type PlatformStatusQueryVariables = Exact<{ [key: string]: never }>;

export type PlatformStatusQuery = {
  apiInfo: {
    version: string;
    environment: string;
    workerHeartbeatAt: string | null;
    integrations: Array<{ name: string; configured: boolean }>;
  };
};

export type SetTeamPrincipalMutationVariables = Exact<{
  input: SetTeamPrincipalInput;
}>;

export type SetTeamPrincipalMutation = {
  setTeamPrincipal: { principal: { id: string; kind: PrincipalKind; name: string; connection: { name: string } } };
};

export type RemoveTeamPrincipalMutationVariables = Exact<{
  input: RemoveTeamPrincipalInput;
}>;

export type RemoveTeamPrincipalMutation = { removeTeamPrincipal: { removedPrincipalId: string } };

export type ProductPageQueryVariables = Exact<{
  slug: string;
}>;

export type ProductPageQuery = {
  dataProductDescriptor: Record<string, unknown> | null;
  dataProduct: {
    id: string;
    slug: string;
    name: string;
    status: ProductStatus;
    classification: Classification;
    accessMode: AccessMode;
    purpose: string;
    usage: string;
    limitations: string;
    tags: Array<string>;
    createdAt: string;
    updatedAt: string;
    publishedAt: string | null;
    deprecatedAt: string | null;
    sunsetAt: string | null;
    retiredAt: string | null;
    subscriberCount: number;
    supportLinks: Array<{ channel: string | null; url: string; tool: string | null; description: string | null }>;
    team: { id: string; slug: string; name: string };
    domain: { slug: string; name: string };
    replacement: { slug: string; name: string; status: ProductStatus } | null;
    outputPorts: Array<{
      id: string;
      name: string;
      kind: PortKind;
      description: string;
      compatibilityMode: CompatibilityMode;
      contractVersion: string;
      schemaFormat: SchemaFormat | null;
      connectionDetails: { kind: PortKind; location: Record<string, unknown> } | null;
      consumers: Array<{
        id: string;
        name: string;
        product: { id: string; slug: string; name: string; status: ProductStatus; team: { name: string } };
      }>;
      schemaVersions: {
        totalCount: number;
        nodes: Array<{
          id: string;
          version: number;
          contractVersion: string;
          createdAt: string;
          breaking: boolean;
          source: SchemaVersionSource;
          overrideReason: string | null;
        }>;
      };
      latestSchemaVersion: {
        id: string;
        version: number;
        format: SchemaFormat;
        fields: Array<{
          name: string;
          path: string;
          depth: number;
          type: string;
          required: boolean;
          doc: string | null;
          default: string | null;
        }>;
      } | null;
      contract: {
        contractId: string;
        apiVersion: string;
        version: string;
        status: string;
        name: string | null;
        importedAt: string | null;
        slaProperties: Array<{
          property: string;
          value: string | null;
          valueExt: string | null;
          unit: string | null;
          element: string | null;
          driver: string | null;
          description: string | null;
        }>;
        qualityRules: Array<{
          name: string | null;
          description: string | null;
          type: string;
          dimension: string | null;
          metric: string | null;
          severity: string | null;
          element: string;
          rule: Record<string, unknown>;
        }>;
        terms: {
          purpose: string | null;
          usage: string | null;
          limitations: string | null;
          billing: string | null;
          noticePeriod: string | null;
        };
        support: Array<{
          channel: string;
          url: string | null;
          tool: string | null;
          scope: string | null;
          description: string | null;
        }>;
      } | null;
      freshnessObjective: {
        id: string;
        enabled: boolean;
        status: FreshnessStatus;
        statusSince: string | null;
        stalenessSeconds: number | null;
        lastDataAt: string | null;
        lastCheckedAt: string | null;
        lastErrorCode: string | null;
        lastErrorMessage: string | null;
        warnAfterSeconds: number;
        errorAfterSeconds: number;
        targetPercent: number;
        windowDays: number;
        intervalSeconds: number;
        check: { kind: FreshnessCheckKind };
        week: {
          days: number;
          targetPercent: number;
          sharePercent: number | null;
          budgetRemainingPercent: number | null;
          budgetRemainingSeconds: number;
          allowedBadSeconds: number;
          badSeconds: number;
          burnRate: number | null;
          unknownSeconds: number;
        };
        month: {
          days: number;
          targetPercent: number;
          sharePercent: number | null;
          budgetRemainingPercent: number | null;
          budgetRemainingSeconds: number;
          allowedBadSeconds: number;
          badSeconds: number;
          burnRate: number | null;
          unknownSeconds: number;
        };
        weekTimeline: Array<{ from: string; to: string; status: FreshnessStatus }>;
        monthTimeline: Array<{ from: string; to: string; status: FreshnessStatus }>;
        history: {
          nodes: Array<{
            startedAt: string;
            endedAt: string | null;
            lastCheckedAt: string;
            lastDataAt: string | null;
            status: FreshnessStatus;
          }>;
        };
      } | null;
      subscriptions: {
        totalCount: number;
        nodes: Array<{
          id: string;
          expiresAt: string | null;
          decidedAt: string | null;
          consumerTeam: { slug: string; name: string };
          grants: Array<{ status: GrantStatus }>;
        }>;
      } | null;
    }>;
    incidents: {
      totalCount: number;
      nodes: Array<{
        id: string;
        kind: IncidentKind;
        status: IncidentStatus;
        openedAt: string;
        acknowledgedAt: string | null;
        acknowledgeNote: string | null;
        recoveringSince: string | null;
        resolvedAt: string | null;
        reminderCount: number;
        acknowledgedBy: { displayName: string } | null;
        outputPort: { id: string; name: string };
        dataProduct: { slug: string; name: string };
      }>;
    };
    inputPorts: Array<{
      id: string;
      name: string;
      description: string;
      sourcePort: {
        id: string;
        name: string;
        kind: PortKind;
        product: { id: string; slug: string; name: string; status: ProductStatus; team: { name: string } };
      } | null;
    }>;
  } | null;
  mySubscriptions: {
    nodes: Array<{
      id: string;
      status: SubscriptionStatus;
      requestedAt: string;
      expiresAt: string | null;
      renewalRequestedAt: string | null;
      consumerTeam: { name: string };
      port: { id: string };
    }>;
  };
};

export type LineageProductFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  status: ProductStatus;
  team: { name: string };
};

export type ProductDescriptorQueryVariables = Exact<{
  slug: string;
}>;

export type ProductDescriptorQuery = { dataProductDescriptor: Record<string, unknown> | null };

export type SchemaComparisonQueryVariables = Exact<{
  portId: string | number;
  from: number;
  to: number;
}>;

export type SchemaComparisonQuery = {
  compareSchemaVersions: {
    format: SchemaFormat;
    from: { version: number; contractVersion: string };
    to: { version: number; contractVersion: string };
    fields: Array<{
      path: string;
      change: SchemaFieldChange;
      aspects: Array<string>;
      fromType: string | null;
      toType: string | null;
      fromDoc: string | null;
      toDoc: string | null;
    }>;
    changes: Array<{ kind: string; path: string; message: string; breaks: SchemaChangeBreaks }>;
  };
};

export type PortSchemaFieldsFragment = {
  compatibilityMode: CompatibilityMode;
  contractVersion: string;
  schemaFormat: SchemaFormat | null;
  schemaVersions: {
    totalCount: number;
    nodes: Array<{
      id: string;
      version: number;
      contractVersion: string;
      createdAt: string;
      breaking: boolean;
      source: SchemaVersionSource;
      overrideReason: string | null;
    }>;
  };
  latestSchemaVersion: {
    id: string;
    version: number;
    format: SchemaFormat;
    fields: Array<{
      name: string;
      path: string;
      depth: number;
      type: string;
      required: boolean;
      doc: string | null;
      default: string | null;
    }>;
  } | null;
};

export type SearchProductsQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: SearchFilterInput | null | undefined;
  sort?: SearchSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SearchProductsQuery = {
  searchDataProducts: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      highlights: Array<{ field: SearchHighlightField; snippet: string }>;
      node: {
        id: string;
        slug: string;
        name: string;
        status: ProductStatus;
        classification: Classification;
        tags: Array<string>;
        purpose: string;
        team: { slug: string; name: string };
        domain: { slug: string; name: string };
        outputPorts: Array<{ freshnessObjective: { status: FreshnessStatus } | null }>;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: {
      domains: Array<{ value: string; label: string; count: number }>;
      teams: Array<{ value: string; label: string; count: number }>;
      tags: Array<{ value: string; label: string; count: number }>;
      classifications: Array<{ value: string; label: string; count: number }>;
      statuses: Array<{ value: string; label: string; count: number }>;
      portKinds: Array<{ value: string; label: string; count: number }>;
    };
  };
};

export type FacetBucketFieldsFragment = { value: string; label: string; count: number };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = { signIn: { csrfToken: string; expiresAt: string; user: { id: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: { signedOut: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  me: {
    user: { id: string; displayName: string; email: string; isPlatformAdmin: boolean } | null;
    memberships: Array<{ role: TeamRole; team: { id: string; slug: string; name: string } }>;
  };
};

export type AddTeamMemberMutationVariables = Exact<{
  input: AddTeamMemberInput;
}>;

export type AddTeamMemberMutation = { addTeamMember: { team: { id: string } } };

export type ChangeTeamMemberRoleMutationVariables = Exact<{
  input: ChangeTeamMemberRoleInput;
}>;

export type ChangeTeamMemberRoleMutation = { changeTeamMemberRole: { team: { id: string } } };

export type RemoveTeamMemberMutationVariables = Exact<{
  input: RemoveTeamMemberInput;
}>;

export type RemoveTeamMemberMutation = { removeTeamMember: { team: { id: string } } };

export type TeamSettingsQueryVariables = Exact<{
  slug: string;
}>;

export type TeamSettingsQuery = {
  team: {
    id: string;
    slug: string;
    name: string;
    members: Array<{ role: TeamRole; createdAt: string; user: { id: string; displayName: string; email: string } }>;
  };
  users: { nodes: Array<{ id: string; email: string; displayName: string }> };
};

export type TeamAdministrationQueryVariables = Exact<{
  teamId: string | number;
}>;

export type TeamAdministrationQuery = {
  team: {
    apiTokens: Array<{
      id: string;
      name: string;
      prefix: string;
      scopes: Array<ApiTokenScope>;
      teamRole: TeamRole | null;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
    }>;
    notificationChannels: Array<{
      id: string;
      name: string;
      kind: ChannelKind;
      url: string | null;
      recipients: Array<string> | null;
      enabled: boolean;
      disabledReason: string | null;
      signingSecretCreatedAt: string | null;
      previousSecretExpiresAt: string | null;
      deliveries: {
        totalCount: number;
        nodes: Array<{
          id: string;
          status: DeliveryStatus;
          title: string;
          eventType: string;
          attempts: number;
          lastError: string | null;
          lastStatusCode: number | null;
          createdAt: string;
          deliveredAt: string | null;
        }>;
      };
    }>;
    principals: Array<{
      id: string;
      kind: PrincipalKind;
      name: string;
      updatedAt: string;
      connection: { id: string; kind: ConnectionKind; name: string };
    }> | null;
  };
};

export type MySessionsQueryVariables = Exact<{ [key: string]: never }>;

export type MySessionsQuery = {
  mySessions: Array<{
    id: string;
    current: boolean;
    createdAt: string;
    lastSeenAt: string;
    expiresAt: string;
    ipAddress: string | null;
    userAgent: string | null;
  }>;
};

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never }>;

export type MyApiTokensQuery = {
  myApiTokens: Array<{
    id: string;
    name: string;
    prefix: string;
    scopes: Array<ApiTokenScope>;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
  }>;
};

export type RevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;

export type RevokeSessionMutation = { revokeSession: { session: { id: string; revokedAt: string | null } } };

export type RevokeOtherSessionsMutationVariables = Exact<{ [key: string]: never }>;

export type RevokeOtherSessionsMutation = { revokeOtherSessions: { revokedCount: number } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;

export type CreateApiTokenMutation = { createApiToken: { token: string; apiToken: { id: string; prefix: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;

export type RevokeApiTokenMutation = { revokeApiToken: { apiToken: { id: string; revokedAt: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PortSubscriberFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PortSubscriberFields on OutputPort {
  subscriptions(statuses: [APPROVED], first: 20) {
    totalCount
    nodes {
      id
      expiresAt
      decidedAt
      consumerTeam {
        slug
        name
      }
      grants {
        status
      }
    }
  }
}
    `,
  { fragmentName: 'PortSubscriberFields' },
) as unknown as TypedDocumentString<PortSubscriberFieldsFragment, unknown>;
export const ProductCardFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ProductCardFields on DataProduct {
  id
  slug
  name
  status
  classification
  tags
  purpose
  team {
    slug
    name
  }
  domain {
    slug
    name
  }
  outputPorts {
    freshnessObjective {
      status
    }
  }
}
    `,
  { fragmentName: 'ProductCardFields' },
) as unknown as TypedDocumentString<ProductCardFieldsFragment, unknown>;
export const PortContractFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PortContractFields on OutputPort {
  contract {
    contractId
    apiVersion
    version
    status
    name
    importedAt
    slaProperties {
      property
      value
      valueExt
      unit
      element
      driver
      description
    }
    qualityRules {
      name
      description
      type
      dimension
      metric
      severity
      element
      rule
    }
    terms {
      purpose
      usage
      limitations
      billing
      noticePeriod
    }
    support {
      channel
      url
      tool
      scope
      description
    }
  }
}
    `,
  { fragmentName: 'PortContractFields' },
) as unknown as TypedDocumentString<PortContractFieldsFragment, unknown>;
export const IncidentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment IncidentFields on Incident {
  id
  kind
  status
  openedAt
  acknowledgedAt
  acknowledgeNote
  recoveringSince
  resolvedAt
  reminderCount
  acknowledgedBy {
    displayName
  }
  outputPort {
    id
    name
  }
  dataProduct {
    slug
    name
  }
}
    `,
  { fragmentName: 'IncidentFields' },
) as unknown as TypedDocumentString<IncidentFieldsFragment, unknown>;
export const FreshnessBudgetFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FreshnessBudgetFields on FreshnessBudget {
  days
  targetPercent
  sharePercent
  budgetRemainingPercent
  budgetRemainingSeconds
  allowedBadSeconds
  badSeconds
  burnRate
  unknownSeconds
}
    `,
  { fragmentName: 'FreshnessBudgetFields' },
) as unknown as TypedDocumentString<FreshnessBudgetFieldsFragment, unknown>;
export const PortObjectiveFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PortObjectiveFields on OutputPort {
  freshnessObjective {
    id
    enabled
    status
    statusSince
    stalenessSeconds
    lastDataAt
    lastCheckedAt
    lastErrorCode
    lastErrorMessage
    warnAfterSeconds
    errorAfterSeconds
    targetPercent
    windowDays
    intervalSeconds
    check {
      kind
    }
    week: budget(days: 7) {
      ...FreshnessBudgetFields
    }
    month: budget(days: 28) {
      ...FreshnessBudgetFields
    }
    weekTimeline: timeline(days: 7) {
      from
      to
      status
    }
    monthTimeline: timeline(days: 28) {
      from
      to
      status
    }
    history(first: 100) {
      nodes {
        startedAt
        endedAt
        lastCheckedAt
        lastDataAt
        status
      }
    }
  }
}
    fragment FreshnessBudgetFields on FreshnessBudget {
  days
  targetPercent
  sharePercent
  budgetRemainingPercent
  budgetRemainingSeconds
  allowedBadSeconds
  badSeconds
  burnRate
  unknownSeconds
}`,
  { fragmentName: 'PortObjectiveFields' },
) as unknown as TypedDocumentString<PortObjectiveFieldsFragment, unknown>;
export const NotificationChannelFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment NotificationChannelFields on NotificationChannel {
  id
  name
  kind
  url
  recipients
  enabled
  disabledReason
  signingSecretCreatedAt
  previousSecretExpiresAt
  deliveries(first: 3) {
    totalCount
    nodes {
      id
      status
      title
      eventType
      attempts
      lastError
      lastStatusCode
      createdAt
      deliveredAt
    }
  }
}
    `,
  { fragmentName: 'NotificationChannelFields' },
) as unknown as TypedDocumentString<NotificationChannelFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `,
  { fragmentName: 'PageInfoFields' },
) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const LineageProductFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment LineageProductFields on DataProduct {
  id
  slug
  name
  status
  team {
    name
  }
}
    `,
  { fragmentName: 'LineageProductFields' },
) as unknown as TypedDocumentString<LineageProductFieldsFragment, unknown>;
export const PortSchemaFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PortSchemaFields on OutputPort {
  compatibilityMode
  contractVersion
  schemaFormat
  schemaVersions(first: 20) {
    totalCount
    nodes {
      id
      version
      contractVersion
      createdAt
      breaking
      source
      overrideReason
    }
  }
  latestSchemaVersion {
    id
    version
    format
    fields {
      name
      path
      depth
      type
      required
      doc
      default
    }
  }
}
    `,
  { fragmentName: 'PortSchemaFields' },
) as unknown as TypedDocumentString<PortSchemaFieldsFragment, unknown>;
export const FacetBucketFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FacetBucketFields on SearchFacetBucket {
  value
  label
  count
}
    `,
  { fragmentName: 'FacetBucketFields' },
) as unknown as TypedDocumentString<FacetBucketFieldsFragment, unknown>;
export const RequestAccessDocument = new TypedDocumentString(`
    mutation RequestAccess($input: RequestAccessInput!) {
  requestAccess(input: $input) {
    subscription {
      id
      status
      consumerTeam {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestAccessMutation, RequestAccessMutationVariables>;
export const ApproveSubscriptionDocument = new TypedDocumentString(`
    mutation ApproveSubscription($input: ApproveSubscriptionInput!) {
  approveSubscription(input: $input) {
    subscription {
      id
      status
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveSubscriptionMutation, ApproveSubscriptionMutationVariables>;
export const RejectSubscriptionDocument = new TypedDocumentString(`
    mutation RejectSubscription($input: RejectSubscriptionInput!) {
  rejectSubscription(input: $input) {
    subscription {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RejectSubscriptionMutation, RejectSubscriptionMutationVariables>;
export const RevokeSubscriptionDocument = new TypedDocumentString(`
    mutation RevokeSubscription($input: RevokeSubscriptionInput!) {
  revokeSubscription(input: $input) {
    subscription {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeSubscriptionMutation, RevokeSubscriptionMutationVariables>;
export const RequestSubscriptionRenewalDocument = new TypedDocumentString(`
    mutation RequestSubscriptionRenewal($input: RequestSubscriptionRenewalInput!) {
  requestSubscriptionRenewal(input: $input) {
    subscription {
      id
      status
      expiresAt
      renewalRequestedAt
    }
  }
}
    `) as unknown as TypedDocumentString<
  RequestSubscriptionRenewalMutation,
  RequestSubscriptionRenewalMutationVariables
>;
export const AcknowledgeIncidentDocument = new TypedDocumentString(`
    mutation AcknowledgeIncident($input: AcknowledgeIncidentInput!) {
  acknowledgeIncident(input: $input) {
    incident {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeIncidentMutation, AcknowledgeIncidentMutationVariables>;
export const MySubscriptionsDocument = new TypedDocumentString(`
    query MySubscriptions {
  mySubscriptions(first: 50) {
    totalCount
    nodes {
      id
      status
      purpose
      requestedAt
      decidedAt
      decisionReason
      expiresAt
      endedAt
      endReason
      renewalRequestedAt
      renewalDays
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
      grants {
        id
        status
        lastError
        lastErrorCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MySubscriptionsQuery, MySubscriptionsQueryVariables>;
export const AdminCreateUserDocument = new TypedDocumentString(`
    mutation AdminCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminCreateTeamDocument = new TypedDocumentString(`
    mutation AdminCreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    team {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateTeamMutation, AdminCreateTeamMutationVariables>;
export const AdminCreateDomainDocument = new TypedDocumentString(`
    mutation AdminCreateDomain($input: CreateDomainInput!) {
  createDomain(input: $input) {
    domain {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateDomainMutation, AdminCreateDomainMutationVariables>;
export const AdminOverviewDocument = new TypedDocumentString(`
    query AdminOverview($usersFirst: Int, $usersAfter: String, $usersLast: Int, $usersBefore: String) {
  users(
    first: $usersFirst
    after: $usersAfter
    last: $usersLast
    before: $usersBefore
  ) {
    totalCount
    nodes {
      id
      email
      displayName
      isPlatformAdmin
    }
    pageInfo {
      ...PageInfoFields
    }
  }
  teams(first: 100) {
    totalCount
    nodes {
      id
      slug
      name
      members {
        role
      }
    }
  }
  domains(first: 100) {
    totalCount
    nodes {
      id
      slug
      name
      team {
        slug
        name
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<AdminOverviewQuery, AdminOverviewQueryVariables>;
export const RegisterKafkaClusterDocument = new TypedDocumentString(`
    mutation RegisterKafkaCluster($input: RegisterKafkaClusterInput!) {
  registerKafkaCluster(input: $input) {
    kafkaCluster {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterKafkaClusterMutation, RegisterKafkaClusterMutationVariables>;
export const RegisterSchemaRegistryDocument = new TypedDocumentString(`
    mutation RegisterSchemaRegistry($input: RegisterSchemaRegistryInput!) {
  registerSchemaRegistry(input: $input) {
    schemaRegistry {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterSchemaRegistryMutation, RegisterSchemaRegistryMutationVariables>;
export const RegisterPostgresDatabaseDocument = new TypedDocumentString(`
    mutation RegisterPostgresDatabase($input: RegisterPostgresDatabaseInput!) {
  registerPostgresDatabase(input: $input) {
    postgresDatabase {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterPostgresDatabaseMutation, RegisterPostgresDatabaseMutationVariables>;
export const TestConnectionDocument = new TypedDocumentString(`
    mutation TestConnection($input: TestConnectionInput!) {
  testConnection(input: $input) {
    ok
    message
    checks {
      step
      ok
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TestConnectionMutation, TestConnectionMutationVariables>;
export const RemoveConnectionDocument = new TypedDocumentString(`
    mutation RemoveConnection($input: RemoveConnectionInput!) {
  removeConnection(input: $input) {
    removedConnectionId
  }
}
    `) as unknown as TypedDocumentString<RemoveConnectionMutation, RemoveConnectionMutationVariables>;
export const PlatformConnectionsDocument = new TypedDocumentString(`
    query PlatformConnections {
  connections(first: 100) {
    totalCount
    nodes {
      id
      kind
      name
      description
      secretsReadable
      updatedAt
      ... on KafkaCluster {
        brokers
        ssl
        sasl {
          mechanism
          username
          hasPassword
        }
        registry {
          name
        }
      }
      ... on SchemaRegistry {
        url
        username
        hasPassword
      }
      ... on PostgresDatabase {
        host
        port
        database
        postgresSsl: ssl
        readOnlyUser
        hasReadOnlyPassword
        provisioningUser
        hasProvisioningPassword
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformConnectionsQuery, PlatformConnectionsQueryVariables>;
export const ProductPortIdsDocument = new TypedDocumentString(`
    query ProductPortIds($slug: String!) {
  dataProduct(slug: $slug) {
    outputPorts {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProductPortIdsQuery, ProductPortIdsQueryVariables>;
export const ExportDataContractDocument = new TypedDocumentString(`
    query ExportDataContract($portId: ID!) {
  exportDataContract(portId: $portId, format: YAML)
}
    `) as unknown as TypedDocumentString<ExportDataContractQuery, ExportDataContractQueryVariables>;
export const TeamInboxDocument = new TypedDocumentString(`
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
    fragment IncidentFields on Incident {
  id
  kind
  status
  openedAt
  acknowledgedAt
  acknowledgeNote
  recoveringSince
  resolvedAt
  reminderCount
  acknowledgedBy {
    displayName
  }
  outputPort {
    id
    name
  }
  dataProduct {
    slug
    name
  }
}`) as unknown as TypedDocumentString<TeamInboxQuery, TeamInboxQueryVariables>;
export const CreateNotificationChannelDocument = new TypedDocumentString(`
    mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {
  createNotificationChannel(input: $input) {
    notificationChannel {
      id
      name
      kind
    }
    signingSecret
  }
}
    `) as unknown as TypedDocumentString<CreateNotificationChannelMutation, CreateNotificationChannelMutationVariables>;
export const SendTestNotificationDocument = new TypedDocumentString(`
    mutation SendTestNotification($input: SendTestNotificationInput!) {
  sendTestNotification(input: $input) {
    delivery {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SendTestNotificationMutation, SendTestNotificationMutationVariables>;
export const RotateChannelSecretDocument = new TypedDocumentString(`
    mutation RotateChannelSecret($input: RotateChannelSecretInput!) {
  rotateChannelSecret(input: $input) {
    signingSecret
    previousSecretExpiresAt
  }
}
    `) as unknown as TypedDocumentString<RotateChannelSecretMutation, RotateChannelSecretMutationVariables>;
export const EnableNotificationChannelDocument = new TypedDocumentString(`
    mutation EnableNotificationChannel($input: EnableNotificationChannelInput!) {
  enableNotificationChannel(input: $input) {
    notificationChannel {
      id
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<EnableNotificationChannelMutation, EnableNotificationChannelMutationVariables>;
export const DisableNotificationChannelDocument = new TypedDocumentString(`
    mutation DisableNotificationChannel($input: DisableNotificationChannelInput!) {
  disableNotificationChannel(input: $input) {
    notificationChannel {
      id
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<
  DisableNotificationChannelMutation,
  DisableNotificationChannelMutationVariables
>;
export const DeleteNotificationChannelDocument = new TypedDocumentString(`
    mutation DeleteNotificationChannel($input: DeleteNotificationChannelInput!) {
  deleteNotificationChannel(input: $input) {
    deletedNotificationChannelId
  }
}
    `) as unknown as TypedDocumentString<DeleteNotificationChannelMutation, DeleteNotificationChannelMutationVariables>;
export const DomainPageDocument = new TypedDocumentString(`
    query DomainPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
  domain(slug: $slug) {
    id
    slug
    name
    description
    team {
      slug
      name
    }
    products(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      nodes {
        ...ProductCardFields
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
}
    fragment ProductCardFields on DataProduct {
  id
  slug
  name
  status
  classification
  tags
  purpose
  team {
    slug
    name
  }
  domain {
    slug
    name
  }
  outputPorts {
    freshnessObjective {
      status
    }
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<DomainPageQuery, DomainPageQueryVariables>;
export const TeamPageDocument = new TypedDocumentString(`
    query TeamPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
  team(slug: $slug) {
    id
    slug
    name
    description
    domains {
      slug
      name
    }
    members {
      role
      user {
        id
        displayName
      }
    }
    products(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      nodes {
        ...ProductCardFields
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
}
    fragment ProductCardFields on DataProduct {
  id
  slug
  name
  status
  classification
  tags
  purpose
  team {
    slug
    name
  }
  domain {
    slug
    name
  }
  outputPorts {
    freshnessObjective {
      status
    }
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<TeamPageQuery, TeamPageQueryVariables>;
export const DirectoryUsersDocument = new TypedDocumentString(`
    query DirectoryUsers($first: Int!, $after: String) {
  users(first: $first, after: $after) {
    totalCount
    nodes {
      id
      email
      displayName
      isPlatformAdmin
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryUsersQuery, DirectoryUsersQueryVariables>;
export const PlatformStatusDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PlatformStatusQuery, PlatformStatusQueryVariables>;
export const SetTeamPrincipalDocument = new TypedDocumentString(`
    mutation SetTeamPrincipal($input: SetTeamPrincipalInput!) {
  setTeamPrincipal(input: $input) {
    principal {
      id
      kind
      name
      connection {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SetTeamPrincipalMutation, SetTeamPrincipalMutationVariables>;
export const RemoveTeamPrincipalDocument = new TypedDocumentString(`
    mutation RemoveTeamPrincipal($input: RemoveTeamPrincipalInput!) {
  removeTeamPrincipal(input: $input) {
    removedPrincipalId
  }
}
    `) as unknown as TypedDocumentString<RemoveTeamPrincipalMutation, RemoveTeamPrincipalMutationVariables>;
export const ProductPageDocument = new TypedDocumentString(`
    query ProductPage($slug: String!) {
  dataProduct(slug: $slug) {
    id
    slug
    name
    status
    classification
    accessMode
    purpose
    usage
    limitations
    tags
    createdAt
    updatedAt
    publishedAt
    deprecatedAt
    sunsetAt
    retiredAt
    subscriberCount
    supportLinks {
      channel
      url
      tool
      description
    }
    team {
      id
      slug
      name
    }
    domain {
      slug
      name
    }
    replacement {
      slug
      name
      status
    }
    outputPorts {
      id
      name
      kind
      description
      connectionDetails {
        kind
        location
      }
      ...PortSchemaFields
      ...PortContractFields
      ...PortObjectiveFields
      ...PortSubscriberFields
      consumers {
        id
        name
        product {
          ...LineageProductFields
        }
      }
    }
    incidents(first: 20) {
      totalCount
      nodes {
        ...IncidentFields
      }
    }
    inputPorts {
      id
      name
      description
      sourcePort {
        id
        name
        kind
        product {
          ...LineageProductFields
        }
      }
    }
  }
  dataProductDescriptor(slug: $slug)
  mySubscriptions(statuses: [PENDING, APPROVED], first: 50) {
    nodes {
      id
      status
      requestedAt
      expiresAt
      renewalRequestedAt
      consumerTeam {
        name
      }
      port {
        id
      }
    }
  }
}
    fragment PortSubscriberFields on OutputPort {
  subscriptions(statuses: [APPROVED], first: 20) {
    totalCount
    nodes {
      id
      expiresAt
      decidedAt
      consumerTeam {
        slug
        name
      }
      grants {
        status
      }
    }
  }
}
fragment PortContractFields on OutputPort {
  contract {
    contractId
    apiVersion
    version
    status
    name
    importedAt
    slaProperties {
      property
      value
      valueExt
      unit
      element
      driver
      description
    }
    qualityRules {
      name
      description
      type
      dimension
      metric
      severity
      element
      rule
    }
    terms {
      purpose
      usage
      limitations
      billing
      noticePeriod
    }
    support {
      channel
      url
      tool
      scope
      description
    }
  }
}
fragment IncidentFields on Incident {
  id
  kind
  status
  openedAt
  acknowledgedAt
  acknowledgeNote
  recoveringSince
  resolvedAt
  reminderCount
  acknowledgedBy {
    displayName
  }
  outputPort {
    id
    name
  }
  dataProduct {
    slug
    name
  }
}
fragment PortObjectiveFields on OutputPort {
  freshnessObjective {
    id
    enabled
    status
    statusSince
    stalenessSeconds
    lastDataAt
    lastCheckedAt
    lastErrorCode
    lastErrorMessage
    warnAfterSeconds
    errorAfterSeconds
    targetPercent
    windowDays
    intervalSeconds
    check {
      kind
    }
    week: budget(days: 7) {
      ...FreshnessBudgetFields
    }
    month: budget(days: 28) {
      ...FreshnessBudgetFields
    }
    weekTimeline: timeline(days: 7) {
      from
      to
      status
    }
    monthTimeline: timeline(days: 28) {
      from
      to
      status
    }
    history(first: 100) {
      nodes {
        startedAt
        endedAt
        lastCheckedAt
        lastDataAt
        status
      }
    }
  }
}
fragment FreshnessBudgetFields on FreshnessBudget {
  days
  targetPercent
  sharePercent
  budgetRemainingPercent
  budgetRemainingSeconds
  allowedBadSeconds
  badSeconds
  burnRate
  unknownSeconds
}
fragment LineageProductFields on DataProduct {
  id
  slug
  name
  status
  team {
    name
  }
}
fragment PortSchemaFields on OutputPort {
  compatibilityMode
  contractVersion
  schemaFormat
  schemaVersions(first: 20) {
    totalCount
    nodes {
      id
      version
      contractVersion
      createdAt
      breaking
      source
      overrideReason
    }
  }
  latestSchemaVersion {
    id
    version
    format
    fields {
      name
      path
      depth
      type
      required
      doc
      default
    }
  }
}`) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
export const ProductDescriptorDocument = new TypedDocumentString(`
    query ProductDescriptor($slug: String!) {
  dataProductDescriptor(slug: $slug)
}
    `) as unknown as TypedDocumentString<ProductDescriptorQuery, ProductDescriptorQueryVariables>;
export const SchemaComparisonDocument = new TypedDocumentString(`
    query SchemaComparison($portId: ID!, $from: Int!, $to: Int!) {
  compareSchemaVersions(portId: $portId, from: $from, to: $to) {
    format
    from {
      version
      contractVersion
    }
    to {
      version
      contractVersion
    }
    fields {
      path
      change
      aspects
      fromType
      toType
      fromDoc
      toDoc
    }
    changes {
      kind
      path
      message
      breaks
    }
  }
}
    `) as unknown as TypedDocumentString<SchemaComparisonQuery, SchemaComparisonQueryVariables>;
export const SearchProductsDocument = new TypedDocumentString(`
    query SearchProducts($query: String, $filter: SearchFilterInput, $sort: SearchSort, $first: Int, $after: String) {
  searchDataProducts(
    query: $query
    filter: $filter
    sort: $sort
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      cursor
      highlights {
        field
        snippet
      }
      node {
        ...ProductCardFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      domains {
        ...FacetBucketFields
      }
      teams {
        ...FacetBucketFields
      }
      tags {
        ...FacetBucketFields
      }
      classifications {
        ...FacetBucketFields
      }
      statuses {
        ...FacetBucketFields
      }
      portKinds {
        ...FacetBucketFields
      }
    }
  }
}
    fragment ProductCardFields on DataProduct {
  id
  slug
  name
  status
  classification
  tags
  purpose
  team {
    slug
    name
  }
  domain {
    slug
    name
  }
  outputPorts {
    freshnessObjective {
      status
    }
  }
}
fragment FacetBucketFields on SearchFacetBucket {
  value
  label
  count
}`) as unknown as TypedDocumentString<SearchProductsQuery, SearchProductsQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    csrfToken
    expiresAt
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    signedOut
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    user {
      id
      displayName
      email
      isPlatformAdmin
    }
    memberships {
      role
      team {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const AddTeamMemberDocument = new TypedDocumentString(`
    mutation AddTeamMember($input: AddTeamMemberInput!) {
  addTeamMember(input: $input) {
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const ChangeTeamMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeTeamMemberRole($input: ChangeTeamMemberRoleInput!) {
  changeTeamMemberRole(input: $input) {
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeTeamMemberRoleMutation, ChangeTeamMemberRoleMutationVariables>;
export const RemoveTeamMemberDocument = new TypedDocumentString(`
    mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {
  removeTeamMember(input: $input) {
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const TeamSettingsDocument = new TypedDocumentString(`
    query TeamSettings($slug: String!) {
  team(slug: $slug) {
    id
    slug
    name
    members {
      role
      createdAt
      user {
        id
        displayName
        email
      }
    }
  }
  users(first: 100) {
    nodes {
      id
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<TeamSettingsQuery, TeamSettingsQueryVariables>;
export const TeamAdministrationDocument = new TypedDocumentString(`
    query TeamAdministration($teamId: ID!) {
  team(id: $teamId) {
    apiTokens {
      id
      name
      prefix
      scopes
      teamRole
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
    notificationChannels {
      ...NotificationChannelFields
    }
    principals {
      id
      kind
      name
      updatedAt
      connection {
        id
        kind
        name
      }
    }
  }
}
    fragment NotificationChannelFields on NotificationChannel {
  id
  name
  kind
  url
  recipients
  enabled
  disabledReason
  signingSecretCreatedAt
  previousSecretExpiresAt
  deliveries(first: 3) {
    totalCount
    nodes {
      id
      status
      title
      eventType
      attempts
      lastError
      lastStatusCode
      createdAt
      deliveredAt
    }
  }
}`) as unknown as TypedDocumentString<TeamAdministrationQuery, TeamAdministrationQueryVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    current
    createdAt
    lastSeenAt
    expiresAt
    ipAddress
    userAgent
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const MyApiTokensDocument = new TypedDocumentString(`
    query MyApiTokens {
  myApiTokens {
    id
    name
    prefix
    scopes
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($input: RevokeSessionInput!) {
  revokeSession(input: $input) {
    session {
      id
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const RevokeOtherSessionsDocument = new TypedDocumentString(`
    mutation RevokeOtherSessions {
  revokeOtherSessions {
    revokedCount
  }
}
    `) as unknown as TypedDocumentString<RevokeOtherSessionsMutation, RevokeOtherSessionsMutationVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      id
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($input: RevokeApiTokenInput!) {
  revokeApiToken(input: $input) {
    apiToken {
      id
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
