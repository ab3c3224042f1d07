/** Avro evolutions of types: promotions, unions, enums, arrays, maps and fixed. */
import { avro, id, qty, record, status } from './avro-schemas';
import {
  BREAKS_BOTH,
  BREAKS_NOTHING,
  BREAKS_READERS,
  BREAKS_WRITERS,
  type CorpusEntry,
  underModes,
} from './corpus.types';

export const AVRO_TYPE_CORPUS: CorpusEntry[] = [
  ...underModes(
    avro('int promoted to long', [record([id, qty])], record([id, { ...qty, type: 'long' }])),
    BREAKS_READERS,
  ),
  ...underModes(
    avro('long narrowed to int', [record([id, { ...qty, type: 'long' }])], record([id, qty])),
    BREAKS_WRITERS,
  ),
  ...underModes(avro('int promoted to double', [record([id, qty])], record([id, { ...qty, type: 'double' }])), {
    BACKWARD: 'compatible',
    FORWARD: 'incompatible',
  }),
  ...underModes(
    avro(
      'float promoted to double',
      [record([{ name: 'price', type: 'float' }])],
      record([{ name: 'price', type: 'double' }]),
    ),
    { BACKWARD: 'compatible', FORWARD: 'incompatible' },
  ),
  ...underModes(
    avro('long promoted to float', [record([{ name: 'n', type: 'long' }])], record([{ name: 'n', type: 'float' }])),
    { BACKWARD: 'compatible' },
  ),
  ...underModes(avro('string to bytes', [record([id])], record([{ name: 'id', type: 'bytes' }])), BREAKS_NOTHING),
  ...underModes(avro('string to int', [record([id])], record([{ name: 'id', type: 'int' }])), BREAKS_BOTH),
  ...underModes(
    avro(
      'union widened',
      [record([{ name: 'note', type: ['null', 'string'], default: null }])],
      record([{ name: 'note', type: ['null', 'string', 'int'], default: null }]),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    avro(
      'union narrowed',
      [record([{ name: 'note', type: ['null', 'string', 'int'], default: null }])],
      record([{ name: 'note', type: ['null', 'string'], default: null }]),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    avro('field made nullable', [record([id])], record([{ name: 'id', type: ['null', 'string'], default: null }])),
    BREAKS_READERS,
  ),
  ...underModes(
    avro(
      'nullable field made required',
      [record([{ name: 'id', type: ['null', 'string'], default: null }])],
      record([id]),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    avro(
      'union branches reordered',
      [record([{ name: 'v', type: ['string', 'int'] }])],
      record([{ name: 'v', type: ['int', 'string'] }]),
    ),
    BREAKS_NOTHING,
  ),
  ...underModes(
    avro('int to a union with long', [record([qty])], record([{ name: 'qty', type: ['null', 'long'], default: null }])),
    BREAKS_READERS,
  ),
  ...underModes(
    avro(
      'enum symbol added, no enum default',
      [record([status(['NEW', 'PAID'])])],
      record([status(['NEW', 'PAID', 'SHIPPED'])]),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    avro(
      'enum symbol added, with enum default',
      [record([status(['UNKNOWN', 'NEW', 'PAID'], { default: 'UNKNOWN' })])],
      record([status(['UNKNOWN', 'NEW', 'PAID', 'SHIPPED'], { default: 'UNKNOWN' })]),
    ),
    BREAKS_NOTHING,
  ),
  ...underModes(
    avro(
      'enum symbol removed, no enum default',
      [record([status(['NEW', 'PAID', 'SHIPPED'])])],
      record([status(['NEW', 'PAID'])]),
    ),
    BREAKS_WRITERS,
  ),
  ...underModes(
    avro(
      'enum symbol removed, with enum default',
      [record([status(['UNKNOWN', 'NEW', 'PAID', 'SHIPPED'], { default: 'UNKNOWN' })])],
      record([status(['UNKNOWN', 'NEW', 'PAID'], { default: 'UNKNOWN' })]),
    ),
    BREAKS_NOTHING,
  ),
  ...underModes(
    avro(
      'enum symbol removed, default only in the candidate',
      [record([status(['UNKNOWN', 'NEW', 'PAID', 'SHIPPED'])])],
      record([status(['UNKNOWN', 'NEW', 'PAID'], { default: 'UNKNOWN' })]),
    ),
    BREAKS_NOTHING,
  ),
  ...underModes(
    avro(
      'enum symbol added, default only in the candidate',
      [record([status(['UNKNOWN', 'NEW'])])],
      record([status(['UNKNOWN', 'NEW', 'PAID'], { default: 'UNKNOWN' })]),
    ),
    BREAKS_READERS,
  ),
  ...underModes(
    avro('enum symbols replaced', [record([status(['NEW', 'PAID'])])], record([status(['NEW', 'SETTLED'])])),
    BREAKS_BOTH,
  ),
];
