import { expect } from 'vitest';
import { at, denied, next, returns, type Case } from './matrix-support';

/**
 * Admin-only mutations called by everyone else (connections, ownership transfer, domains), and
 * other teams' objects addressed by their real ids (BOLA): principals, channels, objectives,
 * schemas and contracts of team A's port, called by team B.
 */

const REGISTER_KAFKA =
  'mutation($input: RegisterKafkaClusterInput!) { registerKafkaCluster(input: $input) { kafkaCluster { id } } }';
const REMOVE_CONNECTION =
  'mutation($input: RemoveConnectionInput!) { removeConnection(input: $input) { removedConnectionId } }';
const CONNECTION = 'query($id: ID!) { connection(id: $id) { __typename } }';
const CONNECTIONS = '{ connections(first: 10) { totalCount } }';
const TRANSFER =
  'mutation($input: TransferProductOwnershipInput!) { transferProductOwnership(input: $input) { previousTeamId dataProduct { team { id } } } }';
const CREATE_DOMAIN = 'mutation($input: CreateDomainInput!) { createDomain(input: $input) { domain { id } } }';
const SET_PRINCIPAL =
  'mutation($input: SetTeamPrincipalInput!) { setTeamPrincipal(input: $input) { principal { id } } }';
const REMOVE_PRINCIPAL =
  'mutation($input: RemoveTeamPrincipalInput!) { removeTeamPrincipal(input: $input) { removedPrincipalId } }';
const PRINCIPALS = 'query($id: ID) { team(id: $id) { principals { id name } } }';
const CREATE_CHANNEL =
  'mutation($input: CreateNotificationChannelInput!) { createNotificationChannel(input: $input) { notificationChannel { id } } }';
const SET_OBJECTIVE =
  'mutation($input: SetFreshnessObjectiveInput!) { setFreshnessObjective(input: $input) { __typename } }';
const REPORT_FRESHNESS =
  'mutation($input: ReportFreshnessInput!) { reportFreshness(input: $input) { heartbeat { portId } } }';
const PUBLISH_SCHEMA =
  'mutation($input: PublishSchemaVersionInput!) { publishSchemaVersion(input: $input) { __typename } }';
const SET_COMPATIBILITY =
  'mutation($input: SetPortCompatibilityModeInput!) { setPortCompatibilityMode(input: $input) { __typename } }';
const MY_SESSIONS = '{ mySessions { id } }';
const REVOKE_SESSION =
  'mutation($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id revokedAt } } }';
const REVOKE_OTHER_SESSIONS = 'mutation { revokeOtherSessions { revokedCount } }';
const IMPORT_CONTRACT = 'mutation($input: ImportDataContractInput!) { importDataContract(input: $input) { changed } }';

/** An id that names nothing: admin-only operations refuse before looking anything up. */
const SOME_ID = '00000000-0000-4000-8000-000000000001';
const AVRO = JSON.stringify({ type: 'record', name: 'Order', fields: [{ name: 'id', type: 'string' }] });

export const PLATFORM_CASES: Case[] = [
  // Browser sessions are managed from a browser session: no token, not even an admin's
  { name: 'anonymous lists sessions', role: 'anonymous', query: MY_SESSIONS, expected: denied('UNAUTHENTICATED') },
  { name: 'an admin token lists sessions', role: 'admin', query: MY_SESSIONS, expected: denied('FORBIDDEN') },
  {
    name: 'a personal token signs a session out',
    role: 'readerToken',
    query: REVOKE_SESSION,
    variables: () => ({ input: { id: SOME_ID } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a team token signs out every other browser',
    role: 'teamTokenB',
    query: REVOKE_OTHER_SESSIONS,
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  // Connections: platform admins only
  {
    name: 'a team owner registers a Kafka cluster',
    role: 'ownerA',
    query: REGISTER_KAFKA,
    variables: () => ({ input: { name: `kafka-${next()}`, brokers: ['127.0.0.1:9092'] } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a member removes a connection',
    role: 'memberA',
    query: REMOVE_CONNECTION,
    variables: () => ({ input: { id: SOME_ID } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a team owner reads a connection by id',
    role: 'ownerP',
    query: CONNECTION,
    variables: () => ({ id: SOME_ID }),
    expected: denied('FORBIDDEN'),
  },
  {
    name: 'a team token lists the platform connections',
    role: 'teamTokenB',
    query: CONNECTIONS,
    expected: denied('FORBIDDEN'),
  },
  {
    name: 'an admin lists the platform connections',
    role: 'admin',
    query: CONNECTIONS,
    expected: returns((d) => expect(at(d, 'connections', 'totalCount')).toEqual(expect.any(Number))),
  },
  // Ownership moves only through the admins' transfer
  {
    name: 'the owning team transfers its product to another team',
    role: 'ownerC',
    query: TRANSFER,
    variables: (w) => ({ input: { productId: w.transferable, teamId: w.teamB, reason: 'x' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'the receiving team transfers another team’s product to itself',
    role: 'ownerB',
    query: TRANSFER,
    variables: (w) => ({ input: { productId: w.transferable, teamId: w.teamB, reason: 'ours now' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'an admin transfers a product to another team',
    role: 'admin',
    query: TRANSFER,
    variables: (w) => ({ input: { productId: w.transferable, teamId: w.teamB, reason: 'team C was merged into B' } }),
    expected: returns((d, w) =>
      expect(at(d, 'transferProductOwnership')).toEqual({
        previousTeamId: w.teamC,
        dataProduct: { team: { id: w.teamB } },
      }),
    ),
  },
  {
    name: 'a team token creates a domain',
    role: 'teamTokenB',
    query: CREATE_DOMAIN,
    variables: (w) => ({ input: { slug: `d-${next()}`, name: 'D', teamId: w.teamB } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  // Other teams' objects
  {
    name: 'another team sets team A’s Kafka principal',
    role: 'ownerB',
    query: SET_PRINCIPAL,
    variables: (w) => ({
      input: { teamId: w.teamA, connectionKind: 'KAFKA_CLUSTER', connectionName: 'main', name: 'User:intruder' },
    }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a member (not an owner) sets its team’s principal',
    role: 'memberA',
    query: SET_PRINCIPAL,
    variables: (w) => ({
      input: { teamId: w.teamA, connectionKind: 'KAFKA_CLUSTER', connectionName: 'main', name: 'User:member' },
    }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team removes team A’s principal',
    role: 'ownerB',
    query: REMOVE_PRINCIPAL,
    variables: (w) => ({ input: { teamId: w.teamA, connectionId: SOME_ID } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team reads team A’s principals',
    role: 'ownerB',
    query: PRINCIPALS,
    variables: (w) => ({ id: w.teamA }),
    expected: returns((d) => expect(at(d, 'team', 'principals')).toBeNull()),
  },
  {
    name: 'another team adds a notification channel to team A',
    role: 'ownerB',
    query: CREATE_CHANNEL,
    variables: (w) => ({
      input: { teamId: w.teamA, kind: 'WEBHOOK', name: `c-${next()}`, url: 'https://hooks.example.com/x' },
    }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team sets the freshness objective of team A’s port',
    role: 'ownerB',
    query: SET_OBJECTIVE,
    variables: (w) => ({
      input: { portId: w.published.portId, warnAfter: 'PT5M', errorAfter: 'PT15M', check: { kind: 'PUSH' } },
    }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'a team token reports freshness for another team’s port',
    role: 'teamTokenB',
    query: REPORT_FRESHNESS,
    variables: (w) => ({ input: { portId: w.published.portId, lastUpdatedAt: new Date().toISOString() } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team publishes a schema version on team A’s port',
    role: 'ownerB',
    query: PUBLISH_SCHEMA,
    variables: (w) => ({ input: { portId: w.published.portId, format: 'AVRO', definition: AVRO } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team sets the compatibility mode of team A’s port',
    role: 'ownerB',
    query: SET_COMPATIBILITY,
    variables: (w) => ({ input: { portId: w.published.portId, mode: 'NONE' } }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
  {
    name: 'another team imports a data contract on team A’s port',
    role: 'ownerB',
    query: IMPORT_CONTRACT,
    variables: (w) => ({
      input: { portId: w.published.portId, format: 'YAML', document: 'apiVersion: v3.0.2\nkind: DataContract\n' },
    }),
    expected: denied('FORBIDDEN'),
    writes: false,
  },
];
