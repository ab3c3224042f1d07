import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { timingSafeEqual } from 'node:crypto';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import { DomainError, ErrorCategory } from '../../infra/graphql/domain-error';
import { ActorResolverService, sessionTokenOf } from './actor-resolver.service';
import { identityError } from './identity.errors';
import { ANONYMOUS } from './actor';
import { IS_PUBLIC } from './request-context.decorator';

function sameSecret(left: string, right: string): boolean {
  const a = Buffer.from(left);
  const b = Buffer.from(right);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Runs before every GraphQL resolver: resolves the Actor once per request (bearer token or
 * session cookie), refuses anonymous callers unless the resolver is @Public(), and protects
 * cookie-authenticated mutations against CSRF with the session's X-CSRF-Token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolverService,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    if (execution.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(execution);
    const context = gql.getContext<GraphqlContext>();
    const { request } = context;
    const sessionToken = sessionTokenOf(request) ?? undefined;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    context.actorPromise ??= this.actors.resolve({ authorization: request.headers.authorization, sessionToken });
    // A dead session cookie must not lock a browser out of signing in again: public fields
    // answer it as anonymous. A bad bearer token is refused everywhere (automation should know).
    const actor = await context.actorPromise.catch((error: unknown) => {
      if (isPublic && error instanceof DomainError && error.reason === 'SESSION_EXPIRED') return ANONYMOUS;
      throw error;
    });
    context.actor = actor;
    if (actor.type === 'anonymous' && !isPublic) {
      throw new DomainError(
        ErrorCategory.UNAUTHENTICATED,
        'UNAUTHENTICATED',
        'You need to sign in or send an API token',
      );
    }
    // Public mutations (signIn) run with or without a session, so they carry no CSRF token.
    if (
      !isPublic &&
      actor.type === 'user' &&
      sessionToken &&
      gql.getInfo<{ operation: { operation: string } }>().operation.operation === 'mutation'
    ) {
      const header = request.headers['x-csrf-token'];
      const expected = await this.actors.csrfTokenOf(sessionToken);
      if (typeof header !== 'string' || !expected || !sameSecret(header, expected))
        throw identityError('CSRF_TOKEN_MISSING');
    }
    return true;
  }
}
