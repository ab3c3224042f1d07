/**
 * A `.proto` file reduced to what compatibility and the portal look at: messages and enums by
 * their name inside the package (`Order`, `Order.Line`), fields with number, resolved type and
 * label, real oneofs (not proto3 `optional`'s synthetic ones), reserved numbers and names.
 */
import * as protobuf from 'protobufjs';

export type ProtoLabel = 'optional' | 'required' | 'repeated';

export interface ProtoField {
  readonly name: string;
  readonly number: number;
  /** `scalar` includes enums, which Protobuf encodes as numbers. */
  readonly kind: 'scalar' | 'enum' | 'message' | 'map';
  /** Scalar name, or a message/enum's name inside the package (`Order.Line`); for maps, the value type. */
  readonly type: string;
  readonly typePackage: string;
  readonly keyType?: string;
  readonly valueKind?: 'scalar' | 'enum' | 'message';
  /** proto3 fields without a label are singular: `optional` here, as in Protobuf's updating rules. */
  readonly label: ProtoLabel;
  readonly oneof?: string;
  readonly comment?: string;
}

export interface ProtoMessage {
  readonly name: string;
  readonly fields: readonly ProtoField[];
  readonly oneofs: ReadonlyMap<string, readonly number[]>;
  readonly reservedNumbers: readonly (readonly [number, number])[];
  readonly reservedNames: readonly string[];
  readonly comment?: string;
}

export interface ProtoEnum {
  readonly name: string;
  readonly values: ReadonlyMap<number, string>;
  readonly comment?: string;
}

export interface ProtobufSchemaModel {
  readonly syntax: 'proto2' | 'proto3';
  readonly package: string;
  readonly messages: ReadonlyMap<string, ProtoMessage>;
  readonly enums: ReadonlyMap<string, ProtoEnum>;
}

export function buildProtobufModel(root: protobuf.Root, packageName: string, syntax: 'proto2' | 'proto3') {
  const messages = new Map<string, ProtoMessage>();
  const enums = new Map<string, ProtoEnum>();
  const prefix = packageName ? `.${packageName}.` : '.';
  const localName = (fullName: string) =>
    fullName.startsWith(prefix) ? fullName.slice(prefix.length) : fullName.slice(1);
  const packageOf = (type: protobuf.ReflectionObject) => {
    let parent = type.parent;
    while (parent && (parent instanceof protobuf.Type || parent instanceof protobuf.Enum)) parent = parent.parent;
    return parent?.fullName.replace(/^\./, '') ?? '';
  };
  const scope = packageName ? root.lookup(packageName) : root;
  const visit = (namespace: protobuf.NamespaceBase) => {
    for (const nested of namespace.nestedArray) {
      if (nested instanceof protobuf.Type) {
        messages.set(localName(nested.fullName), toMessage(nested, localName, packageOf, syntax));
        visit(nested);
      } else if (nested instanceof protobuf.Enum) {
        enums.set(localName(nested.fullName), {
          name: localName(nested.fullName),
          values: new Map(Object.entries(nested.values).map(([name, number]) => [number, name])),
          comment: nested.comment ?? undefined,
        });
      }
    }
  };
  if (scope instanceof protobuf.Namespace) visit(scope);
  return { syntax, package: packageName, messages, enums } satisfies ProtobufSchemaModel;
}

function toMessage(
  type: protobuf.Type,
  localName: (fullName: string) => string,
  packageOf: (type: protobuf.ReflectionObject) => string,
  syntax: 'proto2' | 'proto3',
): ProtoMessage {
  // proto3 `optional` creates a one-field oneof the author never wrote; it is not a oneof here.
  const realOneofs = type.oneofsArray.filter(
    (oneof) => !(oneof.fieldsArray.length === 1 && oneof.fieldsArray[0]?.options?.proto3_optional === true),
  );
  const fields = type.fieldsArray.map((field): ProtoField => {
    const resolved = field.resolvedType;
    const kind = field.map ? 'map' : resolved instanceof protobuf.Type ? 'message' : resolved ? 'enum' : 'scalar';
    const valueKind = resolved instanceof protobuf.Type ? 'message' : resolved ? 'enum' : 'scalar';
    const oneof = realOneofs.find((candidate) => candidate.fieldsArray.includes(field));
    return {
      name: field.name,
      number: field.id,
      kind,
      type: resolved ? localName(resolved.fullName) : field.type,
      typePackage: resolved ? packageOf(resolved) : '',
      keyType: field instanceof protobuf.MapField ? field.keyType : undefined,
      valueKind: field.map ? valueKind : undefined,
      label: labelOf(field, syntax),
      oneof: oneof?.name,
      comment: field.comment ?? undefined,
    };
  });
  const reserved = type.reserved ?? [];
  return {
    name: localName(type.fullName),
    fields,
    oneofs: new Map(realOneofs.map((oneof) => [oneof.name, oneof.fieldsArray.map((field) => field.id)])),
    reservedNumbers: reserved
      .filter((item): item is number[] => Array.isArray(item))
      .map(([from, to]) => [from ?? 0, to ?? 0] as const),
    reservedNames: reserved.filter((item): item is string => typeof item === 'string'),
    comment: type.comment ?? undefined,
  };
}

function labelOf(field: protobuf.Field, syntax: 'proto2' | 'proto3'): ProtoLabel {
  if (field.repeated || field.map) return 'repeated';
  if (field.required && syntax === 'proto2') return 'required';
  return 'optional';
}

/** `int32`, `repeated string`, `map<string, Order.Line>`, `Status`. */
export function describeProtoField(field: ProtoField): string {
  if (field.kind === 'map') return `map<${field.keyType ?? 'string'}, ${field.type}>`;
  return field.label === 'repeated' || field.label === 'required' ? `${field.label} ${field.type}` : field.type;
}
