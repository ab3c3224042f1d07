import type { z } from 'zod';
import { DomainError, ErrorCategory } from './domain-error';

/**
 * Validates a mutation input against its zod schema; a bad input becomes VALIDATION_FAILED
 * with one issue per field path, before anything is read or written.
 */
export function validateInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  reason = 'INVALID_INPUT',
): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  throw new DomainError(
    ErrorCategory.VALIDATION_FAILED,
    reason,
    `Invalid input: ${issues.map((issue) => `${issue.path || 'input'} ${issue.message}`).join('; ')}`,
    issues,
  );
}
