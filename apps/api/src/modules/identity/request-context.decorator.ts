import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import { ANONYMOUS, type RequestContext } from './actor';

/** Resolvers marked public answer without a signed-in user or token (apiInfo, signIn). */
export const IS_PUBLIC = 'tessera:isPublic';
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The actor resolved for this request by the AuthGuard, and the request id. */
export function requestContextOf(context: GraphqlContext): RequestContext {
  return { actor: context.actor ?? ANONYMOUS, requestId: context.requestId };
}

/** Injects the RequestContext into a resolver method: `@CurrentRequest() request: RequestContext`. */
export const CurrentRequest = createParamDecorator((_data: unknown, execution: ExecutionContext): RequestContext => {
  return requestContextOf(GqlExecutionContext.create(execution).getContext<GraphqlContext>());
});
