import type { OdcsLogicalType } from '@tessera/contracts';
import {
  describeAvroType,
  isRecord,
  shortName,
  type AvroPrimitiveName,
  type AvroRecord,
  type AvroSchemaModel,
  type AvroType,
} from '../../schemas/compatibility/avro/avro-model';
import {
  MAX_DERIVED_DEPTH,
  odcsElement,
  odcsItem,
  odcsSchemaObject,
  type ElementShape,
  type JsonObject,
} from './odcs-element';

const PRIMITIVE_TYPES: Record<AvroPrimitiveName, OdcsLogicalType | undefined> = {
  null: undefined,
  boolean: 'boolean',
  int: 'integer',
  long: 'integer',
  float: 'number',
  double: 'number',
  bytes: 'string',
  string: 'string',
};

/** Avro logical types with an ODCS equivalent; the others keep their primitive's type. */
const LOGICAL_TYPES: Readonly<Record<string, OdcsLogicalType>> = {
  date: 'date',
  'time-millis': 'time',
  'time-micros': 'time',
  'timestamp-millis': 'timestamp',
  'timestamp-micros': 'timestamp',
  'timestamp-nanos': 'timestamp',
  'local-timestamp-millis': 'timestamp',
  'local-timestamp-micros': 'timestamp',
  'local-timestamp-nanos': 'timestamp',
  decimal: 'number',
  uuid: 'string',
};

function shapeOf(type: AvroType, records: readonly string[]): ElementShape {
  switch (type.type) {
    case 'union': {
      const present = type.branches.filter((branch) => branch.type !== 'null');
      const nullable = present.length < type.branches.length;
      const only = present.length === 1 ? present[0] : undefined;
      // ["null", T] is an optional T; a union of several types has no single logical type.
      return only ? { ...shapeOf(only, records), nullable } : { physicalType: describeAvroType(type), nullable };
    }
    case 'record':
    case 'error': {
      const physicalType = describeAvroType(type);
      // A recursive record (a tree, a linked list) is described once, where it first appears.
      if (records.includes(type.name) || records.length >= MAX_DERIVED_DEPTH)
        return { logicalType: 'object', physicalType };
      return { logicalType: 'object', physicalType, properties: propertiesOf(type, [...records, type.name]) };
    }
    case 'enum':
      return { logicalType: 'string', physicalType: `enum ${type.name}` };
    case 'fixed':
      return {
        logicalType: type.logicalType === 'decimal' ? 'number' : 'string',
        physicalType: `fixed ${type.name}(${type.size})`,
      };
    case 'array':
      return {
        logicalType: 'array',
        physicalType: describeAvroType(type),
        items: odcsItem(shapeOf(type.items, records)),
      };
    case 'map':
      return { logicalType: 'object', physicalType: describeAvroType(type) };
    default:
      return {
        logicalType: (type.logicalType && LOGICAL_TYPES[type.logicalType]) || PRIMITIVE_TYPES[type.type],
        physicalType: describeAvroType(type),
      };
  }
}

function propertiesOf(record: AvroRecord, records: readonly string[]): JsonObject[] {
  return record.fields.map((field) => {
    const shape = shapeOf(field.type, records);
    return odcsElement({ name: field.name, required: !shape.nullable, description: field.doc }, shape);
  });
}

/**
 * The schema objects of an Avro schema: its record, or each record of a top-level union (a
 * topic carrying several event types). null when the schema has no record at its top.
 */
export function avroToOdcs(model: AvroSchemaModel, physicalType: string): JsonObject[] | null {
  const root = model.root;
  const records = root.type === 'union' ? root.branches.filter(isRecord) : isRecord(root) ? [root] : [];
  if (records.length === 0) return null;
  return records.map((record) =>
    odcsSchemaObject(shortName(record.name), physicalType, record.doc, propertiesOf(record, [record.name])),
  );
}
