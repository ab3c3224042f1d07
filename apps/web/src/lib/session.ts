import 'server-only';
import { cookies, headers } from 'next/headers';
import type { RequestCredentials } from './graphql';

/** The API's session cookie, re-set by the portal on its own origin after sign-in. */
export const SESSION_COOKIE = 'tessera_session';
/** The session's CSRF token: httpOnly, so only the portal's server ever reads it. */
export const CSRF_COOKIE = 'tessera_csrf';
/** Set by proxy.ts on every request: the path and query, so a redirect to sign-in can come back. */
export const PATH_HEADER = 'x-tessera-path';

/**
 * The session cookie and CSRF token of the browser making this request, and what the API
 * should know of the browser itself: its address chain (Next.js appends the connecting peer
 * when no proxy did) and its user agent.
 */
export async function readCredentials(): Promise<RequestCredentials> {
  const [jar, incoming] = await Promise.all([cookies(), headers()]);
  return {
    sessionToken: jar.get(SESSION_COOKIE)?.value,
    csrfToken: jar.get(CSRF_COOKIE)?.value,
    forwardedFor: incoming.get('x-forwarded-for') ?? undefined,
    userAgent: incoming.get('user-agent') ?? undefined,
  };
}

/** A cookie from a Set-Cookie header, with the attributes the portal passes on. */
export interface ForwardedCookie {
  readonly value: string;
  readonly expires?: Date;
  readonly secure: boolean;
}

/** Finds `name` among Set-Cookie header values and reads its value, expiry and Secure flag. */
export function findSetCookie(setCookieHeaders: readonly string[], name: string): ForwardedCookie | undefined {
  for (const header of setCookieHeaders) {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator) !== name) continue;
    let expires: Date | undefined;
    let secure = false;
    for (const attribute of attributes) {
      const [key = '', ...rest] = attribute.split('=');
      const lower = key.toLowerCase();
      if (lower === 'secure') secure = true;
      if (lower === 'expires') expires = new Date(rest.join('='));
      if (lower === 'max-age') expires = new Date(Date.now() + Number(rest.join('=')) * 1000);
    }
    return { value: decodeURIComponent(pair.slice(separator + 1)), expires, secure };
  }
  return undefined;
}

/**
 * Stores the session for the browser: the API's cookie as the API set it (httpOnly, Lax, its
 * expiry and Secure flag) and the CSRF token beside it, equally out of reach of scripts.
 */
export async function storeSession(session: ForwardedCookie, csrfToken: string): Promise<void> {
  const jar = await cookies();
  const options = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: session.secure,
    path: '/',
    expires: session.expires,
  };
  jar.set(SESSION_COOKIE, session.value, options);
  jar.set(CSRF_COOKIE, csrfToken, options);
}

export async function clearSession(): Promise<void> {
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
  jar.delete(CSRF_COOKIE);
}

/**
 * Where to go after signing in: a path on this portal only. Anything else (another origin,
 * `//host`, a backslash trick) falls back to the home page, so the link cannot redirect away.
 */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/';
  try {
    const url = new URL(raw, 'http://portal.invalid');
    return url.origin === 'http://portal.invalid' ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}

/** The sign-in page, coming back to `next` afterwards. */
export function signInPath(next: string): string {
  const target = safeNextPath(next);
  return target === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(target)}`;
}

/** The path and query of the page being rendered (or whose action is running). */
export async function currentPath(): Promise<string> {
  return safeNextPath((await headers()).get(PATH_HEADER));
}
