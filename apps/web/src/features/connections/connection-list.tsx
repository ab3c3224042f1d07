import { formatDateTime } from '@/lib/format';
import { Badge } from '../catalog/badges';
import { ActionButton } from '../forms/action-button';
import { removeConnection, testConnection } from './connections.actions';
import type { PlatformConnection } from './connections.query';

const KIND_LABELS: Record<string, string> = {
  KAFKA_CLUSTER: 'Kafka cluster',
  SCHEMA_REGISTRY: 'Schema registry',
  POSTGRES_DATABASE: 'Postgres database',
};

/** Where a connection points, without its secrets (the API never returns them). */
function target(connection: PlatformConnection): string {
  if ('brokers' in connection && connection.brokers) {
    const auth = connection.sasl ? `, SASL ${connection.sasl.mechanism} as ${connection.sasl.username}` : '';
    return `${connection.brokers.join(', ')}${connection.ssl ? ' (TLS)' : ''}${auth}`;
  }
  if ('url' in connection && connection.url)
    return connection.username ? `${connection.url} as ${connection.username}` : connection.url;
  if ('host' in connection && connection.host) {
    const provisioning = connection.provisioningUser ? `; grants by ${connection.provisioningUser}` : '';
    return `${connection.host}:${connection.port}/${connection.database} as ${connection.readOnlyUser}${provisioning}`;
  }
  return '';
}

export function ConnectionList({ connections }: { connections: readonly PlatformConnection[] }) {
  if (connections.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No connections yet: ports name them in their locations, so register them first.
      </p>
    );
  }
  return (
    <ul aria-label="Connections" className="space-y-3">
      {connections.map((connection) => (
        <li key={connection.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-mono font-semibold text-slate-900">{connection.name}</h3>
            <Badge tone="info">{KIND_LABELS[connection.kind] ?? connection.kind}</Badge>
            {connection.secretsReadable ? null : <Badge tone="bad">secrets unreadable: enter them again</Badge>}
            {'registry' in connection && connection.registry ? (
              <span className="text-xs text-slate-600">schemas in {connection.registry.name}</span>
            ) : null}
          </div>
          <p className="font-mono text-sm break-all text-slate-700">{target(connection)}</p>
          {connection.description ? <p className="text-sm text-slate-700">{connection.description}</p> : null}
          <p className="text-xs text-slate-600">Changed {formatDateTime(connection.updatedAt)}</p>
          <div className="flex flex-wrap items-start gap-3">
            <ActionButton
              action={testConnection.bind(null, connection.id)}
              formLabel={`Test ${connection.name}`}
              label="Test connection"
              pendingLabel="Testing…"
            />
            <ActionButton
              action={removeConnection.bind(null, connection.id)}
              formLabel={`Remove ${connection.name}`}
              label="Remove"
              pendingLabel="Removing…"
              tone="danger"
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
