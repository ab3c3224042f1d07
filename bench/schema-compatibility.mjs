// Schema compatibility check time for schemas of 20 and 200 fields, per format: the engine
// alone (versions already parsed, as a publish compares with stored versions) and with parsing
// both texts. Uses the compiled engine: build apps/api first (`npx tsc -p tsconfig.build.json`).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { checkCompatibility, parseSchema } = require(join(root, 'apps/api/dist/modules/schemas/compatibility/index.js'));

const AVRO_TYPES = ['string', 'long', 'double', 'boolean'];

function avroSchema(fields, evolved) {
  const list = Array.from({ length: fields }, (_, index) => {
    if (index % 10 === 5) return { name: `f${index}`, type: ['null', 'string'], default: null };
    if (index % 10 === 7)
      return { name: `f${index}`, type: { type: 'enum', name: `E${index}`, symbols: ['A', 'B', 'C'] } };
    if (index % 10 === 9) {
      return {
        name: `f${index}`,
        type: {
          type: 'record',
          name: `R${index}`,
          fields: [
            { name: 'x', type: 'int' },
            { name: 'y', type: 'string' },
          ],
        },
      };
    }
    return { name: `f${index}`, type: AVRO_TYPES[index % AVRO_TYPES.length], doc: `Field ${index}` };
  });
  if (evolved) {
    list[1] = { ...list[1], doc: 'Changed' };
    list.push({ name: 'added', type: 'string', default: '' });
  }
  return JSON.stringify({ type: 'record', name: 'Bench', namespace: 'bench', fields: list });
}

function jsonSchema(fields, evolved) {
  const properties = {};
  for (let index = 0; index < fields; index++) {
    const kind = index % 5;
    properties[`f${index}`] =
      kind === 0
        ? { type: 'string', maxLength: 64, description: `Field ${index}` }
        : kind === 1
          ? { type: 'integer', minimum: 0 }
          : kind === 2
            ? { enum: ['A', 'B', 'C'] }
            : kind === 3
              ? { type: 'array', items: { type: 'number' } }
              : {
                  type: 'object',
                  properties: { x: { type: 'integer' }, y: { type: 'string' } },
                  additionalProperties: false,
                };
  }
  if (evolved) properties.added = { type: 'string' };
  const required = Object.keys(properties).filter((_, index) => index % 3 === 0);
  return JSON.stringify({
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  });
}

const PROTO_TYPES = ['string', 'int64', 'double', 'bool', 'Status', 'Line'];

function protobufSchema(fields, evolved) {
  const lines = Array.from(
    { length: fields },
    (_, index) => `  ${PROTO_TYPES[index % PROTO_TYPES.length]} f${index} = ${index + 1};`,
  );
  if (evolved) lines.push(`  string added = ${fields + 1};`);
  return `syntax = "proto3";\npackage bench;\nmessage Bench {\n${lines.join('\n')}\n}\nmessage Line {\n  string sku = 1;\n  int32 qty = 2;\n}\nenum Status {\n  NEW = 0;\n  PAID = 1;\n}\n`;
}

const GENERATORS = { AVRO: avroSchema, JSON: jsonSchema, PROTOBUF: protobufSchema };

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time(iterations, work) {
  for (let index = 0; index < Math.min(200, iterations); index++) work(); // warm-up
  const samples = new Array(iterations);
  for (let index = 0; index < iterations; index++) {
    const start = process.hrtime.bigint();
    work();
    samples[index] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  samples.sort((a, b) => a - b);
  const round = (value) => Math.round(value * 1000) / 1000;
  return {
    p50: round(percentile(samples, 50)),
    p99: round(percentile(samples, 99)),
    max: round(samples[samples.length - 1]),
  };
}

function parsed(format, text) {
  const result = parseSchema(format, text);
  if (!result.ok) throw new Error(`${format} bench schema is invalid: ${JSON.stringify(result.issues)}`);
  return result;
}

export async function run({ sizes = [20, 200], mode = 'FULL' } = {}) {
  const results = {};
  for (const [format, generate] of Object.entries(GENERATORS)) {
    for (const fields of sizes) {
      const previousText = generate(fields, false);
      const candidateText = generate(fields, true);
      const previous = parsed(format, previousText);
      const candidate = parsed(format, candidateText);
      const iterations = fields >= 200 ? 500 : 2000;
      const verdict = checkCompatibility({ format, mode, existing: [previous], candidate });
      results[`${format.toLowerCase()}-${fields}-fields`] = {
        mode,
        compatible: verdict.compatible,
        changes: verdict.changes.length,
        schemaBytes: candidateText.length,
        iterations,
        checkMs: time(iterations, () => checkCompatibility({ format, mode, existing: [previous], candidate })),
        parseAndCheckMs: time(iterations, () =>
          checkCompatibility({ format, mode, existing: [previousText], candidate: candidateText }),
        ),
      };
    }
  }
  return results;
}
