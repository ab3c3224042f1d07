import { expect } from 'vitest';

/**
 * What must never reach a client: stack frames, exception dumps, SQL and database wording, ORM
 * or file names. The same list is in scripts/fuzz/hooks.py.
 */
const INTERNALS = [
  /"stack"\s*:/,
  /"exception"\s*:/,
  /stacktrace/i,
  /\bat [\w.<>$]+ \(/,
  /node_modules|\.ts:\d+|\.js:\d+/,
  /prisma/i,
  /SQLSTATE|relation "|violates .*constraint|duplicate key value|invalid byte sequence|invalid input syntax|syntax error at or near|column "[^"]+" does not exist/i,
  /\b(SELECT|INSERT|UPDATE|DELETE)\b .*\b(FROM|INTO|SET)\b/,
  /FastifyError|MER_ERR|FST_ERR|TypeError|ReferenceError|ECONNREFUSED/,
];

/** Fails when a response body carries any of the patterns above. */
export function expectNoInternals(body: string): void {
  for (const pattern of INTERNALS) expect(body, `leaks ${String(pattern)}`).not.toMatch(pattern);
}
