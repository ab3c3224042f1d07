import type { Metadata } from 'next';
import { requireViewer } from '@/features/session/viewer.query';
import { CreateTokenForm } from '@/features/tokens/create-token-form';
import { loadMyTokens } from '@/features/tokens/my-tokens.query';
import { TokenTable } from '@/features/tokens/token-table';
import { createApiToken } from '@/features/tokens/tokens.actions';

export const metadata: Metadata = { title: 'Your API tokens' };

export default async function MyTokensPage() {
  const [viewer, tokens] = await Promise.all([requireViewer(), loadMyTokens()]);
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Your API tokens</h1>
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
    </div>
  );
}
