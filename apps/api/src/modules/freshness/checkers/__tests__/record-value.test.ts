import { describe, expect, it } from 'vitest';
import { CheckFailure } from '../check-outcome';
import { decodeRecordValue, readFieldPath } from '../kafka/record-value';

describe('reading a field out of a record value', () => {
  const event = { source: { ts_ms: 1772600767891 }, items: [{ at: 'x' }], after: null, wrapped: { long: 5 } };

  it('follows dot paths through objects and array indexes', () => {
    expect(readFieldPath(event, 'source.ts_ms')).toBe(1772600767891);
    expect(readFieldPath(event, 'items.0.at')).toBe('x');
  });

  it('answers undefined for missing or null steps, never a prototype property', () => {
    expect(readFieldPath(event, 'source.missing')).toBeUndefined();
    expect(readFieldPath(event, 'after.updated_at')).toBeUndefined();
    expect(readFieldPath(event, 'after')).toBeUndefined();
    expect(readFieldPath(event, 'items.first')).toBeUndefined();
    expect(readFieldPath(event, 'source.constructor')).toBeUndefined();
  });

  it('unwraps an Avro union branch', () => {
    expect(readFieldPath(event, 'wrapped')).toBe(5);
  });

  it('parses JSON values and refuses registry-encoded ones when no registry is configured', async () => {
    await expect(decodeRecordValue(Buffer.from('{"a":1}'), undefined, 'p0@1')).resolves.toEqual({ a: 1 });
    const wire = Buffer.from([0, 0, 0, 0, 7, 1, 2]);
    const failure = await decodeRecordValue(wire, undefined, 'p0@1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CheckFailure);
    expect((failure as CheckFailure).errorCode).toBe('DECODE_FAILED');
    expect((failure as CheckFailure).message).toContain('schema id 7');
  });
});
