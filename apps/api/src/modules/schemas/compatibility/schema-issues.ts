import type { SchemaFormat, SchemaInvalid, SchemaIssue } from './compatibility.types';

export function schemaInvalid(issues: readonly SchemaIssue[]): SchemaInvalid {
  return { ok: false, code: 'SCHEMA_INVALID', issues };
}

/** Thrown when the engine is given schema text that does not parse; carries the issues. */
export class SchemaInvalidError extends Error {
  readonly code = 'SCHEMA_INVALID';

  constructor(
    readonly format: SchemaFormat,
    readonly issues: readonly SchemaIssue[],
  ) {
    super(`Invalid ${format} schema: ${issues.map((issue) => issue.message).join('; ')}`);
    this.name = 'SchemaInvalidError';
  }
}
