/**
 * Catalog events: what Tessera tells other systems through Kafka. Every event travels in a
 * CloudEvents-like envelope (id, type, source, subject, time, dataVersion, data), encoded in
 * Avro with a schema per event type registered in the schema registry. Events of one
 * aggregate share a topic and are keyed by the aggregate id, so their order holds.
 * docs/events.md lists them with examples.
 */
export const EVENT_SOURCE = '/tessera/catalog';

/** One topic per aggregate type: a product's and its ports' events stay in order. */
export const EVENT_TOPICS = {
  dataProduct: 'tessera.catalog.data-product.v1',
} as const;
export type EventTopic = (typeof EVENT_TOPICS)[keyof typeof EVENT_TOPICS];

type AvroSchema = Record<string, unknown>;

const nullable = (type: unknown) => ['null', type];
const timestamp = { type: 'long', logicalType: 'timestamp-millis' };

const DATA_PRODUCT_STATE: AvroSchema = {
  type: 'record',
  name: 'DataProductState',
  namespace: 'tessera.catalog',
  doc: 'A data product as it is after the change.',
  fields: [
    { name: 'id', type: 'string' },
    { name: 'slug', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'domainId', type: 'string' },
    { name: 'teamId', type: 'string' },
    { name: 'status', type: 'string', doc: 'DRAFT, PUBLISHED, DEPRECATED or RETIRED' },
    { name: 'classification', type: 'string' },
    { name: 'accessMode', type: 'string' },
    { name: 'tags', type: { type: 'array', items: 'string' } },
    { name: 'sunsetAt', type: nullable(timestamp), default: null },
    { name: 'replacementId', type: nullable('string'), default: null },
    { name: 'outputPorts', type: { type: 'array', items: 'string' }, doc: 'Names of its output ports.' },
    { name: 'updatedAt', type: timestamp },
  ],
};

const OUTPUT_PORT_STATE: AvroSchema = {
  type: 'record',
  name: 'OutputPortState',
  namespace: 'tessera.catalog',
  doc: 'An output port; its location is not included (connection details are access-controlled).',
  fields: [
    { name: 'portId', type: 'string' },
    { name: 'productId', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'kind', type: 'string', doc: 'KAFKA_TOPIC or POSTGRES_TABLE' },
  ],
};

const SCHEMA_VERSION_STATE: AvroSchema = {
  type: 'record',
  name: 'SchemaVersionState',
  namespace: 'tessera.catalog',
  doc: "A schema version of an output port, what changed against the port's earlier versions, and who it reaches.",
  fields: [
    { name: 'versionId', type: 'string' },
    { name: 'portId', type: 'string' },
    { name: 'productId', type: 'string' },
    { name: 'portName', type: 'string' },
    { name: 'version', type: 'int', doc: '1, 2, 3... within the port.' },
    { name: 'format', type: 'string', doc: 'AVRO, JSON or PROTOBUF' },
    { name: 'fingerprint', type: 'string', doc: 'SHA-256 of the canonical form.' },
    { name: 'contractVersion', type: 'string', doc: "The port's contract version (semver)." },
    { name: 'source', type: 'string', doc: 'TESSERA, or REGISTRY_DRIFT for a version registered outside Tessera.' },
    {
      name: 'verdict',
      type: 'string',
      doc: 'COMPATIBLE, BREAKING_ALLOWED_MAJOR or BREAKING_OVERRIDDEN (drift: COMPATIBLE or BREAKING_UNGOVERNED).',
    },
    { name: 'breaking', type: 'boolean', doc: "Whether it breaks the port's compatibility mode." },
    { name: 'overrideReason', type: nullable('string'), default: null },
    { name: 'registryId', type: nullable('int'), default: null },
    {
      name: 'changes',
      doc: 'The diff against the versions the mode compares with.',
      type: {
        type: 'array',
        items: {
          type: 'record',
          name: 'SchemaChange',
          fields: [
            { name: 'path', type: 'string' },
            { name: 'kind', type: 'string' },
            { name: 'breaks', type: 'string', doc: 'READERS, WRITERS, BOTH or NONE' },
            { name: 'message', type: 'string' },
          ],
        },
      },
    },
    {
      name: 'subscribers',
      doc: 'Every approved subscriber of the port: the consumer impact.',
      type: {
        type: 'array',
        items: {
          type: 'record',
          name: 'SchemaSubscriber',
          fields: [
            { name: 'subscriptionId', type: 'string' },
            { name: 'teamId', type: 'string' },
            { name: 'teamSlug', type: 'string' },
            { name: 'teamName', type: 'string' },
          ],
        },
      },
    },
    { name: 'publishedAt', type: timestamp },
  ],
};

const SUBSCRIPTION_STATE: AvroSchema = {
  type: 'record',
  name: 'SubscriptionState',
  namespace: 'tessera.catalog',
  doc: "A team's access to an output port after the change; no purpose or reasons (free text stays in the catalog).",
  fields: [
    { name: 'subscriptionId', type: 'string' },
    { name: 'productId', type: 'string' },
    { name: 'portId', type: 'string' },
    { name: 'consumerTeamId', type: 'string' },
    { name: 'status', type: 'string', doc: 'PENDING, APPROVED, REJECTED, REVOKED or EXPIRED' },
    { name: 'expiresAt', type: nullable(timestamp), default: null },
  ],
};

function envelope(name: string, data: AvroSchema, doc: string): AvroSchema {
  return {
    type: 'record',
    name,
    namespace: 'tessera.events',
    doc,
    fields: [
      { name: 'id', type: 'string', doc: 'UUIDv7; the same id means the same event (deduplicate on it).' },
      { name: 'type', type: 'string' },
      { name: 'source', type: 'string' },
      { name: 'subject', type: 'string', doc: 'The aggregate: <aggregateType>/<id>.' },
      { name: 'time', type: timestamp },
      { name: 'dataVersion', type: 'int' },
      { name: 'data', type: data },
    ],
  };
}

export interface EventDefinition {
  readonly type: string;
  readonly aggregateType: 'data_product';
  readonly topic: EventTopic;
  readonly dataVersion: number;
  readonly schema: AvroSchema;
}

function define(type: string, recordName: string, data: AvroSchema, doc: string): EventDefinition {
  return {
    type,
    aggregateType: 'data_product',
    topic: EVENT_TOPICS.dataProduct,
    dataVersion: 1,
    schema: envelope(recordName, data, doc),
  };
}

/** The typed map of catalog event types. Later features add theirs here. */
export const EVENT_TYPES = {
  'data_product.registered': define(
    'tessera.data_product.registered',
    'DataProductRegistered',
    DATA_PRODUCT_STATE,
    'A data product was registered.',
  ),
  'data_product.updated': define(
    'tessera.data_product.updated',
    'DataProductUpdated',
    DATA_PRODUCT_STATE,
    "A data product's description, tags, classification or access mode changed.",
  ),
  'data_product.published': define(
    'tessera.data_product.published',
    'DataProductPublished',
    DATA_PRODUCT_STATE,
    'A data product was published.',
  ),
  'data_product.deprecated': define(
    'tessera.data_product.deprecated',
    'DataProductDeprecated',
    DATA_PRODUCT_STATE,
    'A data product was deprecated (see sunsetAt and replacementId).',
  ),
  'data_product.retired': define(
    'tessera.data_product.retired',
    'DataProductRetired',
    DATA_PRODUCT_STATE,
    'A data product was retired.',
  ),
  'output_port.added': define(
    'tessera.output_port.added',
    'OutputPortAdded',
    OUTPUT_PORT_STATE,
    'An output port was added to a data product.',
  ),
  'output_port.removed': define(
    'tessera.output_port.removed',
    'OutputPortRemoved',
    OUTPUT_PORT_STATE,
    'An output port was removed from a data product.',
  ),
  'schema.version.published': define(
    'tessera.schema.version.published',
    'SchemaVersionPublished',
    SCHEMA_VERSION_STATE,
    "A schema version was recorded for an output port (published, or found in the registry by the drift job), with the diff and the port's approved subscribers.",
  ),
  'subscription.requested': define(
    'tessera.subscription.requested',
    'SubscriptionRequested',
    SUBSCRIPTION_STATE,
    'A team requested access to an output port.',
  ),
  'subscription.approved': define(
    'tessera.subscription.approved',
    'SubscriptionApproved',
    SUBSCRIPTION_STATE,
    'Access to an output port was approved (by its owners or the open-access rule).',
  ),
  'subscription.rejected': define(
    'tessera.subscription.rejected',
    'SubscriptionRejected',
    SUBSCRIPTION_STATE,
    'An access request was rejected.',
  ),
  'subscription.renewed': define(
    'tessera.subscription.renewed',
    'SubscriptionRenewed',
    SUBSCRIPTION_STATE,
    'An approved subscription was renewed (see expiresAt).',
  ),
  'subscription.revoked': define(
    'tessera.subscription.revoked',
    'SubscriptionRevoked',
    SUBSCRIPTION_STATE,
    'A subscription was revoked; its grants are being removed.',
  ),
  'subscription.expired': define(
    'tessera.subscription.expired',
    'SubscriptionExpired',
    SUBSCRIPTION_STATE,
    'A subscription expired; its grants are being removed.',
  ),
} as const satisfies Record<string, EventDefinition>;

export type EventName = keyof typeof EVENT_TYPES;

/** The registry subject of an event type's schema: topic plus record name, several per topic. */
export function eventSubject(definition: EventDefinition): string {
  return `${definition.topic}-${String(definition.schema.namespace)}.${String(definition.schema.name)}`;
}

/** The envelope as consumers decode it. */
export interface EventEnvelope<Data = Record<string, unknown>> {
  id: string;
  type: string;
  source: string;
  subject: string;
  time: number;
  dataVersion: number;
  data: Data;
}
