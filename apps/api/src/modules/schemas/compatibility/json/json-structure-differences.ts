/**
 * Objects and arrays, compared as the Confluent registry does: a property (or tuple item) added
 * or removed is judged by the content model of the side that did not have it.
 */
import type { DiffContext } from './json-diff-context';
import type { JsonNode, JsonNodeOf } from './json-model';

export function compareObject(ctx: DiffContext, original: JsonNodeOf<'object'>, update: JsonNodeOf<'object'>): void {
  for (const name of original.properties.keys()) {
    if (!update.properties.has(name)) continue;
    const wasRequired = original.required.has(name);
    const isRequired = update.required.has(name);
    if (wasRequired && !isRequired) ctx.at(`.${name}`).add('REQUIRED_ATTRIBUTE_REMOVED');
    else if (!wasRequired && isRequired) {
      const withDefault = update.properties.get(name)?.hasDefault === true;
      ctx.at(`.${name}`).add(withDefault ? 'REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED' : 'REQUIRED_ATTRIBUTE_ADDED');
    }
  }
  compareProperties(ctx, original, update);
  compareDependencies(ctx, original, update);
  compareAdditionalProperties(ctx, original, update);
  ctx.compareLimit('MAX_PROPERTIES', original.maxProperties, update.maxProperties);
  ctx.compareLimit('MIN_PROPERTIES', original.minProperties, update.minProperties);
}

function isOpenObject(schema: JsonNodeOf<'object'>): boolean {
  return schema.patternProperties.length === 0 && !schema.additionalSchema && schema.permitsAdditional;
}

function partiallyOpenSchema(schema: JsonNodeOf<'object'>, name: string): JsonNode | undefined {
  const pattern = schema.patternProperties.find(([regex]) => safeRegExp(regex)?.test(name));
  return pattern ? pattern[1] : schema.additionalSchema;
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

function compareProperties(ctx: DiffContext, original: JsonNodeOf<'object'>, update: JsonNodeOf<'object'>): void {
  const names = new Set([...original.properties.keys(), ...update.properties.keys()]);
  for (const name of names) {
    const at = ctx.at(`.${name}`);
    const before = original.properties.get(name);
    const after = update.properties.get(name);
    if (before && after) {
      at.compare(before, after);
    } else if (before) {
      // Removal is judged by the update's model: only an open update still accepts the property.
      if (isOpenObject(update)) at.add('PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL', before);
      else coveredOrNot(at, before, partiallyOpenSchema(update, name), 'REMOVED', before.kind === 'false');
    } else if (after) {
      // Addition is judged by the original's model: only a closed original never held the property.
      if (isOpenObject(original)) {
        at.add(
          after.kind === 'empty'
            ? 'PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL'
            : 'PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL',
          undefined,
          after,
        );
        continue;
      }
      const partial = partiallyOpenSchema(original, name);
      if (partial) coveredOrNot(at, partial, after, 'ADDED', false);
      if (update.required.has(name)) {
        at.add(
          after.hasDefault
            ? 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL'
            : 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL',
          undefined,
          after,
        );
      } else {
        at.add('OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', undefined, after);
      }
    }
  }
}

/** A property (or tuple item) moving in or out of a partially open model's catch-all schema. */
function coveredOrNot(
  at: DiffContext,
  original: JsonNode | undefined,
  update: JsonNode | undefined,
  direction: 'ADDED' | 'REMOVED',
  wasFalse: boolean,
  subject: 'PROPERTY' | 'ITEM' = 'PROPERTY',
): void {
  if (!original || !update) {
    const closed =
      direction === 'ADDED'
        ? `${subject}_ADDED_TO_CLOSED_CONTENT_MODEL`
        : `${subject}_REMOVED_FROM_CLOSED_CONTENT_MODEL`;
    at.add(wasFalse ? `${subject}_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL` : closed, original, update);
    return;
  }
  const sub = at.sub();
  sub.compare(original, update);
  at.addAll(sub.differences);
  at.add(
    `${subject}_${direction}_${sub.compatible ? 'IS' : 'NOT'}_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL`,
    original,
    update,
  );
}

function compareDependencies(ctx: DiffContext, original: JsonNodeOf<'object'>, update: JsonNodeOf<'object'>): void {
  const arrays = new Set([...original.propertyDependencies.keys(), ...update.propertyDependencies.keys()]);
  for (const name of arrays) {
    const before = original.propertyDependencies.get(name);
    const after = update.propertyDependencies.get(name);
    const at = ctx.at(`.${name}`);
    if (!after) at.add('DEPENDENCY_ARRAY_REMOVED');
    else if (!before) at.add('DEPENDENCY_ARRAY_ADDED');
    else {
      const grew = [...after].some((item) => !before.has(item));
      const shrank = [...before].some((item) => !after.has(item));
      if (grew || shrank)
        at.add(
          grew && shrank
            ? 'DEPENDENCY_ARRAY_CHANGED'
            : grew
              ? 'DEPENDENCY_ARRAY_EXTENDED'
              : 'DEPENDENCY_ARRAY_NARROWED',
        );
    }
  }
  const schemas = new Set([...original.schemaDependencies.keys(), ...update.schemaDependencies.keys()]);
  for (const name of schemas) {
    const before = original.schemaDependencies.get(name);
    const after = update.schemaDependencies.get(name);
    if (!after) ctx.at(`.${name}`).add('DEPENDENCY_SCHEMA_REMOVED');
    else if (!before) ctx.at(`.${name}`).add('DEPENDENCY_SCHEMA_ADDED');
    else ctx.at(`.${name}`).compare(before, after);
  }
}

/** Reported at the object itself; a schema for additional properties is compared at `{}`. */
function compareAdditionalProperties(
  at: DiffContext,
  original: JsonNodeOf<'object'>,
  update: JsonNodeOf<'object'>,
): void {
  if (original.permitsAdditional !== update.permitsAdditional) {
    at.add(
      update.permitsAdditional ? 'ADDITIONAL_PROPERTIES_ADDED' : 'ADDITIONAL_PROPERTIES_REMOVED',
      original,
      update,
    );
  } else if (!original.additionalSchema && update.additionalSchema) {
    at.add('ADDITIONAL_PROPERTIES_NARROWED', original, update);
  } else if (original.additionalSchema && !update.additionalSchema) {
    at.add('ADDITIONAL_PROPERTIES_EXTENDED', original, update);
  } else {
    at.at('{}').compare(original.additionalSchema, update.additionalSchema);
  }
}

function isOpenArray(schema: JsonNodeOf<'array'>): boolean {
  return schema.permitsAdditionalItems && !schema.additionalItemsSchema;
}

export function compareArray(ctx: DiffContext, original: JsonNodeOf<'array'>, update: JsonNodeOf<'array'>): void {
  ctx.at('[]').compare(original.allItems, update.allItems);
  const before = original.itemSchemas ?? [];
  const after = update.itemSchemas ?? [];
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    const at = ctx.at(`[${index}]`);
    const from = before[index];
    const to = after[index];
    if (from && to) at.compare(from, to);
    else if (from) {
      if (isOpenArray(update)) at.add('ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL', from);
      else coveredOrNot(at, from, update.additionalItemsSchema, 'REMOVED', from.kind === 'false', 'ITEM');
    } else if (to) {
      if (isOpenArray(original)) {
        at.add(
          to.kind === 'empty'
            ? 'ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL'
            : 'ITEM_ADDED_TO_OPEN_CONTENT_MODEL',
          undefined,
          to,
        );
      } else if (original.additionalItemsSchema) {
        coveredOrNot(at, original.additionalItemsSchema, to, 'ADDED', false, 'ITEM');
      } else {
        at.add('ITEM_ADDED_TO_CLOSED_CONTENT_MODEL', undefined, to);
      }
    }
  }
  const at = ctx.at('[+]');
  if (original.permitsAdditionalItems !== update.permitsAdditionalItems) {
    at.add(original.permitsAdditionalItems ? 'ADDITIONAL_ITEMS_REMOVED' : 'ADDITIONAL_ITEMS_ADDED');
  } else if (!original.additionalItemsSchema && update.additionalItemsSchema) {
    at.add('ADDITIONAL_ITEMS_NARROWED');
  } else if (original.additionalItemsSchema && !update.additionalItemsSchema) {
    at.add('ADDITIONAL_ITEMS_EXTENDED');
  } else {
    at.compare(original.additionalItemsSchema, update.additionalItemsSchema);
  }
  ctx.compareLimit('MAX_ITEMS', original.maxItems, update.maxItems);
  ctx.compareLimit('MIN_ITEMS', original.minItems, update.minItems);
  if (original.uniqueItems !== update.uniqueItems)
    ctx.add(original.uniqueItems ? 'UNIQUE_ITEMS_REMOVED' : 'UNIQUE_ITEMS_ADDED');
}
