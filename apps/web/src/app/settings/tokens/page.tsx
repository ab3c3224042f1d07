import type { Metadata } from 'next';
import { ActionButton } from '@/features/forms/action-button';
import { requireViewer } from '@/features/session/viewer.query';
import { CreateTokenForm } from '@/features/tokens/create-token-form';
import { loadMySessions } from '@/features/tokens/my-sessions.query';
import { loadMyTokens } from '@/features/tokens/my-tokens.query';
import { SessionTable } from '@/features/tokens/session-table';
import { revokeOtherSessions } from '@/features/tokens/sessions.actions';
import { TokenTable } from '@/features/tokens/token-table';
import { createApiToken } from '@/features/tokens/tokens.actions';

export const metadata: Metadata = { title: 'Your API tokens and sessions' };

export default async function MyTokensPage() {
  const [viewer, tokens, sessions] = await Promise.all([requireViewer(), loadMyTokens(), loadMySessions()]);
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Your API tokens and sessions</h1>
        <p className="max-w-3xl text-sm text-slate-700">
          A personal token acts with your rights, narrowed to its scopes: for scripts and the <code>tessera</code> CLI.
          For CI pipelines, prefer a team token from your team’s settings.
        </p>
      </div>
      <section aria-labelledby="new-token-heading" className="space-y-3">
        <h2 id="new-token-heading" className="text-xl font-semibold text-slate-900">
          New token
        </h2>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <CreateTokenForm
            action={createApiToken.bind(null, null)}
            idPrefix="my-token"
            scopes={
              viewer.user.isPlatformAdmin
                ? ['catalog:read', 'catalog:write', 'freshness:report', 'admin']
                : ['catalog:read', 'catalog:write', 'freshness:report']
            }
          />
        </div>
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-xl font-semibold text-slate-900">
          Tokens
        </h2>
        <TokenTable tokens={tokens} caption="Your API tokens" />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <div className="space-y-1">
          <h2 id="sessions-heading" className="text-xl font-semibold text-slate-900">
            Signed-in browsers
          </h2>
          <p className="max-w-3xl text-sm text-slate-700">
            Where you are signed in now. Sign out a browser you no longer use or do not recognise: its session ends at
            once.
          </p>
        </div>
        <SessionTable sessions={sessions} />
        {sessions.length > 1 ? (
          <ActionButton
            action={revokeOtherSessions}
            label="Sign out everywhere else"
            pendingLabel="Signing out…"
            formLabel="Sign out every other browser"
            tone="danger"
          />
        ) : null}
      </section>
    </div>
  );
}
