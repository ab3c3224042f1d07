import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { GraphqlErrorFilter } from './graphql-error-filter';
import { LoaderRegistry, type GraphqlContext } from './loader-registry';
import { assertQueryCost } from './query-limits';

/**
 * Errors raised before resolvers run (parse, validation, depth, cost) carry no code of ours;
 * give each one a stable code so clients can branch on `extensions.code` alone.
 */
function withStableCodes(error: GraphQLError): GraphQLError {
  if (typeof error.extensions.code === 'string') return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
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
      return {
        statusCode: 200,
        response: { data: execution.data ?? null, errors: errors.map((error) => error.toJSON()) },
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
