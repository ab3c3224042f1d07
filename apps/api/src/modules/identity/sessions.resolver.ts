import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from './actor';
import { RevokeSessionInput } from './dto/identity.inputs';
import { BrowserSession, RevokeOtherSessionsPayload, RevokeSessionPayload } from './models/identity.models';
import { CurrentRequest } from './request-context.decorator';
import { SessionService } from './session.service';

type SessionRow = Omit<BrowserSession, 'current'>;

/** A user's own signed-in browsers: listed, and signed out one by one or all but this one. */
@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionService) {}

  @Query(() => [BrowserSession], {
    description: "The signed-in user's browsers that are still signed in, most recently used first.",
  })
  async mySessions(@CurrentRequest() request: RequestContext): Promise<BrowserSession[]> {
    return (await this.sessions.listOwn(request)).map((row) => toBrowserSession(row, request));
  }

  @Mutation(() => RevokeSessionPayload, {
    description: 'Signs one of your browsers out at once; its cookie stops working. SESSION_NOT_FOUND for any other.',
  })
  async revokeSession(
    @Args('input') input: RevokeSessionInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<RevokeSessionPayload> {
    return { session: toBrowserSession(await this.sessions.revokeOwn(request, input.id), request) };
  }

  @Mutation(() => RevokeOtherSessionsPayload, {
    description: 'Signs out every browser of yours except the one asking.',
  })
  async revokeOtherSessions(@CurrentRequest() request: RequestContext): Promise<RevokeOtherSessionsPayload> {
    return { revokedCount: await this.sessions.revokeOthers(request) };
  }
}

function toBrowserSession(row: SessionRow, request: RequestContext): BrowserSession {
  return { ...row, current: row.id === request.actor.sessionId };
}
