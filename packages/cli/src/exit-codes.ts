/**
 * What the CLI tells CI through its exit code. A pipeline can retry on 1, fix the file on 2
 * and ask for rights or resolve the conflict on 3.
 */
export const EXIT = {
  /** Applied, or nothing to change. */
  OK: 0,
  /** Anything else: network, server error, a response the CLI does not understand. */
  FAILURE: 1,
  /** An invalid descriptor, found locally or by the server. */
  INVALID: 2,
  /** Refused: not signed in, not allowed, a conflict, an illegal transition, a missing team or domain. */
  REFUSED: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code for a GraphQL error's `extensions.code`. */
export function exitCodeForErrorCode(code: string | undefined): ExitCode {
  switch (code) {
    case 'VALIDATION_FAILED':
      return EXIT.INVALID;
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'INVALID_TRANSITION':
      return EXIT.REFUSED;
    default:
      return EXIT.FAILURE;
  }
}
