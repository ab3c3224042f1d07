/**
 * JSON Schema loaded the way the Confluent registry's library (everit) sees it, because its
 * compatibility rules are written against that shape: `type` plus the keywords of that type
 * make one typed schema, several types make an anyOf, `enum`/`const`/`not`/`allOf`/`anyOf`/
 * `oneOf` each make their own schema, and a node that yields several of these is an implied
 * allOf. `$ref`s are resolved (recursive references share one node).
 */
import { canonicalJson } from '../fingerprint';
import type { Annotations, JsonNode, JsonNodeOf, JsonSchemaDocument, NodeBody } from './json-model';

type Raw = Record<string, unknown>;

const OBJECT_KEYWORDS = [
  'properties',
  'required',
  'minProperties',
  'maxProperties',
  'dependencies',
  'dependentRequired',
  'dependentSchemas',
  'patternProperties',
  'additionalProperties',
  'propertyNames',
];
const ARRAY_KEYWORDS = ['items', 'prefixItems', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'];
const STRING_KEYWORDS = ['minLength', 'maxLength', 'pattern', 'format'];
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
const TYPED_KEYWORDS: [string, string[]][] = [
  ['object', OBJECT_KEYWORDS],
  ['array', ARRAY_KEYWORDS],
  ['string', STRING_KEYWORDS],
  ['number', NUMBER_KEYWORDS],
];

const BASE_URI = 'tessera:///schema.json';

const ANNOTATION_KEYWORDS = new Set([
  '$ref',
  '$schema',
  '$id',
  '$comment',
  '$defs',
  'definitions',
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

/** Loads nodes on demand; one loader per document, so shared raw objects load once. */
export class JsonSchemaLoader {
  private readonly loaded = new Map<unknown, JsonNode>();
  private readonly documents = new Map<string, unknown>();
  private readonly anchors = new Map<string, unknown>();
  private readonly baseOf = new Map<unknown, string>();

  constructor(private readonly document: JsonSchemaDocument) {
    this.index(document.raw, BASE_URI);
    this.documents.set(BASE_URI, document.raw);
  }

  root(): JsonNode {
    return this.load(this.document.raw);
  }

  /** Every `$ref` in the document that does not resolve to a schema, with the JSON path of each. */
  unresolvedReferences(): { path: (string | number)[]; ref: string }[] {
    const unresolved: { path: (string | number)[]; ref: string }[] = [];
    const visit = (value: unknown, path: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
      else if (value !== null && typeof value === 'object') {
        const raw = value as Raw;
        if (typeof raw.$ref === 'string' && !isSchema(this.resolve(raw.$ref, this.baseOf.get(raw) ?? BASE_URI))) {
          unresolved.push({ path: [...path, '$ref'], ref: raw.$ref });
        }
        for (const [key, item] of Object.entries(raw))
          if (key !== 'enum' && key !== 'const') visit(item, [...path, key]);
      }
    };
    visit(this.document.raw, []);
    return unresolved;
  }

  private index(value: unknown, base: string): void {
    if (Array.isArray(value)) {
      for (const item of value) this.index(item, base);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const raw = value as Raw;
    let ownBase = base;
    if (typeof raw.$id === 'string') {
      const url = safeUrl(raw.$id, base);
      if (url) {
        if (url.hash.length > 1 && this.document.draft === 'draft-07') this.anchors.set(url.href, raw);
        url.hash = '';
        ownBase = url.href;
        this.documents.set(ownBase, raw);
      }
    }
    if (typeof raw.$anchor === 'string') this.anchors.set(`${ownBase}#${raw.$anchor}`, raw);
    this.baseOf.set(raw, ownBase);
    for (const [key, item] of Object.entries(raw)) if (key !== 'enum' && key !== 'const') this.index(item, ownBase);
  }

  private resolve(ref: string, base: string): unknown {
    const url = safeUrl(ref, base);
    if (!url) return undefined;
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    const document = this.documents.get(url.href);
    if (document === undefined) return undefined;
    if (fragment === '') return document;
    if (!fragment.startsWith('/')) return this.anchors.get(`${url.href}#${fragment}`);
    let current: unknown = document;
    for (const segment of fragment.slice(1).split('/')) {
      const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Raw)[key];
    }
    return current;
  }

  load(value: unknown, resolving: ReadonlySet<unknown> = new Set()): JsonNode {
    const known = this.loaded.get(value);
    if (known) return known;
    if (value === true) return { kind: 'empty', hasDefault: false, source: true, variant: '' };
    if (value === false) return { kind: 'false', hasDefault: false, source: false, variant: '' };
    const raw = value as Raw;
    if (this.isPureReference(raw)) {
      const target = this.resolve(raw.$ref as string, this.baseOf.get(raw) ?? BASE_URI);
      if (target !== undefined && !resolving.has(target)) {
        const node = this.load(target, new Set([...resolving, value]));
        this.loaded.set(value, node);
        return node;
      }
    }
    const node = { hasDefault: false, source: raw, variant: '' } as JsonNode;
    // Registered before it is filled in, so a schema that refers to itself gets this node.
    this.loaded.set(value, node);
    Object.assign(node, this.build(raw));
    return node;
  }

  /** A `$ref` with nothing beside it but annotations (draft-07 ignores siblings anyway) is its target. */
  private isPureReference(raw: Raw): boolean {
    if (typeof raw.$ref !== 'string') return false;
    return this.document.draft === 'draft-07' || Object.keys(raw).every((key) => ANNOTATION_KEYWORDS.has(key));
  }

  private build(raw: Raw): JsonNode {
    const parts: JsonNode[] = [];
    if (typeof raw.$ref === 'string') {
      const target = this.resolve(raw.$ref, this.baseOf.get(raw) ?? BASE_URI);
      if (target !== undefined) parts.push(this.load(target));
    }
    if (Array.isArray(raw.enum))
      parts.push(this.leaf(raw, { kind: 'enum', values: new Set(raw.enum.map(canonicalJson)) }));
    if ('const' in raw) parts.push(this.leaf(raw, { kind: 'const', value: canonicalJson(raw.const) }));
    if (raw.not !== undefined) parts.push(this.leaf(raw, { kind: 'not', schema: this.load(raw.not) }));
    for (const criterion of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = raw[criterion];
      if (Array.isArray(list)) {
        parts.push(this.leaf(raw, { kind: 'combined', criterion, subschemas: list.map((item) => this.load(item)) }));
      }
    }
    if (raw.if !== undefined) {
      const conditional = { if: raw.if, then: raw.then, else: raw.else };
      parts.push({ kind: 'opaque', keyword: 'if', hasDefault: false, source: conditional, variant: 'if' });
    }
    parts.push(...this.typed(raw));
    const annotations: Annotations = {
      id: typeof raw.$id === 'string' ? raw.$id : undefined,
      title: typeof raw.title === 'string' ? raw.title : undefined,
      description: typeof raw.description === 'string' ? raw.description : undefined,
      hasDefault: 'default' in raw,
      default: raw.default,
      source: raw,
      variant: '',
    };
    if (parts.length === 0) return { ...annotations, kind: 'empty' };
    if (parts.length === 1) return { ...(parts[0] as JsonNode), ...annotations };
    return { ...annotations, kind: 'combined', criterion: 'allOf', subschemas: parts };
  }

  private leaf(raw: Raw, node: NodeBody): JsonNode {
    return { ...node, hasDefault: false, source: raw, variant: node.kind };
  }

  private typed(raw: Raw): JsonNode[] {
    const type = raw.type;
    if (typeof type === 'string') return [this.ofType(type, raw)];
    if (Array.isArray(type)) {
      const subschemas = type
        .filter((item): item is string => typeof item === 'string')
        .map((t) => this.ofType(t, raw));
      return [this.leaf(raw, { kind: 'combined', criterion: 'anyOf', subschemas })];
    }
    return TYPED_KEYWORDS.filter(([, keywords]) => keywords.some((keyword) => keyword in raw)).map(([name]) =>
      this.ofType(name, raw),
    );
  }

  private ofType(type: string, raw: Raw): JsonNode {
    const base = { hasDefault: false, source: raw, variant: type };
    switch (type) {
      case 'object':
        return { ...this.objectParts(raw), ...base };
      case 'array':
        return { ...this.arrayParts(raw), ...base };
      case 'string':
        return {
          ...base,
          kind: 'string',
          minLength: num(raw.minLength),
          maxLength: num(raw.maxLength),
          pattern: typeof raw.pattern === 'string' ? raw.pattern : undefined,
        };
      case 'number':
      case 'integer':
        return {
          ...base,
          kind: 'number',
          integer: type === 'integer',
          minimum: num(raw.minimum),
          maximum: num(raw.maximum),
          exclusiveMinimum: num(raw.exclusiveMinimum),
          exclusiveMaximum: num(raw.exclusiveMaximum),
          multipleOf: num(raw.multipleOf),
        };
      case 'boolean':
        return { ...base, kind: 'boolean' };
      case 'null':
        return { ...base, kind: 'null' };
      default:
        return { ...base, kind: 'empty' };
    }
  }

  private objectParts(raw: Raw): JsonNodeOf<'object'> {
    const properties = new Map<string, JsonNode>();
    for (const [name, schema] of Object.entries((raw.properties as Raw | undefined) ?? {})) {
      properties.set(name, this.load(schema));
    }
    const additional = raw.additionalProperties;
    const propertyDependencies = new Map<string, Set<string>>();
    const schemaDependencies = new Map<string, JsonNode>();
    const dependencies = { ...((raw.dependencies as Raw) ?? {}), ...((raw.dependentRequired as Raw) ?? {}) };
    for (const [name, dependency] of Object.entries(dependencies)) {
      if (Array.isArray(dependency)) propertyDependencies.set(name, new Set(dependency.map(String)));
      else schemaDependencies.set(name, this.load(dependency));
    }
    for (const [name, schema] of Object.entries((raw.dependentSchemas as Raw | undefined) ?? {})) {
      schemaDependencies.set(name, this.load(schema));
    }
    return {
      kind: 'object',
      hasDefault: false,
      source: raw,
      variant: 'object',
      properties,
      required: new Set(Array.isArray(raw.required) ? raw.required.map(String) : []),
      permitsAdditional: additional !== false,
      additionalSchema: additional !== null && typeof additional === 'object' ? this.load(additional) : undefined,
      patternProperties: Object.entries((raw.patternProperties as Raw | undefined) ?? {}).map(([pattern, schema]) => [
        pattern,
        this.load(schema),
      ]),
      minProperties: num(raw.minProperties),
      maxProperties: num(raw.maxProperties),
      propertyDependencies,
      schemaDependencies,
    };
  }

  private arrayParts(raw: Raw): JsonNodeOf<'array'> {
    // 2020-12 spells tuples `prefixItems` + `items`; draft-07 spells them `items: [...]` + `additionalItems`.
    const tuple = Array.isArray(raw.prefixItems) ? raw.prefixItems : Array.isArray(raw.items) ? raw.items : undefined;
    const rest = Array.isArray(raw.prefixItems)
      ? raw.items
      : Array.isArray(raw.items)
        ? raw.additionalItems
        : undefined;
    return {
      kind: 'array',
      hasDefault: false,
      source: raw,
      variant: 'array',
      allItems: tuple === undefined && raw.items !== undefined ? this.load(raw.items) : undefined,
      itemSchemas: tuple?.map((item) => this.load(item)),
      permitsAdditionalItems: rest !== false,
      additionalItemsSchema: rest !== null && typeof rest === 'object' ? this.load(rest) : undefined,
      minItems: num(raw.minItems),
      maxItems: num(raw.maxItems),
      uniqueItems: raw.uniqueItems === true,
    };
  }
}

/** What a `$ref` may point at: a schema object or a boolean schema. */
function isSchema(value: unknown): boolean {
  return typeof value === 'boolean' || (value !== null && typeof value === 'object' && !Array.isArray(value));
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function safeUrl(ref: string, base: string): URL | undefined {
  try {
    return new URL(ref, base);
  } catch {
    return undefined;
  }
}
