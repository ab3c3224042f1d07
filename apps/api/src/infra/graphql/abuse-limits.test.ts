import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { aliasLimitRule, assertNoNulCharacters, withoutSuggestions } from './abuse-limits';

const schema = buildSchema('type Query { a(text: String, input: JSON): String } scalar JSON');

describe('abuse limits', () => {
  it('refuses more aliases than the limit, once', () => {
    const aliased = parse(`{ ${Array.from({ length: 5 }, (_, index) => `x${index}: a`).join(' ')} }`);
    const errors = validate(schema, aliased, [aliasLimitRule(3)]);
    expect(errors.map((error) => error.extensions)).toEqual([
      { code: 'VALIDATION_FAILED', reason: 'TOO_MANY_ALIASES', maxAliases: 3 },
    ]);
    expect(validate(schema, aliased, [aliasLimitRule(5)])).toEqual([]);
  });

  it('refuses a NUL character in a literal, a nested literal or a variable', () => {
    const refused = { extensions: { code: 'VALIDATION_FAILED', reason: 'NUL_CHARACTER' } };
    expect(() => assertNoNulCharacters(parse('{ a(text: "x\\u0000y") }'), undefined)).toThrow(
      expect.objectContaining(refused),
    );
    expect(() => assertNoNulCharacters(parse('{ a(input: { list: ["ok", "n\\u0000"] }) }'), {})).toThrow(
      expect.objectContaining(refused),
    );
    expect(() =>
      assertNoNulCharacters(parse('query($v: JSON) { a(input: $v) }'), { v: { deep: [{ name: 'a\u0000' }] } }),
    ).toThrow(expect.objectContaining(refused));
  });

  it('lets ordinary text through, escapes and all', () => {
    expect(() =>
      assertNoNulCharacters(parse('{ a(text: "tab\\t, é, \\u00e9") }'), { v: { name: 'line\nbreak' } }),
    ).not.toThrow();
  });

  it('drops a "Did you mean" hint from a message', () => {
    expect(withoutSuggestions('Cannot query field "nam" on type "X". Did you mean "name"?')).toBe(
      'Cannot query field "nam" on type "X".',
    );
  });
});
