import { formatDateTime } from '@/lib/format';
import { Badge } from '../catalog/badges';
import type { ProductOutputPort } from '../products/product.query';

type Contract = NonNullable<ProductOutputPort['contract']>;

/**
 * Each output port's data contract (ODCS): its service levels, quality rules, terms and
 * support, with the whole contract as a YAML download.
 */
export function ContractSection({ slug, ports }: { slug: string; ports: readonly ProductOutputPort[] }) {
  const withContracts = ports.filter((port) => port.contract);
  if (withContracts.length === 0) return <p className="text-sm text-slate-600">No data contract yet.</p>;
  return (
    <div className="space-y-6">
      {withContracts.map((port) => (
        <PortContract key={port.id} slug={slug} portName={port.name} contract={port.contract!} />
      ))}
    </div>
  );
}

function PortContract({ slug, portName, contract }: { slug: string; portName: string; contract: Contract }) {
  const headingId = `contract-${portName}`;
  const terms = Object.entries({
    Purpose: contract.terms.purpose,
    Usage: contract.terms.usage,
    Limitations: contract.terms.limitations,
    Billing: contract.terms.billing,
    'Notice period': contract.terms.noticePeriod,
  }).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-baseline gap-2">
          <h3 id={headingId} className="font-mono text-base font-semibold text-slate-900">
            {portName}
          </h3>
          <Badge tone="info">version {contract.version}</Badge>
          <Badge tone={contract.status === 'active' ? 'good' : 'neutral'}>{contract.status}</Badge>
          <span className="text-xs text-slate-600">
            ODCS {contract.apiVersion} · {contract.contractId}
            {contract.importedAt ? ` · imported ${formatDateTime(contract.importedAt)}` : ' · derived by Tessera'}
          </span>
        </div>
        <a
          href={`/products/${slug}/contract/${encodeURIComponent(portName)}`}
          download={`${slug}.${portName}.odcs.yaml`}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Download contract YAML<span className="sr-only"> of {portName}</span>
        </a>
      </div>

      <div>
        <h4 className="text-sm font-semibold text-slate-900">Service levels</h4>
        {contract.slaProperties.length === 0 ? (
          <p className="text-sm text-slate-600">None stated.</p>
        ) : (
          <div className="mt-1 overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">Service levels of {portName}</caption>
              <thead className="text-left text-xs font-semibold text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    Property
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Value
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Applies to
                  </th>
                  <th scope="col" className="py-1">
                    Meaning
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {contract.slaProperties.map((sla, index) => (
                  <tr key={`${sla.property}-${index}`}>
                    <th scope="row" className="py-1 pr-3 text-left font-medium text-slate-900">
                      {sla.property}
                      {sla.driver ? (
                        <span className="block text-xs font-normal text-slate-600">{sla.driver}</span>
                      ) : null}
                    </th>
                    <td className="py-1 pr-3 text-slate-800">
                      {[sla.value, sla.unit].filter(Boolean).join(' ') || '—'}
                      {sla.valueExt ? (
                        <span className="block text-xs text-slate-600">warning at {sla.valueExt}</span>
                      ) : null}
                    </td>
                    <td className="py-1 pr-3 font-mono text-xs text-slate-700">{sla.element ?? 'the whole port'}</td>
                    <td className="py-1 text-slate-700">{sla.description ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      <div>
        <h4 className="text-sm font-semibold text-slate-900">Quality rules</h4>
        {contract.qualityRules.length === 0 ? (
          <p className="text-sm text-slate-600">None stated.</p>
        ) : (
          <ul aria-label={`Quality rules of ${portName}`} className="mt-1 space-y-2 text-sm">
            {contract.qualityRules.map((rule, index) => (
              <li key={`${rule.element}-${rule.name ?? index}`} className="space-y-0.5">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{rule.name ?? rule.metric ?? rule.type}</span>
                  <code className="text-xs text-slate-700">{rule.element}</code>
                  {rule.dimension ? <Badge>{rule.dimension}</Badge> : null}
                  {rule.severity ? (
                    <Badge tone={rule.severity === 'error' ? 'bad' : rule.severity === 'warning' ? 'warn' : 'neutral'}>
                      {rule.severity}
                    </Badge>
                  ) : null}
                </p>
                {rule.description ? <p className="text-slate-700">{rule.description}</p> : null}
                <p className="text-xs text-slate-600">
                  {rule.type}
                  {rule.metric ? ` · ${rule.metric}` : ''}
                  {ruleThreshold(rule.rule)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <h4 className="text-sm font-semibold text-slate-900">Terms</h4>
        {terms.length === 0 ? (
          <p className="text-sm text-slate-600">None stated.</p>
        ) : (
          <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
            {terms.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-slate-700">{label}</dt>
                <dd className="text-slate-800">{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>

      {contract.support.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold text-slate-900">Support</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {contract.support.map((channel) => (
              <li key={`${channel.channel}-${channel.url ?? ''}`}>
                {channel.url ? (
                  <a href={channel.url} className="font-medium text-slate-900 underline underline-offset-2">
                    {channel.channel.trim() || channel.url}
                  </a>
                ) : (
                  <span className="font-medium text-slate-900">{channel.channel}</span>
                )}
                <span className="text-slate-600">
                  {[channel.tool, channel.scope].filter(Boolean).length > 0
                    ? ` (${[channel.tool, channel.scope].filter(Boolean).join(', ')})`
                    : ''}
                  {channel.description ? ` — ${channel.description}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}

/** The threshold part of a rule ("must be 0", "must be less than 5"), as ODCS operators write it. */
function ruleThreshold(rule: Record<string, unknown>): string {
  const operators: [string, string][] = [
    ['mustBe', 'must be'],
    ['mustNotBe', 'must not be'],
    ['mustBeGreaterThan', 'must be greater than'],
    ['mustBeGreaterOrEqualTo', 'must be at least'],
    ['mustBeLessThan', 'must be less than'],
    ['mustBeLessOrEqualTo', 'must be at most'],
    ['mustBeBetween', 'must be between'],
  ];
  const found = operators.find(([key]) => rule[key] !== undefined);
  if (!found) return '';
  const value = rule[found[0]];
  return ` · ${found[1]} ${Array.isArray(value) ? value.join(' and ') : String(value)}`;
}
