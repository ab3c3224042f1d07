import { Document } from 'yaml';
import { isPlainObject, orderContract } from './contract-order';
import type { DerivedContract } from './derivation/derive-contract';
import type { JsonObject } from './derivation/odcs-element';

/**
 * A port's contract as exported: the stored document (as imported, unknown fields included)
 * merged with what Tessera derives. The merge is idempotent, merge(merge(d, x), x) equals
 * merge(d, x), which is what makes import -> export -> import -> export give the same
 * document. docs/data-contracts.md lists which fields are Tessera's and which are kept.
 */

/** SLA properties Tessera states from a freshness objective (ODCS: latency, "preferred to freshness"). */
const LATENCY_PROPERTIES = new Set(['latency', 'ly', 'freshness']);

/** Fields of a schema element that come from the schema version (when it says something). */
const DERIVED_ELEMENT_FIELDS = ['name', 'logicalType', 'physicalType', 'required', 'description'] as const;

function hasText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function objectsIn(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

/**
 * One element (schema object, property, array item): the derived fields win where the schema
 * states them, everything else (classification, primaryKey, quality, tags, vendor fields...)
 * is kept. Structure is the schema's: nested properties and items exist as the schema says.
 */
export function mergeElement(stored: JsonObject, derived: JsonObject): JsonObject {
  const merged: JsonObject = { ...stored };
  for (const field of DERIVED_ELEMENT_FIELDS) if (derived[field] !== undefined) merged[field] = derived[field];
  delete merged.properties;
  delete merged.items;
  if (Array.isArray(derived.properties))
    merged.properties = mergeProperties(stored.properties, objectsIn(derived.properties));
  if (isPlainObject(derived.items))
    merged.items = mergeElement(isPlainObject(stored.items) ? stored.items : {}, derived.items);
  return merged;
}

/** Derived properties in the schema's order, each with what the document said about it (matched by name). */
function mergeProperties(stored: unknown, derived: readonly JsonObject[]): JsonObject[] {
  const byName = new Map<unknown, JsonObject>();
  for (const property of objectsIn(stored)) if (!byName.has(property.name)) byName.set(property.name, property);
  return derived.map((property) => mergeElement(byName.get(property.name) ?? {}, property));
}

/** Schema objects matched by name; a single object matches a single object whatever its name. */
function mergeSchema(stored: unknown, derived: readonly JsonObject[]): JsonObject[] {
  const objects = objectsIn(stored);
  return derived.map((object) => {
    const match =
      objects.find((candidate) => candidate.name === object.name) ??
      (objects.length === 1 && derived.length === 1 ? objects[0] : undefined);
    return mergeElement(match ?? {}, object);
  });
}

/** The derived latency takes the place of the document's first latency/freshness entry, keeping its other fields. */
function mergeSla(stored: unknown, latency: JsonObject): JsonObject[] {
  const entries = objectsIn(stored);
  const isLatency = (entry: JsonObject) =>
    typeof entry.property === 'string' && LATENCY_PROPERTIES.has(entry.property.toLowerCase());
  const first = entries.findIndex(isLatency);
  if (first < 0) return [latency, ...entries];
  return entries.flatMap((entry, index) =>
    index === first ? [{ ...entry, ...latency }] : isLatency(entry) ? [] : [entry],
  );
}

/** The exported contract, keys in the standard's order. */
export function exportContract(document: JsonObject, derived: DerivedContract): JsonObject {
  const merged: JsonObject = { ...document };
  merged.apiVersion = hasText(document.apiVersion) ? document.apiVersion : derived.defaults.apiVersion;
  merged.kind = 'DataContract';
  merged.id = hasText(document.id) ? document.id : derived.defaults.id;
  merged.name = hasText(document.name) ? document.name : derived.defaults.name;
  merged.version = derived.owned.version;
  merged.status = derived.owned.status;
  merged.domain = derived.owned.domain;
  merged.dataProduct = derived.owned.dataProduct;

  const description: JsonObject = isPlainObject(document.description) ? { ...document.description } : {};
  if (!hasText(description.purpose) && hasText(derived.defaults.purpose))
    description.purpose = derived.defaults.purpose;
  if (Object.keys(description).length > 0) merged.description = description;

  // The v3.0 list of members has no place for a team name; it is kept as it is.
  if (!Array.isArray(document.team))
    merged.team = { ...(isPlainObject(document.team) ? document.team : {}), name: derived.owned.teamName };

  if ((document.support === undefined || document.support === null) && derived.defaults.support.length > 0)
    merged.support = derived.defaults.support.map((link) => ({ ...link }));
  if (derived.schema) merged.schema = mergeSchema(document.schema, derived.schema);
  if (derived.latency) merged.slaProperties = mergeSla(document.slaProperties, derived.latency);
  return orderContract(merged);
}

/** YAML as a person would write it: block style, long lines kept whole. */
export function contractYaml(document: JsonObject): string {
  return new Document(document).toString({ lineWidth: 0 });
}

export function contractJson(document: JsonObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
