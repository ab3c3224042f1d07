/**
 * The stable codes clients see in GraphQL `extensions.code`. Features raise DomainErrors
 * with their own reason codes (in `<feature>.errors.ts`); each reason belongs to one of
 * these categories, and one filter maps them for every resolver.
 */
export enum ErrorCategory {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  UNAVAILABLE = 'UNAVAILABLE',
  INTERNAL = 'INTERNAL_SERVER_ERROR',
}

/** One field-level problem in an input, with the path of the field inside the input. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** A failure the user caused or can act on; anything else is an internal error. */
export class DomainError extends Error {
  constructor(
    readonly category: ErrorCategory,
    /** A feature's own stable code, such as DATA_PRODUCT_SLUG_TAKEN. */
    readonly reason: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    /** More detail for clients, beside code and reason in `extensions` (a schema's changes, a location). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Defines a feature's error catalogue: reason code -> category and the message users see. */
export function defineErrors<Reason extends string>(
  catalogue: Record<Reason, { category: ErrorCategory; message: string }>,
) {
  return (
    reason: Reason,
    message?: string,
    issues?: readonly FieldIssue[],
    details?: Readonly<Record<string, unknown>>,
  ): DomainError => {
    const entry = catalogue[reason];
    return new DomainError(entry.category, reason, message ?? entry.message, issues, details);
  };
}
