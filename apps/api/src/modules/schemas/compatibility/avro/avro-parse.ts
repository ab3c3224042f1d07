import * as avro from 'avsc';
import type { ParseResult } from '../compatibility.types';
import { schemaInvalid } from '../schema-issues';
import { sha256Hex } from '../fingerprint';
import { formatJsonPath, locateJsonPath, parseJsonText } from '../json-source';
import { avroCanonicalForms, buildAvroModel } from './avro-model';

type JsonPath = (string | number)[];

/** Parses Avro schema JSON with avsc (which validates names, defaults and unions). */
export function parseAvroSchema(text: string): ParseResult {
  const json = parseJsonText(text);
  if (!json.ok) return schemaInvalid([{ path: '$', ...json.location, message: `Invalid JSON: ${json.message}` }]);
  try {
    avro.Type.forSchema(json.value as avro.Schema, { wrapUnions: 'auto' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const path = guessErrorPath(json.value, message);
    return schemaInvalid([
      { path: formatJsonPath(path), ...locateJsonPath(text, path), message: `Invalid Avro schema: ${message}` },
    ]);
  }
  const model = buildAvroModel(json.value);
  const { full } = avroCanonicalForms(model);
  return { ok: true, format: 'AVRO', model, canonical: full, fingerprint: sha256Hex(full) };
}

/**
 * avsc's errors name the offending value but not where it is; find the first place in the
 * schema that holds a value the message quotes (a type name, a symbol, a default), so the
 * issue points at a line instead of the whole document.
 */
function guessErrorPath(schema: unknown, message: string): JsonPath {
  const quoted = [...message.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1] as string);
  const trailing = /: ([^\s:"]+)$/.exec(message)?.[1];
  const tokens = [...quoted, ...(trailing ? [trailing] : [])];
  if (tokens.length === 0) return [];
  const wantsDefault = /default/.test(message);
  let best: JsonPath | undefined;
  walk(schema, [], (path, value) => {
    if (best) return;
    const key = path[path.length - 1];
    if (wantsDefault && key === 'default' && tokens.some((token) => token === JSON.stringify(value).slice(1, -1))) {
      best = path;
    } else if (!wantsDefault && typeof value === 'string' && tokens.includes(value)) {
      best = path;
    }
  });
  if (!best && wantsDefault) walk(schema, [], (path) => (best ??= path[path.length - 1] === 'default' ? path : best));
  return best ?? [];
}

function walk(value: unknown, path: JsonPath, visit: (path: JsonPath, value: unknown) => void): void {
  visit(path, value);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
  }
}
