/**
 * The Confluent registry's JSON Schema comparison, one direction: every difference from
 * `original` to `update`, each of a named type; the update can validate everything the original
 * accepted when all of them are in JSON_COMPATIBLE_CHANGES. Content models decide what adding
 * or removing a property means: in an open model (no `additionalProperties` restriction) a
 * property may already have held anything, in a closed one it could not exist.
 */
import { DiffContext, type JsonDifference } from './json-diff-context';
import { type JsonNode, type JsonNodeOf, nodeKey } from './json-model';
import { compareArray, compareObject } from './json-structure-differences';
import { maximumMatching } from './maximum-matching';

export type { JsonDifference } from './json-diff-context';
export { JSON_COMPATIBLE_CHANGES } from './json-compatible-changes';

export function jsonDifferences(original: JsonNode, update: JsonNode): JsonDifference[] {
  const context = new DiffContext('$', [], new Set(), compare);
  compare(context, original, update);
  return context.differences;
}

function compare(ctx: DiffContext, original: JsonNode | undefined, update: JsonNode | undefined): void {
  if (!original && !update) return;
  if (!original) return ctx.add('SCHEMA_ADDED', original, update);
  if (!update) return ctx.add('SCHEMA_REMOVED', original, update);

  if (original.kind !== 'combined' && update.kind === 'combined') {
    if (update.subschemas.length === 1) {
      if (tryAdopt(ctx, original, update.subschemas[0] as JsonNode)) return;
    } else if (update.criterion !== 'allOf') {
      for (const subschema of update.subschemas) {
        if (tryAdopt(ctx, original, subschema)) return ctx.add('SUM_TYPE_EXTENDED', original, update);
      }
    }
  } else if (original.kind === 'combined' && update.kind !== 'combined' && original.subschemas.length === 1) {
    if (tryAdopt(ctx, original.subschemas[0] as JsonNode, update)) return;
  }

  if (original.kind !== update.kind) {
    if (original.kind === 'false' || update.kind === 'empty') return;
    return ctx.add('TYPE_CHANGED', original, update);
  }
  if (!ctx.enter(original)) return;
  try {
    if ((original.id ?? null) !== (update.id ?? null)) ctx.add('ID_CHANGED', original, update);
    if ((original.title ?? null) !== (update.title ?? null)) ctx.add('TITLE_CHANGED', original, update);
    if ((original.description ?? null) !== (update.description ?? null))
      ctx.add('DESCRIPTION_CHANGED', original, update);
    if (JSON.stringify(original.default) !== JSON.stringify(update.default))
      ctx.add('DEFAULT_CHANGED', original, update);
    compareSameKind(ctx, original, update);
  } finally {
    ctx.leave(original);
  }
}

/** Compares in a scratch context and keeps the differences only if they are all compatible. */
function tryAdopt(ctx: DiffContext, original: JsonNode, update: JsonNode): boolean {
  const sub = ctx.sub();
  compare(sub, original, update);
  if (!sub.compatible) return false;
  ctx.addAll(sub.differences);
  return true;
}

function compareSameKind(ctx: DiffContext, original: JsonNode, update: JsonNode): void {
  switch (original.kind) {
    case 'string':
      return compareString(ctx, original, update as JsonNodeOf<'string'>);
    case 'number':
      return compareNumber(ctx, original, update as JsonNodeOf<'number'>);
    case 'enum':
      return compareEnum(ctx, original, update as JsonNodeOf<'enum'>);
    case 'const':
      if (original.value !== (update as JsonNodeOf<'const'>).value) ctx.add('CONST_CHANGED', original, update);
      return;
    case 'not':
      return compareNot(ctx, original, update as JsonNodeOf<'not'>);
    case 'combined':
      return compareCombined(ctx, original, update as JsonNodeOf<'combined'>);
    case 'object':
      return compareObject(ctx, original, update as JsonNodeOf<'object'>);
    case 'array':
      return compareArray(ctx, original, update as JsonNodeOf<'array'>);
    default:
      return;
  }
}

function compareString(ctx: DiffContext, original: JsonNodeOf<'string'>, update: JsonNodeOf<'string'>): void {
  ctx.compareLimit('MAX_LENGTH', original.maxLength, update.maxLength);
  ctx.compareLimit('MIN_LENGTH', original.minLength, update.minLength);
  if (original.pattern === update.pattern) return;
  if (original.pattern === undefined) ctx.add('PATTERN_ADDED');
  else if (update.pattern === undefined) ctx.add('PATTERN_REMOVED');
  else ctx.add('PATTERN_CHANGED');
}

function compareNumber(ctx: DiffContext, original: JsonNodeOf<'number'>, update: JsonNodeOf<'number'>): void {
  ctx.compareLimit('MAXIMUM', original.maximum, update.maximum);
  ctx.compareLimit('MINIMUM', original.minimum, update.minimum);
  ctx.compareLimit('EXCLUSIVE_MAXIMUM', original.exclusiveMaximum, update.exclusiveMaximum);
  ctx.compareLimit('EXCLUSIVE_MINIMUM', original.exclusiveMinimum, update.exclusiveMinimum);
  const [before, after] = [original.multipleOf, update.multipleOf];
  if (before !== after) {
    if (before === undefined) ctx.add('MULTIPLE_OF_ADDED');
    else if (after === undefined) ctx.add('MULTIPLE_OF_REMOVED');
    else if (Math.trunc(after) !== 0 && Math.trunc(after) % Math.trunc(before) === 0) ctx.add('MULTIPLE_OF_EXPANDED');
    else if (Math.trunc(after) !== 0 && Math.trunc(before) % Math.trunc(after) === 0) ctx.add('MULTIPLE_OF_REDUCED');
    else ctx.add('MULTIPLE_OF_CHANGED');
  }
  if (original.integer !== update.integer)
    ctx.add(original.integer ? 'TYPE_EXTENDED' : 'TYPE_NARROWED', original, update);
}

function compareEnum(ctx: DiffContext, original: JsonNodeOf<'enum'>, update: JsonNodeOf<'enum'>): void {
  const added = [...update.values].some((value) => !original.values.has(value));
  const removed = [...original.values].some((value) => !update.values.has(value));
  if (!added && !removed) return;
  ctx.add(removed ? (added ? 'ENUM_ARRAY_CHANGED' : 'ENUM_ARRAY_NARROWED') : 'ENUM_ARRAY_EXTENDED', original, update);
}

function compareNot(ctx: DiffContext, original: JsonNodeOf<'not'>, update: JsonNodeOf<'not'>): void {
  if (nodeKey(original.schema) === nodeKey(update.schema)) return;
  // `not` turns widening inside out: a smaller forbidden set is a larger accepted one.
  const reversed = ctx.sub();
  compare(reversed, update.schema, original.schema);
  ctx.add(reversed.compatible ? 'NOT_TYPE_NARROWED' : 'NOT_TYPE_EXTENDED', original, update);
}

function compareCombined(ctx: DiffContext, original: JsonNodeOf<'combined'>, update: JsonNodeOf<'combined'>): void {
  const criterion = compareCriteria(original, update);
  if (criterion) ctx.add(criterion, original, update);
  if (criterion === 'COMBINED_TYPE_CHANGED') return;
  const originals = distinct(original.subschemas);
  const updates = distinct(update.subschemas);
  if (originals.length < updates.length) {
    ctx.add(update.criterion === 'allOf' ? 'PRODUCT_TYPE_EXTENDED' : 'SUM_TYPE_EXTENDED', original, update);
  } else if (originals.length > updates.length) {
    ctx.add(update.criterion === 'allOf' ? 'PRODUCT_TYPE_NARROWED' : 'SUM_TYPE_NARROWED', original, update);
  }
  // Which original subschema can become which update subschema compatibly, then the largest matching.
  const edges = originals.map((from, index) =>
    updates.map((to) => {
      const sub = ctx.at(`.${original.criterion}[${index}]`).sub();
      compare(sub, from, to);
      return sub.compatible ? sub.differences : undefined;
    }),
  );
  const matching = maximumMatching(edges.map((row) => row.map((cell) => cell !== undefined)));
  matching.forEach((to, from) => {
    if (to >= 0) ctx.addAll(edges[from]?.[to] ?? []);
  });
  const matched = matching.filter((to) => to >= 0).length;
  if (matched < Math.min(originals.length, updates.length))
    ctx.add('COMBINED_TYPE_SUBSCHEMAS_CHANGED', original, update);
}

function compareCriteria(original: JsonNodeOf<'combined'>, update: JsonNodeOf<'combined'>): string | undefined {
  if (original.criterion === update.criterion) return undefined;
  if (update.criterion === 'anyOf') return 'COMBINED_TYPE_EXTENDED';
  if (update.criterion === 'oneOf')
    return original.subschemas.length === 1 ? 'COMBINED_TYPE_EXTENDED' : 'COMBINED_TYPE_CHANGED';
  return original.subschemas.length === 1 && update.subschemas.length === 1
    ? 'COMBINED_TYPE_EXTENDED'
    : 'COMBINED_TYPE_CHANGED';
}

function distinct(nodes: readonly JsonNode[]): JsonNode[] {
  const seen = new Set<string>();
  return nodes.filter((node) => {
    const key = nodeKey(node);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
