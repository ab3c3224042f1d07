import { z } from 'zod';

/**
 * A data contract in the shape of the Open Data Contract Standard (ODCS, bitol-io) v3.1.0,
 * also accepting v3.0.x documents. Field names and types follow the standard's JSON Schema;
 * every object is open (`.loose()`), so vendor fields (`x-...`) and fields of later versions
 * survive an import and come back on export. The official JSON Schema forbids unknown fields
 * (`additionalProperties: false`), which is why Tessera validates with this model instead.
 *
 * What Tessera fills in itself (id, version, status, kind, apiVersion: see
 * docs/data-contracts.md) may be left out of an imported document; when given, it must have
 * the standard's type.
 */
export const ODCS_API_VERSIONS = ['v3.1.0', 'v3.0.2', 'v3.0.1', 'v3.0.0'] as const;
export type OdcsApiVersion = (typeof ODCS_API_VERSIONS)[number];
export const ODCS_DEFAULT_API_VERSION: OdcsApiVersion = 'v3.1.0';

/** Logical types of a schema property (SchemaBaseProperty.logicalType). */
export const ODCS_LOGICAL_TYPES = [
  'string',
  'date',
  'timestamp',
  'time',
  'number',
  'integer',
  'object',
  'array',
  'boolean',
] as const;
export type OdcsLogicalType = (typeof ODCS_LOGICAL_TYPES)[number];

export const ODCS_QUALITY_TYPES = ['text', 'library', 'sql', 'custom'] as const;
export const ODCS_QUALITY_DIMENSIONS = [
  'accuracy',
  'completeness',
  'conformity',
  'consistency',
  'coverage',
  'timeliness',
  'uniqueness',
] as const;
export const ODCS_QUALITY_METRICS = [
  'nullValues',
  'missingValues',
  'invalidValues',
  'duplicateValues',
  'rowCount',
] as const;

/**
 * The largest contract text Tessera accepts: far above any hand-written contract, and below the
 * API's 1 MiB request limit, so a contract that is too large gets this clear refusal instead.
 */
export const ODCS_MAX_BYTES = 512 * 1024;

/** Optional text; the standard's own examples write `limitations: null` for "none". */
const text = z.string().nullable().optional();
const flag = z.boolean().optional();
const position = z.number().int().optional();
const stringList = z.array(z.string()).optional();

export const odcsCustomPropertySchema = z
  .object({ property: z.string().min(1), value: z.unknown(), description: text })
  .loose()
  .refine((item) => 'value' in item, { message: 'a custom property needs a value', path: ['value'] });

const customProperties = z.array(odcsCustomPropertySchema).optional();

export const odcsAuthoritativeDefinitionSchema = z
  .object({ id: text, url: z.string().min(1), type: z.string().min(1), description: text })
  .loose();

const authoritativeDefinitions = z.array(odcsAuthoritativeDefinitionSchema).optional();

const keyReference = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const odcsRelationshipSchema = z
  .object({
    id: text,
    type: z.literal('foreignKey').optional(),
    from: keyReference.optional(),
    to: keyReference,
    customProperties,
  })
  .loose();

const comparisonNumber = z.number().optional();
const range = z.tuple([z.number(), z.number()]).optional();

export const odcsQualityRuleSchema = z
  .object({
    id: text,
    name: text,
    description: text,
    type: z.enum(ODCS_QUALITY_TYPES).optional(),
    dimension: z.enum(ODCS_QUALITY_DIMENSIONS).optional(),
    metric: z.enum(ODCS_QUALITY_METRICS).optional(),
    /** v3.0 name of `metric`, deprecated since v3.1. */
    rule: text,
    arguments: z.record(z.string(), z.unknown()).optional(),
    query: text,
    engine: text,
    implementation: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
    method: text,
    severity: text,
    businessImpact: text,
    unit: text,
    schedule: text,
    scheduler: text,
    mustBeGreaterThan: comparisonNumber,
    mustBeGreaterOrEqualTo: comparisonNumber,
    mustBeLessThan: comparisonNumber,
    mustBeLessOrEqualTo: comparisonNumber,
    mustBeBetween: range,
    mustNotBeBetween: range,
    tags: stringList,
    customProperties,
    authoritativeDefinitions,
  })
  .loose()
  .superRefine((rule, context) => {
    if (rule.type === 'sql' && !rule.query)
      context.addIssue({ code: 'custom', path: ['query'], message: 'a sql quality rule needs a query' });
    if (rule.type === 'custom') {
      if (!rule.engine)
        context.addIssue({ code: 'custom', path: ['engine'], message: 'a custom quality rule needs an engine' });
      if (rule.implementation === undefined)
        context.addIssue({
          code: 'custom',
          path: ['implementation'],
          message: 'a custom quality rule needs an implementation',
        });
    }
  });

const quality = z.array(odcsQualityRuleSchema).optional();

/** What objects and properties share (SchemaElement). */
const elementFields = {
  id: text,
  physicalType: text,
  physicalName: text,
  description: text,
  businessName: text,
  authoritativeDefinitions,
  tags: stringList,
  customProperties,
  relationships: z.array(odcsRelationshipSchema).optional(),
  quality,
};

/** SchemaBaseProperty without its name and nesting. */
const propertyFields = {
  ...elementFields,
  logicalType: z.enum(ODCS_LOGICAL_TYPES).optional(),
  logicalTypeOptions: z.record(z.string(), z.unknown()).optional(),
  required: flag,
  unique: flag,
  primaryKey: flag,
  primaryKeyPosition: position,
  partitioned: flag,
  partitionKeyPosition: position,
  classification: text,
  encryptedName: text,
  transformSourceObjects: stringList,
  transformLogic: text,
  transformDescription: text,
  examples: z.array(z.unknown()).optional(),
  criticalDataElement: flag,
};

const propertyBaseSchema = z.object(propertyFields).loose();
type OdcsPropertyBase = z.infer<typeof propertyBaseSchema>;

/** A property (a column, a field); `properties` nest an object's fields, `items` an array's element. */
export type OdcsSchemaProperty = OdcsPropertyBase & {
  name: string;
  properties?: OdcsSchemaProperty[];
  items?: OdcsSchemaItem;
};
/** The element of an array property: a property whose name is optional. */
export type OdcsSchemaItem = OdcsPropertyBase & {
  name?: string | null;
  properties?: OdcsSchemaProperty[];
  items?: OdcsSchemaItem;
};

export const odcsSchemaPropertySchema: z.ZodType<OdcsSchemaProperty> = propertyBaseSchema.extend({
  name: z.string().min(1),
  properties: z.lazy(() => z.array(odcsSchemaPropertySchema)).optional(),
  items: z.lazy(() => odcsSchemaItemSchema).optional(),
});

export const odcsSchemaItemSchema: z.ZodType<OdcsSchemaItem> = propertyBaseSchema.extend({
  name: text,
  properties: z.lazy(() => z.array(odcsSchemaPropertySchema)).optional(),
  items: z.lazy(() => odcsSchemaItemSchema).optional(),
});

/** A schema object: a table, a topic's record, a document. */
export const odcsSchemaObjectSchema = z
  .object({
    ...elementFields,
    name: z.string().min(1),
    logicalType: z.literal('object').optional(),
    dataGranularityDescription: text,
    properties: z.array(odcsSchemaPropertySchema).optional(),
  })
  .loose();

export const odcsSlaPropertySchema = z
  .object({
    id: text,
    property: z.string().min(1),
    value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
    valueExt: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
    unit: text,
    element: text,
    driver: text,
    description: text,
    scheduler: text,
    schedule: text,
  })
  .loose();

export const odcsSupportChannelSchema = z
  .object({
    id: text,
    channel: z.string().min(1),
    url: text,
    description: text,
    tool: text,
    scope: text,
    invitationUrl: text,
    customProperties,
  })
  .loose();

export const odcsTeamMemberSchema = z
  .object({
    id: text,
    username: z.string().min(1),
    name: text,
    description: text,
    role: text,
    dateIn: text,
    dateOut: text,
    replacedByUsername: text,
    tags: stringList,
    customProperties,
    authoritativeDefinitions,
  })
  .loose();

/** v3.1 (RFC 0016): an object with members. */
export const odcsTeamSchema = z
  .object({
    id: text,
    name: text,
    description: text,
    members: z.array(odcsTeamMemberSchema).optional(),
    tags: stringList,
    customProperties,
    authoritativeDefinitions,
  })
  .loose();

/** v3.1 accepts the team as an object, or as the v3.0 list of members (deprecated, removed in v4). */
const teamSchema = z.custom<unknown>().superRefine((value, context) => {
  const result = (Array.isArray(value) ? z.array(odcsTeamMemberSchema) : odcsTeamSchema).safeParse(value);
  if (!result.success)
    for (const issue of result.error.issues)
      context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export const odcsRoleSchema = z
  .object({
    id: text,
    role: z.string().min(1),
    description: text,
    access: text,
    firstLevelApprovers: text,
    secondLevelApprovers: text,
    customProperties,
  })
  .loose();

export const odcsPriceSchema = z
  .object({ priceAmount: z.number().optional(), priceCurrency: text, priceUnit: text })
  .loose();

/** Servers differ per type; Tessera keeps them as given and checks only what every server has. */
export const odcsServerSchema = z
  .object({
    id: text,
    server: z.string().min(1),
    type: z.string().min(1),
    description: text,
    environment: text,
    roles: z.array(odcsRoleSchema).optional(),
    customProperties,
  })
  .loose();

export const odcsDescriptionSchema = z
  .object({ purpose: text, usage: text, limitations: text, authoritativeDefinitions, customProperties })
  .loose();

export const dataContractSchema = z
  .object({
    apiVersion: z.enum(ODCS_API_VERSIONS).optional(),
    kind: z.literal('DataContract').optional(),
    id: z.string().min(1).optional(),
    version: z.string().min(1).optional(),
    status: z.string().min(1).optional(),
    name: text,
    tenant: text,
    domain: text,
    dataProduct: text,
    description: odcsDescriptionSchema.optional(),
    tags: stringList,
    schema: z.array(odcsSchemaObjectSchema).optional(),
    support: z.array(odcsSupportChannelSchema).optional(),
    price: odcsPriceSchema.optional(),
    team: teamSchema.optional(),
    roles: z.array(odcsRoleSchema).optional(),
    slaDefaultElement: text,
    slaProperties: z.array(odcsSlaPropertySchema).optional(),
    servers: z.array(odcsServerSchema).optional(),
    authoritativeDefinitions,
    customProperties,
    contractCreatedTs: z.iso.datetime({ offset: true }).optional(),
  })
  .loose();

export type DataContractDocument = z.infer<typeof dataContractSchema>;
export type OdcsSchemaObject = z.infer<typeof odcsSchemaObjectSchema>;
export type OdcsSlaProperty = z.infer<typeof odcsSlaPropertySchema>;
export type OdcsQualityRule = z.infer<typeof odcsQualityRuleSchema>;
export type OdcsSupportChannel = z.infer<typeof odcsSupportChannelSchema>;
