import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeForErrorCode } from './exit-codes';

describe('exit codes', () => {
  it('exits 2 for a descriptor the server finds invalid', () => {
    expect(exitCodeForErrorCode('VALIDATION_FAILED')).toBe(2);
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION'])(
    'exits 3 when refused: %s',
    (code) => {
      expect(exitCodeForErrorCode(code)).toBe(EXIT.REFUSED);
    },
  );

  it.each(['INTERNAL_SERVER_ERROR', 'UNAVAILABLE', 'GRAPHQL_VALIDATION_FAILED', undefined])(
    'exits 1 for any other failure: %s',
    (code) => {
      expect(exitCodeForErrorCode(code)).toBe(EXIT.FAILURE);
    },
  );
});
