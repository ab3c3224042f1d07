/** JSON Schema: the Confluent comparison both ways, turned into changes a person can act on. */
import {
  capitalise,
  type Described,
  type Finding,
  type FindingGroup,
  invertChangeKind,
  mergeFindings,
  quotePath,
  type UnversionedChange,
} from '../change-merge';
import { JSON_COMPATIBLE_CHANGES, type JsonDifference, jsonDifferences } from './json-differences';
import { describeJsonNode } from './json-diff';
import type { JsonNode } from './json-model';

interface Detail {
  /** The difference's type, phrased from the previous version to the candidate. */
  readonly kind: string;
  readonly previous?: JsonNode;
  readonly candidate?: JsonNode;
}

function topicOf(kind: string): string {
  if (kind.includes('REQUIRED_ATTRIBUTE')) return 'required';
  if (kind.includes('CONTENT_MODEL')) return kind.startsWith('ITEM') ? 'item' : 'property';
  if (/^(TYPE|SUM_TYPE|PRODUCT_TYPE|COMBINED_TYPE|SCHEMA)_/.test(kind)) return 'type';
  return kind.replace(/_(ADDED|REMOVED|INCREASED|DECREASED|EXTENDED|NARROWED|CHANGED|EXPANDED|REDUCED)$/, '');
}

export function jsonChanges(previous: JsonNode, candidate: JsonNode): UnversionedChange[] {
  const backward = jsonDifferences(previous, candidate);
  const forward = jsonDifferences(candidate, previous);
  const finding = (kind: string, difference: JsonDifference, swap: boolean): Finding<Detail> => ({
    path: difference.path,
    topic: topicOf(kind),
    detail: {
      kind,
      previous: swap ? difference.update : difference.original,
      candidate: swap ? difference.original : difference.update,
    },
  });
  const breaking = (difference: JsonDifference) => !JSON_COMPATIBLE_CHANGES.has(difference.type);
  return mergeFindings<Detail>(
    {
      backward: backward.filter(breaking).map((difference) => finding(difference.type, difference, false)),
      forward: forward
        .filter(breaking)
        .map((difference) => finding(invertChangeKind(difference.type), difference, true)),
      info: backward
        .filter((difference) => !breaking(difference))
        .map((difference) => finding(difference.type, difference, false)),
    },
    describe,
  );
}

function describe(group: FindingGroup<Detail>): Described {
  const detail = group.backward[0] ?? group.forward[0] ?? group.info[0];
  const kind = detail?.kind ?? 'CHANGED';
  return { kind, message: messageFor(kind, quotePath(group.path), detail) };
}

const KEYWORDS: Record<string, string> = {
  MAX_LENGTH: 'maxLength',
  MIN_LENGTH: 'minLength',
  PATTERN: 'pattern',
  MAXIMUM: 'maximum',
  MINIMUM: 'minimum',
  EXCLUSIVE_MAXIMUM: 'exclusiveMaximum',
  EXCLUSIVE_MINIMUM: 'exclusiveMinimum',
  MULTIPLE_OF: 'multipleOf',
  MAX_PROPERTIES: 'maxProperties',
  MIN_PROPERTIES: 'minProperties',
  MAX_ITEMS: 'maxItems',
  MIN_ITEMS: 'minItems',
  UNIQUE_ITEMS: 'uniqueItems',
  ADDITIONAL_ITEMS: 'additionalItems',
  DEPENDENCY_ARRAY: 'dependencies',
  DEPENDENCY_SCHEMA: 'dependent schema',
  DESCRIPTION: 'description',
  TITLE: 'title',
  DEFAULT: 'default',
  ID: '$id',
  CONST: 'const value',
  NOT_TYPE: '`not` schema',
};

const ACTIONS: Record<string, string> = {
  ADDED: 'was added',
  REMOVED: 'was removed',
  INCREASED: 'was increased',
  DECREASED: 'was decreased',
  CHANGED: 'changed',
  EXTENDED: 'was widened',
  NARROWED: 'was narrowed',
  EXPANDED: 'became a larger multiple',
  REDUCED: 'became a smaller divisor',
};

function messageFor(kind: string, where: string, detail: Detail | undefined): string {
  const from = detail?.previous ? describeJsonNode(detail.previous) : 'its previous type';
  const to = detail?.candidate ? describeJsonNode(detail.candidate) : 'a new type';
  const Where = capitalise(where);
  const fixed: Record<string, string> = {
    PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: `Property ${where} was added to an open object (no additionalProperties restriction), so data written before may already hold it with any value.`,
    PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL: `Property ${where} was added to an open object and accepts any value.`,
    PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL: `Property ${where} was removed; the object stays open, so the property may still appear with any value.`,
    PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL: `Property ${where} was added to a closed object (additionalProperties false), where it could not appear before.`,
    PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL: `Property ${where} was removed from a closed object (additionalProperties false), so it may no longer appear.`,
    OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: `Optional property ${where} was added to a closed object.`,
    OPTIONAL_PROPERTY_REMOVED_FROM_UNOPEN_CONTENT_MODEL: `Optional property ${where} was removed from a closed object.`,
    REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: `Required property ${where} was added without a default value.`,
    REQUIRED_PROPERTY_REMOVED_FROM_UNOPEN_CONTENT_MODEL: `Required property ${where} was removed from a closed object.`,
    REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL: `Required property ${where} was added with a default value.`,
    REQUIRED_ATTRIBUTE_ADDED: `${Where} became required.`,
    REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED: `${Where} became required and has a default value.`,
    REQUIRED_ATTRIBUTE_REMOVED: `${Where} is no longer required.`,
    REQUIRED_ATTRIBUTE_WITH_DEFAULT_REMOVED: `${Where} (which has a default) is no longer required.`,
    ENUM_ARRAY_NARROWED: `The allowed values of ${where} were narrowed.`,
    ENUM_ARRAY_EXTENDED: `The allowed values of ${where} were widened.`,
    ENUM_ARRAY_CHANGED: `The allowed values of ${where} changed (values were both added and removed).`,
    TYPE_CHANGED: `${Where} changed type from ${from} to ${to}.`,
    TYPE_NARROWED: `${Where} was narrowed from ${from} to ${to}.`,
    TYPE_EXTENDED: `${Where} was widened from ${from} to ${to}.`,
    SUM_TYPE_EXTENDED: `${Where} now accepts more alternatives (${to}).`,
    SUM_TYPE_NARROWED: `${Where} accepts fewer alternatives (${to}).`,
    PRODUCT_TYPE_EXTENDED: `${Where} must now match more schemas at once (allOf grew).`,
    PRODUCT_TYPE_NARROWED: `${Where} must match fewer schemas at once (allOf shrank).`,
    COMBINED_TYPE_CHANGED: `${Where} changed how its alternatives combine (allOf, anyOf, oneOf).`,
    COMBINED_TYPE_EXTENDED: `${Where} combines its alternatives more loosely.`,
    COMBINED_TYPE_SUBSCHEMAS_CHANGED: `The alternatives of ${where} changed so that some no longer match the previous ones.`,
    SCHEMA_ADDED: `A schema was added at ${where}.`,
    SCHEMA_REMOVED: `The schema at ${where} was removed.`,
    ADDITIONAL_PROPERTIES_REMOVED: `${Where} no longer allows additional properties.`,
    ADDITIONAL_PROPERTIES_ADDED: `${Where} now allows additional properties.`,
    ADDITIONAL_PROPERTIES_NARROWED: `Additional properties of ${where} must now match a schema.`,
    ADDITIONAL_PROPERTIES_EXTENDED: `Additional properties of ${where} no longer have to match a schema.`,
  };
  if (fixed[kind]) return fixed[kind];
  if (kind.includes('CONTENT_MODEL')) {
    const words = kind.toLowerCase().replace(/_/g, ' ');
    return `At ${where}: ${words}.`;
  }
  const match = /^(.*)_(ADDED|REMOVED|INCREASED|DECREASED|CHANGED|EXTENDED|NARROWED|EXPANDED|REDUCED)$/.exec(kind);
  const keyword = match ? KEYWORDS[match[1] as string] : undefined;
  if (match && keyword) {
    if (match[2] === 'ADDED') return `A \`${keyword}\` constraint was added to ${where}.`;
    if (match[2] === 'REMOVED') return `The \`${keyword}\` constraint of ${where} was removed.`;
    return `The \`${keyword}\` of ${where} ${ACTIONS[match[2] as string]}.`;
  }
  return `At ${where}: ${kind.toLowerCase().replace(/_/g, ' ')}.`;
}
