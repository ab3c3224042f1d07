/**
 * Protobuf evolutions. Verdicts follow the Confluent registry's Protobuf rules: fields are
 * identified by number, adding and removing fields is compatible, types may change only within
 * a wire-compatible group, removing a message or changing the package is not compatible, and
 * adding a message is not forward compatible.
 */
import {
  type ApicurioDeviation,
  BREAKS_BOTH,
  BREAKS_NOTHING,
  BREAKS_READERS,
  BREAKS_WRITERS,
  type CorpusEntry,
  underModes,
} from './corpus.types';

type Deviation = Omit<ApicurioDeviation, 'engineFollows'>;

// Apicurio 3.0.9's Protobuf rule is a port of protolock: it keys fields by name and refuses most
// edits, checks FORWARD by swapping the versions, and its FULL accepts when either direction passes.
const STRICT_FIELDS: Deviation = {
  registryVerdict: 'incompatible',
  note: 'Apicurio refuses a field that disappears, is renamed or is renumbered (protolock rules); Confluent identifies fields by number and accepts removing, renaming or renumbering them, since readers skip unknown numbers.',
};
const RESERVED_REMOVED: Deviation = {
  registryVerdict: 'incompatible',
  note: 'Apicurio refuses the pair both ways: backward because a field disappeared (reserving it does not help), forward because reserved entries disappear. Confluent accepts removing a field.',
};
const FORWARD_ADDITIONS: Deviation = {
  registryVerdict: 'incompatible',
  note: 'Apicurio checks FORWARD by running its backward rule with the versions swapped, so every addition (field, enum value, oneof member) counts as a removal; Confluent accepts additions.',
};
const TYPE_GROUPS: Deviation = {
  registryVerdict: 'incompatible',
  note: 'Apicurio refuses any change of field type; Confluent accepts changes within a wire-compatible group (int32/int64/uint32/uint64/bool/enum, string/bytes, fixed32/sfixed32, fixed64/sfixed64).',
};
const STRING_LABEL: Deviation = {
  registryVerdict: 'incompatible',
  note: 'Apicurio refuses any label change; Confluent accepts a string or bytes field becoming repeated (a single-value reader keeps the last element) and refuses it for numbers.',
};
const FULL_EITHER_WAY: Deviation = {
  registryVerdict: 'compatible',
  note: 'Apicurio 3.0.9 treats Protobuf FULL as compatible when either direction passes (it refuses only when backward and forward both fail); Confluent requires both.',
};
const PACKAGE_IGNORED: Deviation = {
  registryVerdict: 'compatible',
  note: 'Apicurio keys messages by name without their package; Confluent refuses PACKAGE_CHANGED, which renames every message.',
};
const ENUM_VALUE_REMOVED: Deviation = {
  registryVerdict: 'incompatible',
  note: 'Apicurio refuses removing an enum value (it sees a number whose name changed); Confluent accepts it: readers treat the number as unknown.',
};
const ONEOF_IGNORED: Deviation = {
  registryVerdict: 'compatible',
  note: 'Apicurio ignores oneof membership; Confluent refuses moving several existing fields into one oneof (MULTIPLE_FIELDS_MOVED_TO_ONEOF): data that set more than one of them keeps only one.',
};
const allWays = (deviation: Deviation) => ({ BACKWARD: deviation, FORWARD: deviation, FULL: deviation });

function proto(body: string, options: { packageName?: string; syntax?: 'proto2' | 'proto3' } = {}): string {
  const syntax = options.syntax ?? 'proto3';
  const packageLine = options.packageName === '' ? '' : `package ${options.packageName ?? 'shop'};\n`;
  return `syntax = "${syntax}";\n${packageLine}\n${body.trim()}\n`;
}

const order = (fields: string, extra = '') => proto(`message Order {\n${fields}\n}\n${extra}`);
const ID = '  string id = 1;';
const QTY = '  int32 qty = 2;';
const NOTE = '  string note = 3;';
const REFUND = 'message Refund {\n  string order_id = 1;\n}';
const statusEnum = (values: string) => `enum Status {\n${values}\n}`;
const withStatus = (values: string, type = 'Status') => order(`${ID}\n  ${type} status = 2;`, statusEnum(values));
const LINE = (skuType: string, extra = '') =>
  `${ID}\n  Line line = 2;\n  message Line {\n    ${skuType} sku = 1;${extra}\n  }`;
const PAYMENT_ONEOF = (members: string) => `${ID}\n  oneof payment {\n${members}\n  }`;
const CARD = '    string card = 3;';
const IBAN = '    string iban = 4;';
const proto2 = (fields: string) => proto(`message Order {\n${fields}\n}`, { syntax: 'proto2' });
const pb = (name: string, previous: string[], candidate: string) => ({
  name: `protobuf: ${name}`,
  format: 'PROTOBUF' as const,
  previous,
  candidate,
});

export const PROTOBUF_CORPUS: CorpusEntry[] = [
  ...underModes(pb('field added', [order(ID)], order(`${ID}\n${QTY}`)), BREAKS_NOTHING, { FORWARD: FORWARD_ADDITIONS }),
  ...underModes(pb('field removed', [order(`${ID}\n${QTY}`)], order(ID)), BREAKS_NOTHING, { BACKWARD: STRICT_FIELDS }),
  ...underModes(
    pb('field removed and reserved', [order(`${ID}\n${QTY}`)], order(`${ID}\n  reserved 2;\n  reserved "qty";`)),
    BREAKS_NOTHING,
    allWays(RESERVED_REMOVED),
  ),
  ...underModes(
    pb('field renumbered', [order(`${ID}\n${QTY}`)], order(`${ID}\n  int32 qty = 3;`)),
    BREAKS_NOTHING,
    allWays(STRICT_FIELDS),
  ),
  ...underModes(
    pb('field renamed', [order(`${ID}\n${QTY}`)], order(`${ID}\n  int32 quantity = 2;`)),
    BREAKS_NOTHING,
    allWays(STRICT_FIELDS),
  ),
  ...underModes(
    pb('field type changed from int32 to string', [order(`${ID}\n${QTY}`)], order(`${ID}\n  string qty = 2;`)),
    BREAKS_BOTH,
  ),
  ...underModes(
    pb(
      'field type changed within a group (int32 to int64)',
      [order(`${ID}\n${QTY}`)],
      order(`${ID}\n  int64 qty = 2;`),
    ),
    BREAKS_NOTHING,
    allWays(TYPE_GROUPS),
  ),
  ...underModes(
    pb(
      'field type changed within a group (string to bytes)',
      [order(`${ID}\n${QTY}`)],
      order(`  bytes id = 1;\n${QTY}`),
    ),
    BREAKS_NOTHING,
    allWays(TYPE_GROUPS),
  ),
  ...underModes(
    pb(
      'field type changed across groups (int32 to sint32)',
      [order(`${ID}\n${QTY}`)],
      order(`${ID}\n  sint32 qty = 2;`),
    ),
    BREAKS_BOTH,
  ),
  ...underModes(
    pb(
      'field type changed within a group (fixed32 to sfixed32)',
      [order(`${ID}\n  fixed32 qty = 2;`)],
      order(`${ID}\n  sfixed32 qty = 2;`),
    ),
    BREAKS_NOTHING,
    allWays(TYPE_GROUPS),
  ),
  ...underModes(
    pb('numeric field made repeated', [order(`${ID}\n${QTY}`)], order(`${ID}\n  repeated int32 qty = 2;`)),
    BREAKS_BOTH,
  ),
  ...underModes(
    pb('string field made repeated', [order(`${ID}\n${QTY}`)], order(`  repeated string id = 1;\n${QTY}`)),
    BREAKS_NOTHING,
    allWays(STRING_LABEL),
  ),
  ...underModes(pb('message added', [order(ID)], order(ID, REFUND)), BREAKS_READERS, { FULL: FULL_EITHER_WAY }),
  ...underModes(pb('message removed', [order(ID, REFUND)], order(ID)), BREAKS_WRITERS, { FULL: FULL_EITHER_WAY }),
  ...underModes(
    pb(
      'enum value removed',
      [withStatus('  NEW = 0;\n  PAID = 1;\n  SHIPPED = 2;')],
      withStatus('  NEW = 0;\n  PAID = 1;'),
    ),
    BREAKS_NOTHING,
    { BACKWARD: ENUM_VALUE_REMOVED },
  ),
  ...underModes(
    pb(
      'enum value added',
      [withStatus('  NEW = 0;\n  PAID = 1;')],
      withStatus('  NEW = 0;\n  PAID = 1;\n  SHIPPED = 2;'),
    ),
    BREAKS_NOTHING,
    { FORWARD: FORWARD_ADDITIONS },
  ),
  ...underModes(
    pb(
      'enum field changed to int32',
      [withStatus('  NEW = 0;\n  PAID = 1;')],
      withStatus('  NEW = 0;\n  PAID = 1;', 'int32'),
    ),
    BREAKS_NOTHING,
    allWays(TYPE_GROUPS),
  ),
  ...underModes(
    pb(
      'package changed',
      [order(`${ID}\n${QTY}`)],
      proto(`message Order {\n${ID}\n${QTY}\n}`, { packageName: 'shop.v2' }),
    ),
    BREAKS_BOTH,
    allWays(PACKAGE_IGNORED),
  ),
  ...underModes(
    pb('new oneof with new fields', [order(ID)], order(PAYMENT_ONEOF(`${CARD}\n${IBAN}`))),
    BREAKS_NOTHING,
    {
      FORWARD: FORWARD_ADDITIONS,
    },
  ),
  ...underModes(
    pb(
      'one existing field moved into a new oneof',
      [order(`${ID}\n${CARD.trim()}`)],
      order(PAYMENT_ONEOF(`${CARD}\n${IBAN}`)),
    ),
    BREAKS_NOTHING,
    { FORWARD: FORWARD_ADDITIONS },
  ),
  ...underModes(
    pb(
      'two existing fields moved into a new oneof',
      [order(`${ID}\n${CARD.trim()}\n${IBAN.trim()}`)],
      order(PAYMENT_ONEOF(`${CARD}\n${IBAN}`)),
    ),
    { BACKWARD: 'incompatible' },
    { BACKWARD: ONEOF_IGNORED },
  ),
  ...underModes(
    pb('field removed from a oneof', [order(PAYMENT_ONEOF(`${CARD}\n${IBAN}`))], order(PAYMENT_ONEOF(CARD))),
    BREAKS_WRITERS,
    { FULL: FULL_EITHER_WAY },
  ),
  ...underModes(pb('nested message field type changed', [order(LINE('string'))], order(LINE('int64'))), BREAKS_BOTH),
  ...underModes(
    pb('nested message gains a field', [order(LINE('string'))], order(LINE('string', '\n    int32 qty = 2;'))),
    BREAKS_NOTHING,
    {
      FORWARD: FORWARD_ADDITIONS,
    },
  ),
  ...underModes(
    pb(
      'message field points at another message',
      [
        order(
          `${ID}\n  Money total = 2;`,
          'message Money {\n  int64 cents = 1;\n}\nmessage Price {\n  int64 cents = 1;\n}',
        ),
      ],
      order(
        `${ID}\n  Price total = 2;`,
        'message Money {\n  int64 cents = 1;\n}\nmessage Price {\n  int64 cents = 1;\n}',
      ),
    ),
    BREAKS_BOTH,
  ),
  ...underModes(
    pb(
      'map value type changed',
      [order(`${ID}\n  map<string, int32> totals = 2;`)],
      order(`${ID}\n  map<string, string> totals = 2;`),
    ),
    BREAKS_BOTH,
  ),
  ...underModes(
    pb('reserved number reused', [order(`${ID}\n  reserved 2;`)], order(`${ID}\n  string note = 2;`)),
    BREAKS_BOTH,
  ),
  ...underModes(
    pb(
      'proto2 required field added',
      [proto2('  required string id = 1;')],
      proto2('  required string id = 1;\n  required int32 qty = 2;'),
    ),
    BREAKS_BOTH,
  ),
  ...underModes(
    pb(
      'proto2 optional field added',
      [proto2('  required string id = 1;')],
      proto2('  required string id = 1;\n  optional int32 qty = 2;'),
    ),
    BREAKS_NOTHING,
    { FORWARD: FORWARD_ADDITIONS },
  ),
  ...underModes(
    pb('comments changed', [order(`${ID}\n${QTY}`)], order(`  // The order id.\n${ID}\n  // How many.\n${QTY}`)),
    { FULL: 'compatible' },
  ),
  ...underModes(pb('message renamed', [order(ID)], proto(`message Purchase {\n${ID}\n}`)), BREAKS_BOTH),
  ...underModes(
    pb(
      'two versions back: number reused with another type',
      [order(`${ID}\n${QTY}`), order(ID)],
      order(`${ID}\n  string qty = 2;`),
    ),
    { BACKWARD: 'compatible', BACKWARD_TRANSITIVE: 'incompatible' },
  ),
  ...underModes(
    pb(
      'two versions back: number reused, forward',
      [order(`${ID}\n${QTY}`), order(ID)],
      order(`${ID}\n  string qty = 2;`),
    ),
    { FORWARD: 'compatible', FORWARD_TRANSITIVE: 'incompatible', FULL_TRANSITIVE: 'incompatible' },
    { FORWARD: FORWARD_ADDITIONS },
  ),
  ...underModes(
    pb(
      'three versions, fields added',
      [order(ID), order(`${ID}\n${QTY}`), order(`${ID}\n${QTY}\n${NOTE}`)],
      order(`${ID}\n${QTY}\n${NOTE}\n  bool gift = 4;`),
    ),
    { BACKWARD_TRANSITIVE: 'compatible', FORWARD_TRANSITIVE: 'compatible', FULL_TRANSITIVE: 'compatible' },
    { FORWARD_TRANSITIVE: FORWARD_ADDITIONS },
  ),
  ...underModes(
    pb(
      'two versions back: a message removed',
      [order(ID, REFUND), order(`${ID}\n${QTY}`, REFUND)],
      order(`${ID}\n${QTY}`),
    ),
    { BACKWARD_TRANSITIVE: 'incompatible', FORWARD_TRANSITIVE: 'compatible' },
    { FORWARD_TRANSITIVE: FORWARD_ADDITIONS },
  ),
  ...underModes(
    pb(
      'two versions back: a field added, comments changed',
      [order(`${ID}\n${QTY}`), order(`${ID}\n${QTY}\n  // note\n${NOTE}`)],
      order(`${ID}\n${QTY}\n  // a note\n${NOTE}`),
    ),
    { FULL_TRANSITIVE: 'compatible' },
  ),
  ...underModes(pb('incompatible change under NONE', [order(`${ID}\n${QTY}`)], order(`${ID}\n  string qty = 2;`)), {
    NONE: 'compatible',
  }),
  ...underModes(pb('message removed under NONE', [order(ID, REFUND)], order(ID)), { NONE: 'compatible' }),
];
