import Ajv, { type ErrorObject } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import type { ParseResult, SchemaIssue } from '../compatibility.types';
import { schemaInvalid } from '../schema-issues';
import { canonicalJson, sha256Hex } from '../fingerprint';
import { formatJsonPath, locateJsonPath, parseJsonText } from '../json-source';
import { JsonSchemaLoader } from './json-loader';
import type { JsonDraft } from './json-model';

const DRAFTS: Record<string, JsonDraft> = {
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
  'http://json-schema.org/draft/2020-12/schema': '2020-12',
};

// Validators are costly to build, so one per draft. Not strict: real schemas carry vendor
// keywords (`connect.type`, `x-...`) and formats we do not check.
const validators: Partial<Record<JsonDraft, Ajv>> = {};
function validatorFor(draft: JsonDraft): Ajv {
  const options = { strict: false, validateFormats: false, allErrors: true, logger: false as const };
  return (validators[draft] ??= draft === '2020-12' ? new Ajv2020(options) : new Ajv(options));
}

/** Parses a JSON Schema (draft-07 by default, or 2020-12 by `$schema`) and checks it with ajv. */
export function parseJsonSchema(text: string): ParseResult {
  const json = parseJsonText(text);
  if (!json.ok) return schemaInvalid([{ path: '$', ...json.location, message: `Invalid JSON: ${json.message}` }]);
  const raw = json.value;
  if (typeof raw !== 'boolean' && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
    return schemaInvalid([{ path: '$', line: 1, column: 1, message: 'A JSON Schema must be an object or a boolean' }]);
  }
  const declared = typeof raw === 'object' ? (raw as Record<string, unknown>).$schema : undefined;
  const draft =
    declared === undefined ? 'draft-07' : typeof declared === 'string' ? DRAFTS[declared.replace(/#$/, '')] : undefined;
  if (!draft) {
    return schemaInvalid([
      {
        path: '$.$schema',
        ...locateJsonPath(text, ['$schema']),
        message: `Unsupported $schema ${JSON.stringify(declared)}: use draft-07 or draft 2020-12`,
      },
    ]);
  }
  const validator = validatorFor(draft);
  if (!validator.validateSchema(raw)) {
    return schemaInvalid(metaSchemaIssues(text, raw, validator.errors ?? []));
  }
  const document = { draft, raw };
  const unresolved = new JsonSchemaLoader(document).unresolvedReferences();
  if (unresolved.length > 0) {
    return schemaInvalid(
      unresolved.map(({ path, ref }) => ({
        path: formatJsonPath(path),
        ...locateJsonPath(text, path),
        message: `Unresolved $ref ${JSON.stringify(ref)}`,
      })),
    );
  }
  const patterns = invalidPatterns(raw);
  if (patterns.length > 0) {
    return schemaInvalid(
      patterns.map(({ path, message }) => ({ path: formatJsonPath(path), ...locateJsonPath(text, path), message })),
    );
  }
  const canonical = canonicalJson(raw);
  return { ok: true, format: 'JSON', model: document, canonical, fingerprint: sha256Hex(canonical) };
}

// Keywords whose values are data, not schemas: a `pattern` key inside them is not a regex.
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);

/**
 * Regular expressions must compile (the meta-schema cannot tell). Compiling the whole schema with
 * ajv would catch this too, but costs tens of milliseconds for a large schema on every publish.
 */
function invalidPatterns(raw: unknown): { path: (string | number)[]; message: string }[] {
  const found: { path: (string | number)[]; message: string }[] = [];
  const check = (pattern: string, path: (string | number)[]) => {
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      found.push({
        path,
        message: `Invalid regular expression: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [key, item] of Object.entries(value)) {
      if (key === 'pattern' && typeof item === 'string') check(item, [...path, key]);
      else if (key === 'patternProperties' && item !== null && typeof item === 'object') {
        for (const [pattern, schema] of Object.entries(item as Record<string, unknown>)) {
          check(pattern, [...path, key, pattern]);
          visit(schema, [...path, key, pattern]);
        }
      } else if (!DATA_KEYWORDS.has(key)) visit(item, [...path, key]);
    }
  };
  visit(raw, []);
  return found;
}

function metaSchemaIssues(text: string, raw: unknown, errors: readonly ErrorObject[]): SchemaIssue[] {
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) if (!byPath.has(error.instancePath)) byPath.set(error.instancePath, error);
  return [...byPath.values()].slice(0, 10).map((error) => {
    const path = pointerPath(raw, error.instancePath);
    const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
    const message = allowed ? `${error.message} (${allowed.join(', ')})` : (error.message ?? 'is invalid');
    return { path: formatJsonPath(path), ...locateJsonPath(text, path), message: `Invalid JSON Schema: ${message}` };
  });
}

/** A JSON Pointer as path segments, with array indexes as numbers where the value is an array. */
function pointerPath(raw: unknown, pointer: string): (string | number)[] {
  const path: (string | number)[] = [];
  let current = raw;
  for (const encoded of pointer.split('/').slice(1)) {
    const segment = encoded.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(current) ? Number(segment) : segment;
    path.push(key);
    current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  }
  return path;
}
