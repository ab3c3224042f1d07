import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { API_TOKEN_SCOPES, type ApiTokenScope, type TeamRole } from '@tessera/contracts';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { RequestContext } from './actor';
import { SESSION_COOKIE, sessionTokenOf } from './actor-resolver.service';

/** What @fastify/cookie adds to a reply (its type augmentation does not reach Fastify 5.11's generics). */
interface CookieReply {
  setCookie(name: string, value: string, options: Record<string, unknown>): unknown;
  clearCookie(name: string, options: Record<string, unknown>): unknown;
}
import { ApiTokenService } from './api-token.service';
import { CreateApiTokenInput, RevokeApiTokenInput, SignInInput } from './dto/identity.inputs';
import { ViewerService } from './viewer.service';
import {
  ApiToken,
  CreateApiTokenPayload,
  RevokeApiTokenPayload,
  SignInPayload,
  SignOutPayload,
  Viewer,
} from './models/identity.models';
import { CurrentRequest, Public } from './request-context.decorator';
import { scopeFromPrisma } from './scopes';
import { SessionService } from './session.service';

type TokenRow = Awaited<ReturnType<ApiTokenService['revoke']>>;
const toApiToken = (row: TokenRow): ApiToken => ({ ...row, scopes: row.scopes.map(scopeFromPrisma) });

@Resolver()
export class IdentityResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly viewer: ViewerService,
  ) {}

  @Query(() => Viewer, { description: 'Who the caller is, and the teams they act for.' })
  me(@CurrentRequest() request: RequestContext): Promise<Viewer> {
    return this.viewer.describe(request);
  }

  @Public()
  @Mutation(() => SignInPayload, {
    description:
      'Opens a browser session and sets its httpOnly cookie; any previous session of this browser is revoked.',
  })
  async signIn(
    @Args('input') input: SignInInput,
    @CurrentRequest() request: RequestContext,
    @Context() context: GraphqlContext,
  ): Promise<SignInPayload> {
    const previous = sessionTokenOf(context.request);
    const session = await this.sessions.signIn(request, input.email, input.password, {
      userAgent: context.request.headers['user-agent'] ?? null,
      ipAddress: context.request.ip ?? null,
      previousSessionToken: previous,
    });
    void (context.reply as unknown as CookieReply).setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.auth.cookieSecure,
      path: '/',
      expires: session.expiresAt,
    });
    const viewer = await this.viewer.userById(session.userId);
    return { user: viewer, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  @Mutation(() => SignOutPayload, { description: 'Revokes the current browser session and clears its cookie.' })
  async signOut(
    @CurrentRequest() request: RequestContext,
    @Context() context: GraphqlContext,
  ): Promise<SignOutPayload> {
    const token = sessionTokenOf(context.request);
    const signedOut = await this.sessions.signOut(request, token);
    void (context.reply as unknown as CookieReply).clearCookie(SESSION_COOKIE, { path: '/' });
    return { signedOut };
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'Creates an API token; the secret is in the payload, once.' })
  async createApiToken(
    @Args('input') input: CreateApiTokenInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<CreateApiTokenPayload> {
    const scopes = input.scopes.filter((scope): scope is ApiTokenScope =>
      (API_TOKEN_SCOPES as readonly string[]).includes(scope),
    );
    const { token, apiToken } = await this.tokens.create(request, {
      name: input.name,
      scopes,
      teamId: input.teamId,
      teamRole: (input.teamRole as TeamRole | null | undefined) ?? null,
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    });
    return { token, apiToken: toApiToken(apiToken) };
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes an API token at once.' })
  async revokeApiToken(
    @Args('input') input: RevokeApiTokenInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<RevokeApiTokenPayload> {
    return { apiToken: toApiToken(await this.tokens.revoke(request, input.id)) };
  }

  @Query(() => [ApiToken], { description: "The signed-in user's own API tokens." })
  async myApiTokens(@CurrentRequest() request: RequestContext): Promise<ApiToken[]> {
    return (await this.tokens.listOwn(request)).map(toApiToken);
  }
}
