import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { GRAPHQL_PATH } from '../http/graphql-transport';
import { pendingActorOf } from '../http/pending-actor';
import { formatErrors } from './error-formatter';
import { GraphqlErrorFilter } from './graphql-error-filter';
import { LoaderRegistry, type GraphqlContext } from './loader-registry';
import { aliasLimitRule, assertNoNulCharacters, productionRules } from './abuse-limits';
import { assertQueryCost } from './query-limits';

const MAX_ALIASES = 30;

function mercuriusOptions(config: AppConfig): MercuriusDriverConfig {
  return {
    driver: MercuriusDriver,
    path: GRAPHQL_PATH,
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: config.graphql.ide,
    queryDepth: config.graphql.maxDepth,
    validationRules: [aliasLimitRule(MAX_ALIASES), ...productionRules(config.env === 'production')],
    hooks: {
      preExecution: (schema, document, context, variables) => {
        const values = variables as Record<string, unknown> | undefined;
        assertNoNulCharacters(document, values);
        assertQueryCost(schema, document, values, config.graphql.maxCost);
      },
    },
    context: (request: FastifyRequest, reply: FastifyReply): GraphqlContext => ({
      requestId: String(request.id),
      loaders: new LoaderRegistry(),
      request,
      reply,
      // Resolved by the HTTP layer for the rate limiter; the AuthGuard reuses it.
      actorPromise: pendingActorOf(request),
    }),
    errorFormatter: (execution) => formatErrors(execution, config.env === 'production'),
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
