import type { JsonObject } from './derivation/odcs-element';

/**
 * Key order for exported contracts. Postgres (jsonb) does not keep the order keys were
 * written in, so an export imposes one: the standard's fields in the standard's order, then
 * unknown fields sorted, at every level. Order never changes a value.
 */
type Orderer = (value: unknown) => unknown;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The same value with every object's keys sorted. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((key) => value[key] !== undefined)
      .map((key) => [key, sortKeysDeep(value[key])]),
  );
}

function objectOf(keys: readonly string[], children: () => Readonly<Record<string, Orderer>> = () => ({})): Orderer {
  return (value) => {
    if (!isPlainObject(value)) return sortKeysDeep(value);
    const nested = children();
    const out: JsonObject = {};
    for (const key of keys) if (value[key] !== undefined) out[key] = (nested[key] ?? sortKeysDeep)(value[key]);
    for (const key of Object.keys(value).sort())
      if (!keys.includes(key) && value[key] !== undefined) out[key] = sortKeysDeep(value[key]);
    return out;
  };
}

function listOf(item: Orderer): Orderer {
  return (value) => (Array.isArray(value) ? value.map(item) : sortKeysDeep(value));
}

const customProperties = listOf(objectOf(['id', 'property', 'value', 'description']));
const authoritativeDefinitions = listOf(objectOf(['id', 'url', 'type', 'description']));
const common = { customProperties, authoritativeDefinitions };

const quality = listOf(
  objectOf(
    [
      'id',
      'name',
      'description',
      'type',
      'dimension',
      'metric',
      'rule',
      'arguments',
      'query',
      'engine',
      'implementation',
      'mustBe',
      'mustNotBe',
      'mustBeGreaterThan',
      'mustBeGreaterOrEqualTo',
      'mustBeLessThan',
      'mustBeLessOrEqualTo',
      'mustBeBetween',
      'mustNotBeBetween',
      'unit',
      'validValues',
      'severity',
      'businessImpact',
      'method',
      'schedule',
      'scheduler',
      'tags',
      'authoritativeDefinitions',
      'customProperties',
    ],
    () => common,
  ),
);

const relationships = listOf(objectOf(['id', 'type', 'from', 'to', 'customProperties'], () => common));

const PROPERTY_KEYS = [
  'id',
  'name',
  'businessName',
  'logicalType',
  'logicalTypeOptions',
  'physicalType',
  'physicalName',
  'required',
  'unique',
  'primaryKey',
  'primaryKeyPosition',
  'partitioned',
  'partitionKeyPosition',
  'classification',
  'description',
  'encryptedName',
  'criticalDataElement',
  'transformSourceObjects',
  'transformLogic',
  'transformDescription',
  'examples',
  'tags',
  'properties',
  'items',
  'relationships',
  'quality',
  'authoritativeDefinitions',
  'customProperties',
];

const property: Orderer = objectOf(PROPERTY_KEYS, () => ({
  ...common,
  properties: listOf(property),
  items: property,
  relationships,
  quality,
}));

const schemaObject = objectOf(
  [
    'id',
    'name',
    'businessName',
    'logicalType',
    'physicalType',
    'physicalName',
    'description',
    'dataGranularityDescription',
    'tags',
    'properties',
    'relationships',
    'quality',
    'authoritativeDefinitions',
    'customProperties',
  ],
  () => ({ ...common, properties: listOf(property), relationships, quality }),
);

const roles = listOf(
  objectOf(
    ['id', 'role', 'description', 'access', 'firstLevelApprovers', 'secondLevelApprovers', 'customProperties'],
    () => common,
  ),
);

const member = objectOf(
  [
    'id',
    'username',
    'name',
    'description',
    'role',
    'dateIn',
    'dateOut',
    'replacedByUsername',
    'tags',
    'authoritativeDefinitions',
    'customProperties',
  ],
  () => common,
);

const team: Orderer = (value) =>
  Array.isArray(value)
    ? value.map(member)
    : objectOf(
        ['id', 'name', 'description', 'members', 'tags', 'authoritativeDefinitions', 'customProperties'],
        () => ({ ...common, members: listOf(member) }),
      )(value);

const contract = objectOf(
  [
    'apiVersion',
    'kind',
    'id',
    'name',
    'version',
    'status',
    'tenant',
    'domain',
    'dataProduct',
    'description',
    'tags',
    'servers',
    'schema',
    'slaDefaultElement',
    'slaProperties',
    'support',
    'price',
    'team',
    'roles',
    'authoritativeDefinitions',
    'customProperties',
    'contractCreatedTs',
  ],
  () => ({
    ...common,
    description: objectOf(
      ['purpose', 'usage', 'limitations', 'authoritativeDefinitions', 'customProperties'],
      () => common,
    ),
    servers: listOf(
      objectOf(['id', 'server', 'type', 'description', 'environment', 'roles', 'customProperties'], () => ({
        ...common,
        roles,
      })),
    ),
    schema: listOf(schemaObject),
    slaProperties: listOf(
      objectOf([
        'id',
        'property',
        'value',
        'valueExt',
        'unit',
        'element',
        'driver',
        'description',
        'scheduler',
        'schedule',
      ]),
    ),
    support: listOf(
      objectOf(
        ['id', 'channel', 'url', 'tool', 'scope', 'description', 'invitationUrl', 'customProperties'],
        () => common,
      ),
    ),
    price: objectOf(['priceAmount', 'priceCurrency', 'priceUnit']),
    team,
    roles,
  }),
);

/** The contract with its keys in export order. */
export function orderContract(document: JsonObject): JsonObject {
  return contract(document) as JsonObject;
}
