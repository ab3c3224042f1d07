import { formatDate, formatDateTime } from '@/lib/format';
import { RevokeTokenForm } from './revoke-token-form';
import { scopeLabel } from './token-form';
import { revokeApiToken } from './tokens.actions';

/** A token as listed: never its secret. */
export interface TokenRow {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: readonly string[];
  readonly teamRole?: string | null;
  readonly createdAt?: string | null;
  readonly expiresAt?: string | null;
  readonly lastUsedAt?: string | null;
  readonly revokedAt?: string | null;
}

function stateOf(token: TokenRow, now: Date): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** The tokens with their scopes, dates and state; active ones can be revoked. */
export function TokenTable({ tokens, caption }: { tokens: readonly TokenRow[]; caption: string }) {
  if (tokens.length === 0) return <p className="text-sm text-slate-600">No tokens yet.</p>;
  const now = new Date();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              Name
            </th>
            <th scope="col" className="px-3 py-2">
              Token
            </th>
            <th scope="col" className="px-3 py-2">
              Scopes
            </th>
            <th scope="col" className="px-3 py-2">
              Created
            </th>
            <th scope="col" className="px-3 py-2">
              Expires
            </th>
            <th scope="col" className="px-3 py-2">
              Last used
            </th>
            <th scope="col" className="px-3 py-2">
              State
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => {
            const state = stateOf(token, now);
            return (
              <tr key={token.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                  {token.name}
                  {token.teamRole ? (
                    <span className="block text-xs font-normal text-slate-600">
                      acts as {token.teamRole.toLowerCase()}
                    </span>
                  ) : null}
                </th>
                <td className="px-3 py-2 font-mono text-xs text-slate-700">{token.prefix}…</td>
                <td className="px-3 py-2 text-xs text-slate-700">{token.scopes.map(scopeLabel).join(', ')}</td>
                <td className="px-3 py-2 text-slate-700">{token.createdAt ? formatDate(token.createdAt) : '—'}</td>
                <td className="px-3 py-2 text-slate-700">{token.expiresAt ? formatDate(token.expiresAt) : 'never'}</td>
                <td className="px-3 py-2 text-slate-700">
                  {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'never'}
                </td>
                <td className="px-3 py-2">
                  {state === 'active' ? (
                    <RevokeTokenForm revoke={revokeApiToken.bind(null, token.id)} tokenName={token.name} />
                  ) : (
                    <span className="text-slate-600">{state}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
