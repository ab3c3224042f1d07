import type { PipeTransform } from '@nestjs/common';
import { slugSchema } from '@tessera/contracts';
import { z } from 'zod';
import { validateInput } from '../../../infra/graphql/validate-input';

/**
 * `@Args('input', …, new ZodValidationPipe(schema))`: the resolver receives parsed data; a bad
 * input is VALIDATION_FAILED (INVALID_INPUT) with one issue per field path.
 */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.output<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    return validateInput(this.schema, value);
  }
}

/** GraphQL lets a client send null for an optional field; null means "not given" here. */
export function omitted<Schema extends z.ZodType>(schema: Schema) {
  return schema.nullish().transform((value): z.output<Schema> | undefined => value ?? undefined);
}

/** A flag that is either set or not: null and false both mean "no". */
export const flagSchema = z
  .boolean()
  .nullish()
  .transform((value) => value === true);

export const idSchema = z.guid('not a valid id');

export const connectionNameSchema = slugSchema;
