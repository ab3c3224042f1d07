/** Property-level differences between two JSON Schemas, for people (the portal) rather than verdicts. */
import type { FieldDiffEntry } from '../compatibility.types';
import { type JsonNode, type JsonNodeOf, nodeKey } from './json-model';

export function diffJsonSchemas(from: JsonNode, to: JsonNode): FieldDiffEntry[] {
  const entries: FieldDiffEntry[] = [];
  diffNodes(from, to, '$', entries, new Set());
  return entries;
}

function diffNodes(from: JsonNode, to: JsonNode, path: string, entries: FieldDiffEntry[], seen: Set<JsonNode>) {
  if (seen.has(from)) return;
  seen.add(from);
  const fromObject = objectOf(from);
  const toObject = objectOf(to);
  if (fromObject && toObject) {
    diffObjects(fromObject, toObject, path, entries, seen);
    return;
  }
  const fromItems = itemsOf(from);
  const toItems = itemsOf(to);
  if (fromItems && toItems) diffNodes(fromItems, toItems, `${path}[]`, entries, seen);
}

function diffObjects(
  from: JsonNodeOf<'object'>,
  to: JsonNodeOf<'object'>,
  path: string,
  entries: FieldDiffEntry[],
  seen: Set<JsonNode>,
) {
  for (const [name, toNode] of to.properties) {
    const fieldPath = `${path}.${name}`;
    const fromNode = from.properties.get(name);
    if (!fromNode) {
      entries.push({
        path: fieldPath,
        change: 'ADDED',
        toType: describeJsonNode(toNode),
        toDoc: toNode.description,
        ...(to.required.has(name) ? { aspects: ['required'] } : {}),
      });
      continue;
    }
    const aspects: string[] = [];
    const fromType = describeJsonNode(fromNode);
    const toType = describeJsonNode(toNode);
    if (fromType !== toType) aspects.push('type');
    if ((fromNode.description ?? '') !== (toNode.description ?? '')) aspects.push('doc');
    if (from.required.has(name) !== to.required.has(name)) aspects.push('required');
    if (JSON.stringify(fromNode.default) !== JSON.stringify(toNode.default)) aspects.push('default');
    if (aspects.length === 0 && nodeKey(fromNode) !== nodeKey(toNode)) aspects.push('constraints');
    if (aspects.length > 0) {
      entries.push({
        path: fieldPath,
        change: 'CHANGED',
        fromType,
        toType,
        fromDoc: fromNode.description,
        toDoc: toNode.description,
        aspects,
      });
    }
    diffNodes(fromNode, toNode, fieldPath, entries, seen);
  }
  for (const [name, fromNode] of from.properties) {
    if (to.properties.has(name)) continue;
    entries.push({
      path: `${path}.${name}`,
      change: 'REMOVED',
      fromType: describeJsonNode(fromNode),
      fromDoc: fromNode.description,
    });
  }
}

/** The object a node describes, directly, as the only non-null alternative, or inside an allOf. */
export function objectOf(node: JsonNode): JsonNodeOf<'object'> | undefined {
  if (node.kind === 'object') return node;
  if (node.kind === 'combined') {
    const objects = node.subschemas.map(objectOf).filter((item) => item !== undefined);
    return objects.length === 1 ? objects[0] : undefined;
  }
  return undefined;
}

export function itemsOf(node: JsonNode): JsonNode | undefined {
  if (node.kind === 'array') return node.allItems;
  if (node.kind === 'combined') {
    const items = node.subschemas.map(itemsOf).filter((item) => item !== undefined);
    return items.length === 1 ? items[0] : undefined;
  }
  return undefined;
}

/** `string`, `integer`, `string | null`, `array<number>`, `enum ["a", "b"]`, `object`. */
export function describeJsonNode(node: JsonNode, depth = 0): string {
  switch (node.kind) {
    case 'empty':
      return 'any';
    case 'false':
      return 'nothing';
    case 'number':
      return node.integer ? 'integer' : 'number';
    case 'array':
      return node.allItems && depth < 3 ? `array<${describeJsonNode(node.allItems, depth + 1)}>` : 'array';
    case 'enum':
      return `enum [${[...node.values].join(', ')}]`;
    case 'const':
      return `const ${node.value}`;
    case 'not':
      return 'not(...)';
    case 'opaque':
      return 'conditional';
    case 'combined': {
      if (depth >= 3) return node.criterion;
      const parts = node.subschemas.map((subschema) => describeJsonNode(subschema, depth + 1));
      return node.criterion === 'anyOf' ? parts.join(' | ') : `${node.criterion}(${parts.join(', ')})`;
    }
    default:
      return node.kind;
  }
}
