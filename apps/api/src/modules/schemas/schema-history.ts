import {
  checkCompatibility,
  parseSchema,
  type CompatibilityMode,
  type CompatibilityResult,
  type ParsedSchema,
  type SchemaFormat,
  type SchemaIssue,
} from './compatibility';
import { schemasError } from './schemas.errors';

/** A stored version as compatibility checks need it. */
export interface HistoricVersion {
  readonly version: number;
  readonly format: SchemaFormat;
  readonly definition: string;
}

/** Parses schema text, or refuses it with SCHEMA_INVALID naming where the problem is. */
export function parseOrRefuse(format: SchemaFormat, definition: string, what = 'The schema'): ParsedSchema {
  const parsed = parseSchema(format, definition);
  if (parsed.ok) return parsed;
  const first = parsed.issues[0];
  throw schemasError(
    'SCHEMA_INVALID',
    `${what} is not a valid ${format} schema: ${parsed.issues.map(describeIssue).join('; ')}`,
    parsed.issues.map((issue) => ({
      path: 'definition',
      message: issue.message,
      schemaPath: issue.path,
      ...(issue.line !== undefined ? { line: issue.line } : {}),
      ...(issue.column !== undefined ? { column: issue.column } : {}),
    })),
    first ? { location: { path: first.path, line: first.line ?? null, column: first.column ?? null } } : {},
  );
}

function describeIssue(issue: SchemaIssue): string {
  const at =
    issue.line !== undefined
      ? `line ${issue.line}${issue.column !== undefined ? `, column ${issue.column}` : ''} (${issue.path})`
      : issue.path;
  return `at ${at}: ${issue.message}`;
}

/**
 * Checks a candidate against a port's history under its mode: the latest version, or every
 * version for *_TRANSITIVE modes. Changes name the port's own version numbers.
 */
export function checkAgainstHistory(
  mode: CompatibilityMode,
  candidate: ParsedSchema,
  history: readonly HistoricVersion[],
): CompatibilityResult {
  const compared = mode.endsWith('_TRANSITIVE') ? history : history.slice(-1);
  const result = checkCompatibility({
    format: candidate.format,
    mode,
    candidate,
    existing: compared.map((version) => parseStored(version)),
  });
  return {
    compatible: result.compatible,
    changes: result.changes.map((change) => ({
      ...change,
      versions: change.versions.map((index) => compared[index - 1]?.version ?? index),
    })),
  };
}

/** Stored versions were valid when written; one that no longer parses is a bug, not user input. */
export function parseStored(version: HistoricVersion): ParsedSchema {
  const parsed = parseSchema(version.format, version.definition);
  if (!parsed.ok)
    throw new Error(`stored schema version ${version.version} does not parse: ${parsed.issues[0]?.message}`);
  return parsed;
}
