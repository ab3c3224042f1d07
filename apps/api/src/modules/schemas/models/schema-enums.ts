import { registerEnumType } from '@nestjs/graphql';
import { COMPATIBILITY_MODES, SCHEMA_FORMATS } from '../compatibility';

function enumOf<const Values extends readonly string[]>(values: Values): { [Key in Values[number]]: Key } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [Key in Values[number]]: Key };
}

export const SchemaFormatEnum = enumOf(SCHEMA_FORMATS);
export const CompatibilityModeEnum = enumOf(COMPATIBILITY_MODES);
export const SchemaVersionSourceEnum = enumOf(['TESSERA', 'REGISTRY_IMPORT', 'REGISTRY_DRIFT'] as const);
export const SchemaPublishVerdictEnum = enumOf([
  'COMPATIBLE',
  'BREAKING_ALLOWED_MAJOR',
  'BREAKING_OVERRIDDEN',
  'REFUSED',
] as const);
export const SchemaChangeBreaksEnum = enumOf(['READERS', 'WRITERS', 'BOTH', 'NONE'] as const);
export const SchemaFieldChangeEnum = enumOf(['ADDED', 'REMOVED', 'CHANGED'] as const);

registerEnumType(SchemaFormatEnum, {
  name: 'SchemaFormat',
  description: 'The language of a schema: AVRO, JSON (JSON Schema draft-07 or 2020-12) or PROTOBUF (.proto).',
});
registerEnumType(CompatibilityModeEnum, {
  name: 'CompatibilityMode',
  description:
    'Which schema changes a port accepts, as in the Confluent registry: BACKWARD (new readers read old data), FORWARD (old readers read new data), FULL (both), their _TRANSITIVE forms against every earlier version, or NONE.',
});
registerEnumType(SchemaVersionSourceEnum, {
  name: 'SchemaVersionSource',
  description:
    'Where a schema version came from: TESSERA (published here), REGISTRY_IMPORT (brought in when a registry subject was attached) or REGISTRY_DRIFT (registered in the registry outside Tessera, found by the drift job).',
});
registerEnumType(SchemaPublishVerdictEnum, {
  name: 'SchemaPublishVerdict',
  description:
    "COMPATIBLE: accepted by the port's mode; BREAKING_ALLOWED_MAJOR: breaking, published with a new major contract version; BREAKING_OVERRIDDEN: breaking, overridden by a team owner with a reason; REFUSED: breaking, with neither.",
});
registerEnumType(SchemaChangeBreaksEnum, {
  name: 'SchemaChangeBreaks',
  description:
    'Whom a schema change breaks: WRITERS (data written with the previous version cannot be read with the new one), READERS (consumers on the previous version cannot read new data), BOTH, or NONE.',
});
registerEnumType(SchemaFieldChangeEnum, {
  name: 'SchemaFieldChange',
  description: 'How a field differs between two schema versions.',
});
