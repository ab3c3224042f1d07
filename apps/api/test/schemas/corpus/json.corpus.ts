/**
 * JSON Schema evolutions. Verdicts follow the Confluent registry's JSON Schema rules: BACKWARD
 * holds when the candidate accepts every document the previous version accepted, FORWARD the
 * other way round; an open content model (no `additionalProperties` restriction) may already
 * hold any property, a closed one cannot.
 */
import {
  BREAKS_BOTH,
  BREAKS_NOTHING,
  BREAKS_READERS,
  BREAKS_WRITERS,
  type CorpusEntry,
  underModes,
} from './corpus.types';

type Schema = Record<string, unknown>;

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

function object(properties: Schema, extra: Schema = {}): string {
  return JSON.stringify({ $schema: DRAFT_07, type: 'object', properties, ...extra });
}
const closed = (properties: Schema, extra: Schema = {}) =>
  object(properties, { additionalProperties: false, ...extra });

// Where Apicurio 3.0.9 answers differently from the Confluent registry's JSON Schema rules.
const EMPTY_SCHEMA_PROPERTY = {
  registryVerdict: 'incompatible',
  note: 'Apicurio refuses any property added to an open model, even one whose schema accepts anything; Confluent accepts it (PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL), since any earlier value is still valid.',
} as const;
const REQUIRED_WITH_DEFAULT = {
  registryVerdict: 'incompatible',
  note: 'Apicurio ignores `default` when a property becomes required; Confluent accepts a required property that has a default (REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED, REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL).',
} as const;

const DRAFT_2020_12_UNCHECKED = {
  registryVerdict: 'error',
  note: 'Apicurio 3.0.9 registers draft 2020-12 schemas but cannot check them (HTTP 500 "could not determine version": its validator knows drafts 4 to 7); Confluent checks 2020-12 with the same rules.',
} as const;
const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const object2020 = (properties: Schema, extra: Schema = {}) =>
  JSON.stringify({ $schema: DRAFT_2020_12, type: 'object', properties, ...extra });

const id = { type: 'string' };
const qty = { type: 'integer' };
const json = (name: string, previous: string[], candidate: string) => ({
  name: `json: ${name}`,
  format: 'JSON' as const,
  previous,
  candidate,
});

export const JSON_CORPUS: CorpusEntry[] = [
  ...underModes(json('property added to an open model', [object({ id })], object({ id, qty })), BREAKS_WRITERS),
  ...underModes(
    json('property accepting anything added to an open model', [object({ id })], object({ id, extra: {} })),
    BREAKS_NOTHING,
    {
      BACKWARD: EMPTY_SCHEMA_PROPERTY,
      FULL: EMPTY_SCHEMA_PROPERTY,
    },
  ),
  ...underModes(
    json('optional property added to a closed model', [closed({ id })], closed({ id, qty })),
    BREAKS_READERS,
  ),
  ...underModes(
    json(
      'required property added to a closed model',
      [closed({ id }, { required: ['id'] })],
      closed({ id, qty }, { required: ['id', 'qty'] }),
    ),
    BREAKS_BOTH,
  ),
  ...underModes(
    json(
      'required property with a default added to a closed model',
      [closed({ id })],
      closed({ id, qty: { ...qty, default: 1 } }, { required: ['qty'] }),
    ),
    BREAKS_READERS,
    { BACKWARD: REQUIRED_WITH_DEFAULT },
  ),
  ...underModes(json('property removed from an open model', [object({ id, qty })], object({ id })), BREAKS_READERS),
  ...underModes(json('property removed from a closed model', [closed({ id, qty })], closed({ id })), BREAKS_WRITERS),
  ...underModes(
    json('required added', [object({ id, qty })], object({ id, qty }, { required: ['qty'] })),
    BREAKS_WRITERS,
  ),
  ...underModes(
    json('required removed', [object({ id, qty }, { required: ['qty'] })], object({ id, qty })),
    BREAKS_READERS,
  ),
  ...underModes(
    json(
      'required added to a property with a default',
      [object({ id, qty: { ...qty, default: 1 } })],
      object({ id, qty: { ...qty, default: 1 } }, { required: ['qty'] }),
    ),
    BREAKS_NOTHING,
    { BACKWARD: REQUIRED_WITH_DEFAULT, FULL: REQUIRED_WITH_DEFAULT },
  ),
  ...underModes(
    json(
      'enum narrowed',
      [object({ status: { enum: ['NEW', 'PAID', 'SHIPPED'] } })],
      object({ status: { enum: ['NEW', 'PAID'] } }),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    json(
      'enum widened',
      [object({ status: { enum: ['NEW', 'PAID'] } })],
      object({ status: { enum: ['NEW', 'PAID', 'SHIPPED'] } }),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    json(
      'enum values replaced',
      [object({ status: { enum: ['NEW', 'PAID'] } })],
      object({ status: { enum: ['NEW', 'SETTLED'] } }),
    ),
    BREAKS_BOTH,
  ),
  ...underModes(
    json(
      'typed enum narrowed',
      [object({ status: { type: 'string', enum: ['NEW', 'PAID', 'SHIPPED'] } })],
      object({ status: { type: 'string', enum: ['NEW', 'PAID'] } }),
    ),
    { BACKWARD: 'incompatible' },
  ),
  ...underModes(
    json('type widened from integer to number', [object({ qty })], object({ qty: { type: 'number' } })),
    BREAKS_READERS,
  ),
  ...underModes(
    json('type narrowed from number to integer', [object({ qty: { type: 'number' } })], object({ qty })),
    BREAKS_WRITERS,
  ),
  ...underModes(
    json('type widened to a nullable string', [object({ id })], object({ id: { type: ['string', 'null'] } })),
    BREAKS_READERS,
  ),
  ...underModes(
    json('type narrowed from a nullable string', [object({ id: { type: ['string', 'null'] } })], object({ id })),
    BREAKS_WRITERS,
  ),
  ...underModes(json('type changed from string to integer', [object({ id })], object({ id: qty })), BREAKS_BOTH),
  ...underModes(
    json(
      'additionalProperties changed from false to true',
      [closed({ id })],
      object({ id }, { additionalProperties: true }),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    json(
      'additionalProperties changed from true to false',
      [object({ id }, { additionalProperties: true })],
      closed({ id }),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(json('additionalProperties false added', [object({ id })], closed({ id })), BREAKS_WRITERS),
  ...underModes(
    json(
      'additionalProperties restricted to a schema',
      [object({ id })],
      object({ id }, { additionalProperties: { type: 'string' } }),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    json(
      'maxLength decreased',
      [object({ id: { type: 'string', maxLength: 64 } })],
      object({ id: { type: 'string', maxLength: 32 } }),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    json(
      'maxLength increased',
      [object({ id: { type: 'string', maxLength: 32 } })],
      object({ id: { type: 'string', maxLength: 64 } }),
    ),
    BREAKS_READERS,
  ),
  ...underModes(json('minLength added', [object({ id })], object({ id: { type: 'string', minLength: 1 } })), {
    BACKWARD: 'incompatible',
    FORWARD: 'compatible',
  }),
  ...underModes(
    json('minimum increased', [object({ qty: { ...qty, minimum: 0 } })], object({ qty: { ...qty, minimum: 1 } })),
    BREAKS_WRITERS,
  ),
  ...underModes(json('maximum removed', [object({ qty: { ...qty, maximum: 100 } })], object({ qty })), BREAKS_READERS),
  ...underModes(json('pattern added', [object({ id })], object({ id: { type: 'string', pattern: '^[A-Z]+$' } })), {
    BACKWARD: 'incompatible',
    FORWARD: 'compatible',
  }),
  ...underModes(
    json(
      'nested open object gains a property',
      [object({ address: { type: 'object', properties: { street: id } } })],
      object({ address: { type: 'object', properties: { street: id, zip: id } } }),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    json(
      'nested closed object gains an optional property',
      [object({ address: { type: 'object', properties: { street: id }, additionalProperties: false } })],
      object({ address: { type: 'object', properties: { street: id, zip: id }, additionalProperties: false } }),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    json(
      'array items widened',
      [object({ lines: { type: 'array', items: qty } })],
      object({ lines: { type: 'array', items: { type: 'number' } } }),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    json(
      'array items changed',
      [object({ lines: { type: 'array', items: id } })],
      object({ lines: { type: 'array', items: qty } }),
    ),
    BREAKS_BOTH,
  ),
  ...underModes(
    json(
      'maxItems decreased',
      [object({ lines: { type: 'array', items: id, maxItems: 10 } })],
      object({ lines: { type: 'array', items: id, maxItems: 5 } }),
    ),
    { BACKWARD: 'incompatible', FORWARD: 'compatible' },
  ),
  ...underModes(
    json(
      'uniqueItems added',
      [object({ tags: { type: 'array', items: id } })],
      object({ tags: { type: 'array', items: id, uniqueItems: true } }),
    ),
    { BACKWARD: 'incompatible', FORWARD: 'compatible' },
  ),
  ...underModes(
    json(
      'descriptions changed',
      [object({ id: { ...id, description: 'Order id' } })],
      object({ id: { ...id, description: 'The order id' } }, { title: 'Order' }),
    ),
    { FULL: 'compatible' },
  ),
  ...underModes(
    json(
      'referenced definition gains a required property',
      [
        JSON.stringify({
          $schema: DRAFT_07,
          type: 'object',
          properties: { address: { $ref: '#/definitions/Address' } },
          definitions: { Address: { type: 'object', properties: { street: id } } },
        }),
      ],
      JSON.stringify({
        $schema: DRAFT_07,
        type: 'object',
        properties: { address: { $ref: '#/definitions/Address' } },
        definitions: { Address: { type: 'object', properties: { street: id }, required: ['street'] } },
      }),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    json(
      'oneOf gains an alternative',
      [object({ ref: { oneOf: [id, qty] } })],
      object({ ref: { oneOf: [id, qty, { type: 'boolean' }] } }),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    json(
      'anyOf loses an alternative',
      [object({ ref: { anyOf: [id, qty, { type: 'boolean' }] } })],
      object({ ref: { anyOf: [id, qty] } }),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    json(
      'two versions back: property added to the open model',
      [object({ id }), object({ id, qty })],
      object({ id, qty }),
    ),
    { BACKWARD: 'compatible', BACKWARD_TRANSITIVE: 'incompatible' },
  ),
  ...underModes(
    json(
      'two versions back: a property the oldest version required',
      [closed({ id, qty }, { required: ['qty'] }), closed({ id, qty })],
      closed({ id }),
    ),
    { FORWARD: 'compatible', FORWARD_TRANSITIVE: 'incompatible' },
  ),
  ...underModes(
    json(
      'three versions, descriptions only',
      [object({ id }), object({ id: { ...id, description: 'a' } }), object({ id: { ...id, description: 'b' } })],
      object({ id: { ...id, description: 'c' } }),
    ),
    { BACKWARD_TRANSITIVE: 'compatible', FORWARD_TRANSITIVE: 'compatible', FULL_TRANSITIVE: 'compatible' },
  ),
  ...underModes(
    json(
      'two versions back: bound the oldest data breaks',
      [object({ qty: { ...qty, maximum: 1000 } }), object({ qty: { ...qty, maximum: 100 } })],
      object({ qty: { ...qty, maximum: 100 } }),
    ),
    { FULL: 'compatible', FULL_TRANSITIVE: 'incompatible' },
  ),
  ...underModes(
    json(
      'two versions back: optional properties added to a closed model',
      [closed({ id }), closed({ id, qty })],
      closed({ id, qty, note: id }),
    ),
    { BACKWARD_TRANSITIVE: 'compatible', FORWARD_TRANSITIVE: 'incompatible', FULL_TRANSITIVE: 'incompatible' },
  ),
  ...underModes(
    json(
      'two versions back: required dropped, then the property',
      [object({ id, qty }, { required: ['qty'] }), object({ id, qty })],
      object({ id }),
    ),
    { BACKWARD_TRANSITIVE: 'compatible', FORWARD_TRANSITIVE: 'incompatible' },
  ),
  ...underModes(
    json(
      'draft 2020-12: tuple item narrowed',
      [object2020({ point: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }] } })],
      object2020({ point: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'integer' }] } }),
    ),
    { BACKWARD: 'incompatible' },
    { BACKWARD: DRAFT_2020_12_UNCHECKED },
  ),
  ...underModes(
    json(
      'draft 2020-12: optional property added to a closed model',
      [object2020({ id }, { additionalProperties: false, $defs: { Id: id } })],
      object2020({ id, ref: { $ref: '#/$defs/Id' } }, { additionalProperties: false, $defs: { Id: id } }),
    ),
    { BACKWARD: 'compatible' },
    { BACKWARD: DRAFT_2020_12_UNCHECKED },
  ),
  ...underModes(json('incompatible change under NONE', [object({ id })], object({ id: qty })), { NONE: 'compatible' }),
  ...underModes(json('required added under NONE', [object({ id })], object({ id }, { required: ['id'] })), {
    NONE: 'compatible',
  }),
];
