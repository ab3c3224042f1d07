import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../modules/identity/actor';

/**
 * The actor of a request, resolved once at the HTTP layer (the rate limiter needs to know
 * whose budget to spend) and handed to the GraphQL context, so the AuthGuard reuses it
 * instead of reading the token or session a second time.
 */
const pending = new WeakMap<FastifyRequest, Promise<Actor>>();

export function rememberPendingActor(request: FastifyRequest, actor: Promise<Actor>): void {
  pending.set(request, actor);
}

export function pendingActorOf(request: FastifyRequest): Promise<Actor> | undefined {
  return pending.get(request);
}
