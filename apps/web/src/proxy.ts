import { NextResponse, type NextRequest } from 'next/server';

// Mirrors lib/session.ts; proxy runs apart from the render code, so it keeps its own copy.
const SESSION_COOKIE = 'tessera_session';
const PATH_HEADER = 'x-tessera-path';
/** Pages anyone may see; every other page needs a session, as every catalog query does. */
const PUBLIC_PATHS = new Set(['/', '/sign-in']);

/**
 * Tells the render code which page it serves (for the way back after sign-in), and sends a
 * browser without a session cookie to sign-in before any API call. An expired session is
 * caught later, when the API refuses it.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!PUBLIC_PATHS.has(pathname) && !request.cookies.has(SESSION_COOKIE)) {
    const signIn = new URL('/sign-in', request.url);
    signIn.search = '';
    signIn.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not Next's own assets, the favicon or files with an extension.
  matcher: ['/((?!_next/|favicon.ico|.*\\.[a-z0-9]+$).*)'],
};
