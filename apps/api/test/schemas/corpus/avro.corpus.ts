/**
 * Avro evolutions of fields, records, names and version histories (types: avro-types.corpus.ts). Verdicts follow Avro schema resolution as the Confluent registry applies it
 * (Apache Avro's SchemaCompatibility): BACKWARD reads previous data with the candidate, FORWARD
 * reads candidate data with the previous version.
 */
import {
  BREAKS_BOTH,
  BREAKS_NOTHING,
  BREAKS_READERS,
  BREAKS_WRITERS,
  type CorpusEntry,
  underModes,
} from './corpus.types';
import { AVRO_TYPE_CORPUS } from './avro-types.corpus';

import { address, avro, id, qty, record, status, street } from './avro-schemas';

export const AVRO_CORPUS: CorpusEntry[] = [
  ...AVRO_TYPE_CORPUS,
  ...underModes(avro('field added without default', [record([id])], record([id, qty])), BREAKS_WRITERS),
  ...underModes(avro('field added with default', [record([id])], record([id, { ...qty, default: 0 }])), BREAKS_NOTHING),
  ...underModes(avro('field removed, it had no default', [record([id, qty])], record([id])), BREAKS_READERS),
  ...underModes(
    avro('field removed, it had a default', [record([id, { ...qty, default: 0 }])], record([id])),
    BREAKS_NOTHING,
  ),
  ...underModes(
    avro(
      'nested record field added without default',
      [record([id, address([street])])],
      record([id, address([street, { name: 'zip', type: 'string' }])]),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    avro(
      'nested record field added with default',
      [record([id, address([street])])],
      record([id, address([street, { name: 'zip', type: 'string', default: '' }])]),
    ),
    BREAKS_NOTHING,
  ),
  ...underModes(
    avro(
      'array items promoted',
      [record([{ name: 'lines', type: { type: 'array', items: 'int' } }])],
      record([{ name: 'lines', type: { type: 'array', items: 'long' } }]),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    avro(
      'array of records gains a field without default',
      [
        record([
          {
            name: 'lines',
            type: { type: 'array', items: { type: 'record', name: 'Line', fields: [{ name: 'sku', type: 'string' }] } },
          },
        ]),
      ],
      record([
        {
          name: 'lines',
          type: {
            type: 'array',
            items: {
              type: 'record',
              name: 'Line',
              fields: [
                { name: 'sku', type: 'string' },
                { name: 'qty', type: 'int' },
              ],
            },
          },
        },
      ]),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    avro(
      'map values changed to an unrelated type',
      [record([{ name: 'tags', type: { type: 'map', values: 'string' } }])],
      record([{ name: 'tags', type: { type: 'map', values: 'int' } }]),
    ),
    BREAKS_BOTH,
  ),
  ...underModes(
    avro(
      'map values promoted',
      [record([{ name: 'totals', type: { type: 'map', values: 'int' } }])],
      record([{ name: 'totals', type: { type: 'map', values: 'long' } }]),
    ),
    { BACKWARD: 'compatible', FORWARD: 'incompatible' },
  ),
  ...underModes(
    avro(
      'fixed size changed',
      [record([{ name: 'hash', type: { type: 'fixed', name: 'Hash', size: 16 } }])],
      record([{ name: 'hash', type: { type: 'fixed', name: 'Hash', size: 32 } }]),
    ),
    BREAKS_BOTH,
  ),
  ...underModes(
    avro('field renamed without alias', [record([id, qty])], record([id, { name: 'quantity', type: 'int' }])),
    BREAKS_BOTH,
  ),
  ...underModes(
    avro(
      'field renamed with an alias',
      [record([id, qty])],
      record([id, { name: 'quantity', type: 'int', aliases: ['qty'] }]),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    avro(
      'field renamed with an alias, old field had a default',
      [record([id, { ...qty, default: 0 }])],
      record([id, { name: 'quantity', type: 'int', aliases: ['qty'], default: 0 }]),
    ),
    BREAKS_NOTHING,
  ),
  ...underModes(
    avro(
      'nested record renamed without alias',
      [record([id, address([street])])],
      record([id, { name: 'address', type: { type: 'record', name: 'PostalAddress', fields: [street] } }]),
    ),
    BREAKS_BOTH,
  ),
  ...underModes(
    avro(
      'nested record renamed with an alias',
      [record([id, address([street])])],
      record([
        id,
        { name: 'address', type: { type: 'record', name: 'PostalAddress', aliases: ['Address'], fields: [street] } },
      ]),
    ),
    BREAKS_READERS,
  ),
  ...underModes(avro('namespace changed', [record([id])], record([id], { namespace: 'shop.v2' })), BREAKS_NOTHING),
  ...underModes(
    avro(
      'docs changed',
      [record([{ ...id, doc: 'Order id' }])],
      record([{ ...id, doc: 'The order id' }], { doc: 'An order' }),
    ),
    {
      FULL: 'compatible',
    },
  ),
  ...underModes(avro('fields reordered', [record([id, qty])], record([qty, id])), { FULL: 'compatible' }),
  ...underModes(
    avro('default value changed', [record([id, { ...qty, default: 0 }])], record([id, { ...qty, default: 1 }])),
    { FULL: 'compatible' },
  ),
  ...underModes(
    avro(
      'logical type added',
      [record([{ name: 'at', type: 'long' }])],
      record([{ name: 'at', type: { type: 'long', logicalType: 'timestamp-millis' } }]),
    ),
    { FULL: 'compatible' },
  ),
  ...underModes(
    avro(
      'recursive record gains a field with default',
      [
        JSON.stringify({
          type: 'record',
          name: 'Node',
          fields: [
            { name: 'value', type: 'int' },
            { name: 'next', type: ['null', 'Node'], default: null },
          ],
        }),
      ],
      JSON.stringify({
        type: 'record',
        name: 'Node',
        fields: [
          { name: 'value', type: 'int' },
          { name: 'next', type: ['null', 'Node'], default: null },
          { name: 'label', type: 'string', default: '' },
        ],
      }),
    ),
    { FULL: 'compatible' },
  ),
  ...underModes(
    avro(
      'union gains a record branch',
      [
        record([
          { name: 'payment', type: [{ type: 'record', name: 'Card', fields: [{ name: 'last4', type: 'string' }] }] },
        ]),
      ],
      record([
        {
          name: 'payment',
          type: [
            { type: 'record', name: 'Card', fields: [{ name: 'last4', type: 'string' }] },
            { type: 'record', name: 'Transfer', fields: [{ name: 'iban', type: 'string' }] },
          ],
        },
      ]),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    avro(
      'nullable nested record gains a field without default',
      [
        record([
          { name: 'address', type: ['null', { type: 'record', name: 'Address', fields: [street] }], default: null },
        ]),
      ],
      record([
        {
          name: 'address',
          type: ['null', { type: 'record', name: 'Address', fields: [street, { name: 'zip', type: 'string' }] }],
          default: null,
        },
      ]),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    avro(
      'two versions back: field without default',
      [record([id]), record([id, { ...qty, default: 0 }])],
      record([id, qty]),
    ),
    { BACKWARD: 'compatible', BACKWARD_TRANSITIVE: 'incompatible' },
  ),
  ...underModes(
    avro(
      'two versions back: a field the oldest readers need',
      [record([id, { name: 'note', type: 'string' }]), record([id, { name: 'note', type: 'string', default: '' }])],
      record([id]),
    ),
    { FORWARD: 'compatible', FORWARD_TRANSITIVE: 'incompatible' },
  ),
  ...underModes(
    avro(
      'two versions back: promotion the oldest readers cannot take',
      [record([id, qty]), record([id, { ...qty, type: 'long' }])],
      record([id, { ...qty, type: 'long' }, { name: 'note', type: 'string', default: '' }]),
    ),
    { FULL: 'compatible', FULL_TRANSITIVE: 'incompatible' },
  ),
  ...underModes(
    avro(
      'three versions, optional fields only',
      [
        record([id]),
        record([id, { ...qty, default: 0 }]),
        record([id, { ...qty, default: 0 }, { name: 'note', type: ['null', 'string'], default: null }]),
      ],
      record([id, { name: 'note', type: ['null', 'string'], default: null }]),
    ),
    { BACKWARD_TRANSITIVE: 'compatible', FORWARD_TRANSITIVE: 'compatible', FULL_TRANSITIVE: 'compatible' },
  ),
  ...underModes(
    avro(
      'two versions back: optional fields added',
      [record([id]), record([id, { ...qty, default: 0 }])],
      record([id, { ...qty, default: 0 }, { name: 'note', type: 'string', default: '' }]),
    ),
    { BACKWARD_TRANSITIVE: 'compatible', FORWARD_TRANSITIVE: 'compatible', FULL_TRANSITIVE: 'compatible' },
  ),
  ...underModes(
    avro(
      'two versions back: enum symbol added',
      [record([status(['NEW'])]), record([status(['NEW', 'PAID'])])],
      record([status(['NEW', 'PAID'])]),
    ),
    { BACKWARD_TRANSITIVE: 'compatible', FORWARD_TRANSITIVE: 'incompatible' },
  ),
  ...underModes(avro('incompatible change under NONE', [record([id, qty])], record([{ name: 'id', type: 'int' }])), {
    NONE: 'compatible',
  }),
  ...underModes(avro('field added without default under NONE', [record([id])], record([id, qty])), {
    NONE: 'compatible',
  }),
];
