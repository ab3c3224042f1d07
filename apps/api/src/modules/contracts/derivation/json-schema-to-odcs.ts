import type { OdcsLogicalType } from '@tessera/contracts';
import type { JsonNode, JsonSchemaDocument } from '../../schemas/compatibility/json/json-model';
import { jsonRootOf } from '../../schemas/compatibility/json/json-root';
import {
  MAX_DERIVED_DEPTH,
  odcsElement,
  odcsItem,
  odcsSchemaObject,
  type ElementShape,
  type JsonObject,
} from './odcs-element';

/** String formats with an ODCS logical type of their own. */
const FORMAT_TYPES: Readonly<Record<string, OdcsLogicalType>> = {
  date: 'date',
  'date-time': 'timestamp',
  time: 'time',
};

function rawOf(node: JsonNode): Record<string, unknown> {
  const source = node.source;
  return typeof source === 'object' && source !== null && !Array.isArray(source)
    ? (source as Record<string, unknown>)
    : {};
}

/** The logical type shared by every listed value (an enum, a const), if there is one. */
function typeOfValues(values: readonly unknown[]): OdcsLogicalType | undefined {
  const types = new Set(
    values.map((value) =>
      typeof value === 'string'
        ? 'string'
        : typeof value === 'boolean'
          ? 'boolean'
          : typeof value === 'number'
            ? Number.isInteger(value)
              ? 'integer'
              : 'number'
            : 'other',
    ),
  );
  if (types.size === 2 && types.has('integer') && types.has('number')) return 'number';
  const [only] = types;
  return types.size === 1 && only !== 'other' ? only : undefined;
}

/** An allOf's parts merged: the properties of every object part, the first typed part otherwise. */
function mergeAll(shapes: readonly ElementShape[]): ElementShape {
  const objects = shapes.filter((shape) => shape.logicalType === 'object');
  if (objects.length === 0) return shapes.find((shape) => shape.logicalType !== undefined) ?? {};
  const properties = new Map<string, JsonObject>();
  for (const shape of objects)
    for (const property of shape.properties ?? [])
      if (!properties.has(String(property.name))) properties.set(String(property.name), property);
  return { logicalType: 'object', physicalType: 'object', properties: [...properties.values()] };
}

function shapeOf(node: JsonNode, path: readonly JsonNode[]): ElementShape {
  // A schema that refers to itself is one shared node: describe it once.
  if (path.includes(node) || path.length >= MAX_DERIVED_DEPTH)
    return node.kind === 'object' ? { logicalType: 'object', physicalType: 'object' } : {};
  const inner = [...path, node];
  switch (node.kind) {
    case 'object':
      return {
        logicalType: 'object',
        physicalType: 'object',
        properties: [...node.properties].map(([name, child]) => {
          const shape = shapeOf(child, inner);
          return odcsElement(
            { name, required: node.required.has(name) && !shape.nullable, description: child.description },
            shape,
          );
        }),
      };
    case 'array':
      return {
        logicalType: 'array',
        physicalType: 'array',
        ...(node.allItems ? { items: odcsItem(shapeOf(node.allItems, inner)) } : {}),
      };
    case 'string': {
      const format = rawOf(node).format;
      if (typeof format !== 'string') return { logicalType: 'string', physicalType: 'string' };
      return { logicalType: FORMAT_TYPES[format] ?? 'string', physicalType: `string (${format})` };
    }
    case 'number':
      return node.integer
        ? { logicalType: 'integer', physicalType: 'integer' }
        : { logicalType: 'number', physicalType: 'number' };
    case 'boolean':
      return { logicalType: 'boolean', physicalType: 'boolean' };
    case 'null':
      return { nullable: true, physicalType: 'null' };
    case 'enum': {
      const values = rawOf(node).enum;
      const list = Array.isArray(values) ? values : [];
      return {
        logicalType: typeOfValues(list.filter((value) => value !== null)),
        physicalType: 'enum',
        nullable: list.includes(null),
      };
    }
    case 'const':
      return { logicalType: typeOfValues([rawOf(node).const]), physicalType: 'const' };
    case 'combined': {
      if (node.criterion === 'allOf') return mergeAll(node.subschemas.map((part) => shapeOf(part, inner)));
      const present = node.subschemas.filter((part) => part.kind !== 'null');
      const nullable = present.length < node.subschemas.length;
      const only = present.length === 1 ? present[0] : undefined;
      return only ? { ...shapeOf(only, inner), nullable } : { physicalType: node.criterion, nullable };
    }
    default:
      return {};
  }
}

/** The schema object of a JSON Schema whose top is an object; null for any other top. */
export function jsonSchemaToOdcs(
  document: JsonSchemaDocument,
  physicalType: string,
  fallbackName: string,
): JsonObject[] | null {
  const root = jsonRootOf(document);
  const shape = shapeOf(root, []);
  if (shape.logicalType !== 'object' || !shape.properties) return null;
  return [odcsSchemaObject(root.title ?? fallbackName, physicalType, root.description, shape.properties)];
}
