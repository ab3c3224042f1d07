import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import fastifyCookie from '@fastify/cookie';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { INestApplicationContext } from '@nestjs/common';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { installHttpHardening } from './infra/http/http-hardening';
import { rememberPendingActor } from './infra/http/pending-actor';
import { createRootLogger, PinoNestLogger } from './infra/logging/logger';
import { ActorResolverService, sessionTokenOf } from './modules/identity/actor-resolver.service';
import { WorkerModule, type WorkerModuleOptions } from './worker.module';

const REQUEST_ID_HEADER = 'x-request-id';

/** Builds the API application (not yet listening), for main.ts and for tests. */
export async function createApiApplication(config: AppConfig): Promise<NestFastifyApplication> {
  const logger = createRootLogger(config, 'api');
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // Honour a caller's request id (a gateway's), else mint one; it is echoed back and logged.
    requestIdHeader: REQUEST_ID_HEADER,
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    // request.ip is then the right-most address in X-Forwarded-For not added by a trusted proxy.
    trustProxy: config.http.trustedProxies.length > 0 ? [...config.http.trustedProxies] : false,
  });
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  await app.register(fastifyCookie);
  // After the cookie plugin, whose hook parses the session cookie the rate limiter keys on.
  const actors = app.get(ActorResolverService);
  installHttpHardening(adapter.getInstance(), {
    config,
    identify: (request) => {
      const actor = actors.resolve({
        authorization: request.headers.authorization,
        sessionToken: sessionTokenOf(request) ?? undefined,
      });
      rememberPendingActor(request, actor);
      return actor.then(
        ({ tokenId, sessionId }) =>
          tokenId ? { kind: 'token', id: tokenId } : sessionId ? { kind: 'session', id: sessionId } : null,
        () => null,
      );
    },
  });
  app.enableShutdownHooks();
  return app;
}

/** Builds the worker application context: no HTTP, only processors and schedulers. */
export async function createWorkerApplication(
  config: AppConfig,
  options?: WorkerModuleOptions,
): Promise<INestApplicationContext> {
  const logger = createRootLogger(config, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  return app;
}
