import type { OdcsLogicalType } from '@tessera/contracts';

export type JsonObject = Record<string, unknown>;

/** What a schema says about one element, before it gets a name. */
export interface ElementShape {
  readonly logicalType?: OdcsLogicalType;
  readonly physicalType?: string;
  /** The value may be null (an Avro union with null, a JSON Schema type list with "null"). */
  readonly nullable?: boolean;
  readonly properties?: readonly JsonObject[];
  readonly items?: JsonObject;
}

/** Nesting deeper than this is cut off: real schemas stay far below it, generated ones may not. */
export const MAX_DERIVED_DEPTH = 16;

/** An ODCS property (or array item) in the standard's key order, leaving out what is unknown. */
export function odcsElement(
  fields: { name?: string; required?: boolean; description?: string },
  shape: ElementShape,
): JsonObject {
  const element: JsonObject = {};
  if (fields.name !== undefined) element.name = fields.name;
  if (shape.logicalType) element.logicalType = shape.logicalType;
  if (shape.physicalType) element.physicalType = shape.physicalType;
  if (fields.required !== undefined) element.required = fields.required;
  if (fields.description) element.description = fields.description;
  if (shape.properties) element.properties = [...shape.properties];
  if (shape.items) element.items = shape.items;
  return element;
}

/** An array's element: a property without a name or `required`. */
export function odcsItem(shape: ElementShape): JsonObject {
  return odcsElement({}, shape);
}

/** A schema object: the record of a topic, the row of a table. */
export function odcsSchemaObject(
  name: string,
  physicalType: string,
  description: string | undefined,
  properties: readonly JsonObject[],
): JsonObject {
  const object: JsonObject = { name, logicalType: 'object', physicalType };
  if (description) object.description = description;
  object.properties = [...properties];
  return object;
}
