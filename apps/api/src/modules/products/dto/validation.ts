import type { PipeTransform } from '@nestjs/common';
import { supportLinkSchema, tagSchema } from '@tessera/contracts';
import { z } from 'zod';
import type { FieldIssue } from '../../../infra/graphql/domain-error';
import { validateInput } from '../../../infra/graphql/validate-input';

/** Field issues with dotted paths relative to the input, such as `tags.0` or `location.topic`. */
export function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * `@Args('input', { type: () => X }, new ZodValidationPipe(schema))`: the resolver receives parsed data;
 * a bad input is VALIDATION_FAILED (reason INVALID_INPUT) with one issue per field path.
 */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.output<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    return validateInput(this.schema, value);
  }
}

/** Identifiers are UUIDs; anything else cannot name a row. */
export const idSchema = z.guid('not a valid id');

/** For lookups, where an id that is not a UUID is simply not found. */
export function isId(value: string): boolean {
  return idSchema.safeParse(value).success;
}

export const nameSchema = z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters');

export const longTextSchema = z.string().max(10_000, 'at most 10,000 characters');

export const portDescriptionSchema = z.string().max(2_000, 'at most 2,000 characters');

/** Tags are a set: duplicates are dropped, the first occurrence keeps its position. */
export const tagsSchema = z
  .array(tagSchema)
  .max(50, 'at most 50 tags')
  .transform((tags) => [...new Set(tags)]);

/** GraphQL clients send `channel: null` for an absent optional field; the contracts schema wants it left out. */
function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null));
}

export const supportLinksSchema = z
  .array(z.preprocess(withoutNulls, supportLinkSchema))
  .max(20, 'at most 20 support links');
