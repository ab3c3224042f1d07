import type { z } from 'zod';
import { provisioningError, ProvisioningErrorCode } from './provisioning.errors';

/** Parses a spec or record, or refuses it with INVALID_GRANT naming every bad field. */
export function parseOrRefuse<Output>(schema: z.ZodType<Output>, value: unknown, what: string): Output {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join('.') : '(root)',
    message: issue.message,
  }));
  const problems = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  throw provisioningError(ProvisioningErrorCode.INVALID_GRANT, `Invalid ${what}: ${problems}`, undefined, { issues });
}
