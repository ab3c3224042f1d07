import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCategory } from './domain-error';

/**
 * Maps every error a resolver throws to a GraphQL error with a stable `extensions.code`.
 * Domain errors keep their message; anything else is logged and replaced by a generic
 * message, so no stack trace or internal detail ever reaches a client.
 */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | undefined {
    if (host.getType<GqlContextType>() !== 'graphql') {
      super.catch(exception, host);
      return undefined;
    }
    return toGraphqlError(exception, this.logger);
  }
}

export function toGraphqlError(exception: unknown, logger: Pick<Logger, 'error'>): GraphQLError {
  if (exception instanceof DomainError) {
    return new GraphQLError(exception.message, {
      extensions: {
        ...exception.details,
        code: exception.category,
        reason: exception.reason,
        ...(exception.issues.length > 0 ? { issues: exception.issues } : {}),
      },
    });
  }
  if (exception instanceof GraphQLError && typeof exception.extensions.code === 'string') {
    return exception;
  }
  const refused = refusedValue(exception);
  if (refused) return refused;
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return new GraphQLError('Internal server error', {
    extensions: { code: ErrorCategory.INTERNAL },
  });
}

/** The SQLSTATE a database error carries through Prisma's driver adapter, if any. */
function sqlStateOf(exception: unknown): { code: string; message: string } | undefined {
  const cause = (
    exception as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; message?: unknown } } } }
  )?.meta?.driverAdapterError?.cause;
  if (typeof cause?.originalCode !== 'string') return undefined;
  return { code: cause.originalCode, message: typeof cause.message === 'string' ? cause.message : '' };
}

/**
 * Postgres data exceptions (SQLSTATE class 22: an id that is not a UUID, a value out of a
 * column's range) are the caller's input refused by the database, wherever a feature did not
 * check it first. They answer VALIDATION_FAILED, never the database's wording.
 */
function refusedValue(exception: unknown): GraphQLError | undefined {
  const state = sqlStateOf(exception);
  if (!state?.code.startsWith('22')) return undefined;
  const invalidId = state.code === '22P02' && state.message.includes('uuid');
  return new GraphQLError(
    invalidId ? 'An id in the request is not a valid id' : 'A value in the request is not valid',
    {
      extensions: { code: ErrorCategory.VALIDATION_FAILED, reason: invalidId ? 'INVALID_ID' : 'INVALID_VALUE' },
    },
  );
}
