import { Logger, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { GraphqlErrorFilter, toGraphqlError } from './graphql-error-filter';
import { LoaderRegistry, type GraphqlContext } from './loader-registry';
import { aliasLimitRule, productionRules, withoutSuggestions } from './abuse-limits';
import { assertQueryCost } from './query-limits';

const logger = new Logger('GraphQL');
const MAX_ALIASES = 30;

/**
 * Gives every error a stable `extensions.code`. Errors thrown in field resolvers bypass Nest's
 * exception filters, so domain errors are mapped here too, and anything unexpected from a
 * resolver is masked as INTERNAL_SERVER_ERROR; errors raised before resolvers run (parse,
 * validation, depth, cost) without a code of ours become GRAPHQL_VALIDATION_FAILED.
 */
export function withStableCodes(error: GraphQLError): GraphQLError {
  const located = { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path };
  const original = error.originalError;
  const originalCode = (original as { code?: unknown } | undefined)?.code;
  const fromMercurius = typeof originalCode === 'string' && originalCode.startsWith('MER_ERR');
  if (original && !(original instanceof GraphQLError) && !fromMercurius) {
    const mapped = toGraphqlError(original, logger);
    return new GraphQLError(mapped.message, { ...located, extensions: mapped.extensions });
  }
  if (typeof error.extensions.code === 'string') return error;
  return new GraphQLError(error.message, {
    ...located,
    extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

function mercuriusOptions(config: AppConfig): MercuriusDriverConfig {
  return {
    driver: MercuriusDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: config.graphql.ide,
    queryDepth: config.graphql.maxDepth,
    validationRules: [aliasLimitRule(MAX_ALIASES), ...productionRules(config.env === 'production')],
    hooks: {
      preExecution: (schema, document, context, variables) => {
        assertQueryCost(schema, document, variables as Record<string, unknown> | undefined, config.graphql.maxCost);
      },
    },
    context: (request: FastifyRequest, reply: FastifyReply): GraphqlContext => ({
      requestId: String(request.id),
      loaders: new LoaderRegistry(),
      request,
      reply,
    }),
    errorFormatter: (execution) => {
      const errors = execution.errors.flatMap((error) => {
        const nested = (error.originalError as { errors?: unknown } | undefined)?.errors;
        const list = Array.isArray(nested) ? (nested as GraphQLError[]) : [error];
        return list.map((item) =>
          withStableCodes(item instanceof GraphQLError ? item : new GraphQLError(String(item))),
        );
      });
      const production = config.env === 'production';
      return {
        statusCode: 200,
        response: {
          data: execution.data ?? null,
          errors: errors.map((error) => {
            const json = error.toJSON();
            return production ? { ...json, message: withoutSuggestions(json.message) } : json;
          }),
        },
      };
    },
  };
}

@Module({
  imports: [
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      inject: [APP_CONFIG],
      useFactory: mercuriusOptions,
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphqlErrorFilter }],
})
export class GraphqlApiModule {}
