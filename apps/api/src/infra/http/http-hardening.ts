import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/app-config';
import { checkGraphqlBody, checkGraphqlTransport, GRAPHQL_PATH, pathOf } from './graphql-transport';
import { refusal, sendRefusal } from './http-refusal';
import { rateLimitHeaders, RequestRateLimiter, type RateLimitSubject } from './rate-limiter';

/** Probes answer orchestrators and load balancers, which must never be throttled into a restart. */
const EXEMPT_PATHS = new Set(['/healthz', '/readyz']);

export interface HttpHardeningOptions {
  readonly config: Pick<AppConfig, 'rateLimits' | 'redis'>;
  /**
   * The live token or session behind a request, or null for anonymous callers and for
   * credentials that do not authenticate (those spend their address's budget, so a made-up
   * token cannot buy a fresh budget).
   */
  readonly identify: (request: FastifyRequest) => Promise<RateLimitSubject | null>;
}

/**
 * Guards in front of every route, before GraphQL parses anything: the GraphQL transport rules
 * (POST with JSON, GET for queries only, one operation of bounded size) and the rate limits.
 * Each refusal is a 4xx with a GraphQL-shaped body and a stable code (see docs/api-hardening.md).
 */
export function installHttpHardening(fastify: FastifyInstance, options: HttpHardeningOptions): void {
  const limiter = new RequestRateLimiter(options.config, (error) =>
    fastify.log.warn({ err: error }, 'rate limit store unavailable; counting in memory'),
  );
  fastify.addHook('onReady', () => limiter.connect());
  fastify.addHook('onClose', () => limiter.close());

  fastify.addHook('onRequest', async (request, reply) => {
    const path = pathOf(request.url);
    if (EXEMPT_PATHS.has(path)) return;
    if (path === GRAPHQL_PATH) {
      const refused = checkGraphqlTransport({
        method: request.method,
        contentType: request.headers['content-type'],
        query: request.query,
      });
      if (refused) return sendRefusal(reply, refused);
    }
    const subject = (await options.identify(request)) ?? { kind: 'address', id: request.ip };
    const decision = await limiter.consume(subject);
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) {
      request.log.info({ subject: subject.kind }, 'rate limited');
      return sendRefusal(
        reply,
        refusal(
          429,
          'RATE_LIMITED',
          `Too many requests: at most ${decision.limit} per ${decision.windowSeconds} s per ${subject.kind}; retry in ${decision.resetSeconds} s`,
          {
            headers,
            details: {
              limit: decision.limit,
              windowSeconds: decision.windowSeconds,
              retryAfterSeconds: decision.resetSeconds,
            },
          },
        ),
      );
    }
    void reply.headers(headers);
  });

  fastify.addHook('preValidation', async (request, reply) => {
    if (request.method !== 'POST' || pathOf(request.url) !== GRAPHQL_PATH) return;
    const refused = checkGraphqlBody(request.body);
    if (refused) return sendRefusal(reply, refused);
  });
}
