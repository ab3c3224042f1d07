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
        code: exception.category,
        reason: exception.reason,
        ...(exception.issues.length > 0 ? { issues: exception.issues } : {}),
      },
    });
  }
  if (exception instanceof GraphQLError && typeof exception.extensions.code === 'string') {
    return exception;
  }
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return new GraphQLError('Internal server error', {
    extensions: { code: ErrorCategory.INTERNAL },
  });
}
