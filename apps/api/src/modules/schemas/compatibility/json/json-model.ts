/** JSON Schema nodes as the engine compares them (see json-loader.ts for how they are built). */
import { canonicalJson } from '../fingerprint';

export type JsonDraft = 'draft-07' | '2020-12';

export interface JsonSchemaDocument {
  readonly draft: JsonDraft;
  readonly raw: unknown;
}

export interface Annotations {
  id?: string;
  title?: string;
  description?: string;
  hasDefault: boolean;
  default?: unknown;
  /** The raw schema this node comes from and which part of it: see `nodeKey`. */
  source: unknown;
  variant: string;
}

export type JsonNode = Annotations &
  (
    | { kind: 'empty' }
    | { kind: 'false' }
    | { kind: 'boolean' }
    | { kind: 'null' }
    | { kind: 'string'; minLength?: number; maxLength?: number; pattern?: string }
    | {
        kind: 'number';
        integer: boolean;
        minimum?: number;
        maximum?: number;
        exclusiveMinimum?: number;
        exclusiveMaximum?: number;
        multipleOf?: number;
      }
    | {
        kind: 'object';
        properties: Map<string, JsonNode>;
        required: Set<string>;
        permitsAdditional: boolean;
        additionalSchema?: JsonNode;
        patternProperties: [string, JsonNode][];
        minProperties?: number;
        maxProperties?: number;
        propertyDependencies: Map<string, Set<string>>;
        schemaDependencies: Map<string, JsonNode>;
      }
    | {
        kind: 'array';
        allItems?: JsonNode;
        itemSchemas?: JsonNode[];
        permitsAdditionalItems: boolean;
        additionalItemsSchema?: JsonNode;
        minItems?: number;
        maxItems?: number;
        uniqueItems: boolean;
      }
    | { kind: 'enum'; values: Set<string> }
    | { kind: 'const'; value: string }
    | { kind: 'not'; schema: JsonNode }
    | { kind: 'combined'; criterion: 'allOf' | 'anyOf' | 'oneOf'; subschemas: JsonNode[] }
    | { kind: 'opaque'; keyword: string }
  );

export type JsonNodeOf<Kind extends JsonNode['kind']> = Extract<JsonNode, { kind: Kind }>;

/** A node's own fields, without the annotations every node has. */
export type NodeBody = JsonNode extends infer Node
  ? Node extends JsonNode
    ? Omit<Node, keyof Annotations>
    : never
  : never;

const canonicalSources = new WeakMap<object, string>();

/**
 * Equal keys mean equal schemas (used to collapse duplicate subschemas). Computed on demand:
 * most comparisons never need one, and printing every subtree for every node is quadratic.
 */
export function nodeKey(node: JsonNode): string {
  const source = node.source;
  if (source === null || typeof source !== 'object') return `${node.variant}:${JSON.stringify(source)}`;
  let canonical = canonicalSources.get(source);
  if (canonical === undefined) {
    canonical = canonicalJson(source);
    canonicalSources.set(source, canonical);
  }
  return `${node.variant}:${canonical}`;
}
