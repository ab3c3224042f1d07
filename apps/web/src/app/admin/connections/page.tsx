import type { Metadata } from 'next';
import Link from 'next/link';
import { ConnectionList } from '@/features/connections/connection-list';
import {
  RegisterKafkaClusterForm,
  RegisterPostgresDatabaseForm,
  RegisterSchemaRegistryForm,
} from '@/features/connections/connection-forms';
import {
  registerKafkaCluster,
  registerPostgresDatabase,
  registerSchemaRegistry,
} from '@/features/connections/connections.actions';
import { loadConnections } from '@/features/connections/connections.query';
import { requireViewer } from '@/features/session/viewer.query';

export const metadata: Metadata = { title: 'Connections' };

export default async function ConnectionsPage() {
  const viewer = await requireViewer();
  if (!viewer.user.isPlatformAdmin) {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Connections</h1>
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          Connections are managed by platform admins.
        </p>
      </div>
    );
  }
  const connections = await loadConnections();
  return (
    <div className="space-y-10">
      <div className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href="/admin" className="hover:underline">
            Administration
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Connections</h1>
        <p className="text-sm text-slate-700">
          The Kafka clusters, schema registries and Postgres databases that ports name in their locations: freshness
          checks read them, and approved subscriptions are provisioned on them. Secrets are stored encrypted and never
          shown again.
        </p>
      </div>
      <section aria-labelledby="connections-heading" className="space-y-3">
        <h2 id="connections-heading" className="text-xl font-semibold text-slate-900">
          Registered <span className="text-base font-normal text-slate-600">({connections.totalCount})</span>
        </h2>
        <ConnectionList connections={connections.nodes} />
      </section>
      <section aria-labelledby="register-heading" className="space-y-3">
        <h2 id="register-heading" className="text-xl font-semibold text-slate-900">
          Register
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <RegisterKafkaClusterForm action={registerKafkaCluster} />
          <RegisterSchemaRegistryForm action={registerSchemaRegistry} />
          <RegisterPostgresDatabaseForm action={registerPostgresDatabase} />
        </div>
      </section>
    </div>
  );
}
