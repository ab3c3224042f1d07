import type { OdcsLogicalType } from '@tessera/contracts';
import {
  describeProtoField,
  type ProtobufSchemaModel,
  type ProtoField,
  type ProtoMessage,
} from '../../schemas/compatibility/protobuf/protobuf-model';
import {
  MAX_DERIVED_DEPTH,
  odcsElement,
  odcsItem,
  odcsSchemaObject,
  type ElementShape,
  type JsonObject,
} from './odcs-element';

const SCALAR_TYPES: Readonly<Record<string, OdcsLogicalType>> = {
  double: 'number',
  float: 'number',
  int32: 'integer',
  int64: 'integer',
  uint32: 'integer',
  uint64: 'integer',
  sint32: 'integer',
  sint64: 'integer',
  fixed32: 'integer',
  fixed64: 'integer',
  sfixed32: 'integer',
  sfixed64: 'integer',
  bool: 'boolean',
  string: 'string',
  bytes: 'string',
};

/** Google's well-known messages that stand for a plain value. */
const WELL_KNOWN_TYPES: Readonly<Record<string, OdcsLogicalType>> = {
  'google.protobuf.Timestamp': 'timestamp',
  'google.protobuf.Duration': 'string',
  'google.protobuf.StringValue': 'string',
  'google.protobuf.BytesValue': 'string',
  'google.protobuf.BoolValue': 'boolean',
  'google.protobuf.Int32Value': 'integer',
  'google.protobuf.Int64Value': 'integer',
  'google.protobuf.UInt32Value': 'integer',
  'google.protobuf.UInt64Value': 'integer',
  'google.protobuf.FloatValue': 'number',
  'google.protobuf.DoubleValue': 'number',
};

/** The shape of one value of the field (one element, for a repeated field). */
function valueShape(model: ProtobufSchemaModel, field: ProtoField, messages: readonly string[]): ElementShape {
  if (field.kind === 'scalar') return { logicalType: SCALAR_TYPES[field.type], physicalType: field.type };
  if (field.kind === 'enum') return { logicalType: 'string', physicalType: `enum ${field.type}` };
  const known = WELL_KNOWN_TYPES[field.type];
  if (known) return { logicalType: known, physicalType: field.type };
  const message = model.messages.get(field.type);
  // A message of another package, or one already being described (recursion), stays unexpanded.
  if (!message || messages.includes(message.name) || messages.length >= MAX_DERIVED_DEPTH)
    return { logicalType: 'object', physicalType: field.type };
  return {
    logicalType: 'object',
    physicalType: field.type,
    properties: propertiesOf(model, message, [...messages, message.name]),
  };
}

function fieldShape(model: ProtobufSchemaModel, field: ProtoField, messages: readonly string[]): ElementShape {
  if (field.kind === 'map') return { logicalType: 'object', physicalType: describeProtoField(field) };
  if (field.label !== 'repeated') return valueShape(model, field, messages);
  return {
    logicalType: 'array',
    physicalType: describeProtoField(field),
    items: odcsItem(valueShape(model, field, messages)),
  };
}

function propertiesOf(model: ProtobufSchemaModel, message: ProtoMessage, messages: readonly string[]): JsonObject[] {
  return message.fields.map((field) =>
    // Only proto2's `required` promises a value; proto3 fields are all optional on the wire.
    odcsElement(
      { name: field.name, required: field.label === 'required', description: field.comment },
      fieldShape(model, field, messages),
    ),
  );
}

/**
 * The schema object of a .proto file: its first top-level message, the one Confluent's
 * serializers use by default. null when the file declares no message.
 */
export function protobufToOdcs(model: ProtobufSchemaModel, physicalType: string): JsonObject[] | null {
  const first = [...model.messages.values()].find((message) => !message.name.includes('.'));
  if (!first) return null;
  return [odcsSchemaObject(first.name, physicalType, first.comment, propertiesOf(model, first, [first.name]))];
}
