import {
  Body,
  Catch,
  Controller,
  Headers,
  HttpCode,
  Param,
  Post,
  Req,
  UseFilters,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError, ErrorCategory } from '../../infra/graphql/domain-error';
import { validateInput } from '../../infra/graphql/validate-input';
import { ActorResolverService } from '../identity/actor-resolver.service';
import { identityError } from '../identity/identity.errors';
import { HeartbeatsService } from './heartbeats.service';
import type { FreshnessHeartbeat } from './models/payloads.model';

const STATUS_OF_CATEGORY: Partial<Record<ErrorCategory, number>> = {
  [ErrorCategory.UNAUTHENTICATED]: 401,
  [ErrorCategory.FORBIDDEN]: 403,
  [ErrorCategory.NOT_FOUND]: 404,
  [ErrorCategory.VALIDATION_FAILED]: 400,
  [ErrorCategory.CONFLICT]: 409,
  [ErrorCategory.INVALID_TRANSITION]: 409,
  [ErrorCategory.UNAVAILABLE]: 503,
};

/**
 * REST errors as `{ error: { code, reason, message, issues } }` with the matching HTTP
 * status (the same codes GraphQL puts in extensions.code); anything unexpected is a bare 500.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof DomainError) {
      void reply.status(STATUS_OF_CATEGORY[exception.category] ?? 500).send({
        error: {
          code: exception.category,
          reason: exception.reason,
          message: exception.message,
          ...(exception.issues.length > 0 ? { issues: exception.issues } : {}),
        },
      });
      return;
    }
    const status = (exception as { getStatus?: () => number }).getStatus?.() ?? 500;
    void reply.status(status).send({
      error: {
        code: status === 500 ? ErrorCategory.INTERNAL : 'BAD_REQUEST',
        message: status === 500 ? 'Internal server error' : String((exception as Error).message),
      },
    });
  }
}

const bodySchema = z.object({
  lastUpdatedAt: z.iso.datetime({
    offset: true,
    message: 'must be an ISO 8601 date-time with a zone, such as 2026-01-01T12:00:00Z',
  }),
});
const paramsSchema = z.guid('not a valid id');

/**
 * `POST /api/v1/ports/{id}/heartbeat` with `{ "lastUpdatedAt": "<ISO 8601>" }` and a bearer
 * token scoped `freshness:report`: for producers that are simpler to wire to a REST call than
 * to GraphQL. Answers 200 with the stored heartbeat.
 */
@Controller('api/v1/ports')
@UseFilters(RestErrorFilter)
export class HeartbeatController {
  constructor(
    private readonly actors: ActorResolverService,
    private readonly heartbeats: HeartbeatsService,
  ) {}

  @Post(':id/heartbeat')
  @HttpCode(200)
  async report(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('authorization') authorization: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<FreshnessHeartbeat> {
    // Automation only: a bearer token, never the portal's session cookie (no CSRF exposure).
    if (!authorization) throw identityError('INVALID_TOKEN', 'Send an API token: Authorization: Bearer <token>');
    const actor = await this.actors.resolve({ authorization });
    const portId = validateInput(paramsSchema, id, 'INVALID_PORT_ID');
    const { lastUpdatedAt } = validateInput(bodySchema, body ?? {});
    return this.heartbeats.report(
      { actor, requestId: String(request.id) },
      { portId, lastUpdatedAt: new Date(lastUpdatedAt) },
    );
  }
}
